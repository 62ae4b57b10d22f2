/**
 * Header and row-label words of KPI tables, Japanese and English, and the classification of one label.
 * Words are matched on a normalised form (half-width, no spaces, lower case), whole-label only, so an
 * indicator name that merely contains 目標 is never read as a role.
 */
import { parseFiscalYearLabel } from "../era";
import { toHalfWidth } from "../text";
import type { Role } from "./model";

/** Row or column labels of the four roles. `見込` words are actuals of a projected period. */
const ROLE_WORDS: Readonly<Record<Role, readonly string[]>> = {
  target: ["目標", "目標値", "計画", "計画値", "予定", "予定値", "target", "targets", "goal", "plan"],
  actual: ["実績", "実績値", "actual", "actuals"],
  rate: ["達成率", "達成度", "進捗率", "rate", "achievement", "achievementrate", "rate(%)"],
  status: ["結果", "判定", "評価", "達成状況", "status", "evaluation", "grade"],
};
const PROJECTED_ACTUAL_WORDS = [
  "見込",
  "見込み",
  "見込値",
  "見込み値",
  "実績見込",
  "実績見込み",
  "forecast",
  "projected",
];

/** Suffixes of a year header that mark a projected period (`R5見込`, `令和5年度(見込)`). */
const PROJECTED_SUFFIXES = [
  "見込",
  "見込み",
  "見込値",
  "見込み値",
  "(見込)",
  "(見込み)",
  "(見込値)",
  "(forecast)",
  "(projected)",
  "forecast",
  "projected",
];
/** Suffixes a year header may carry without meaning anything else (`2019年度増加分`, `H28実績` is a role). */
const NEUTRAL_YEAR_SUFFIXES = ["", "増加分"];

/** Column-header words of the leading (identity) columns. */
export type IdentityHeader = "id" | "measureCode" | "measure" | "name" | "baseline" | "unit";

const IDENTITY_WORDS: Readonly<Record<IdentityHeader, readonly string[]>> = {
  id: ["no", "no.", "番号", "id", "#", "指標番号", "kpi番号", "項番", "区分"],
  measureCode: [
    "単位施策no",
    "単位施策no.",
    "施策番号",
    "施策no",
    "施策no.",
    "事業番号",
    "施策コード",
    "code",
    "measurecode",
  ],
  measure: [
    "単位施策",
    "施策",
    "施策名",
    "事業",
    "事業名",
    "基本施策",
    "基本方針",
    "measure",
    "policy",
    "program",
  ],
  name: [
    "成果指標",
    "活動指標",
    "指標",
    "指標名",
    "成果指標名",
    "kpi",
    "kpi名",
    "評価指標",
    "重要業績評価指標",
    "indicator",
    "kpiname",
    "name",
  ],
  baseline: ["現状値", "基準値", "事業開始前", "策定時", "baseline"],
  unit: ["単位", "unit"],
};
/** Labels of the total column: a 累計 over the plan. */
const CUMULATIVE_WORDS = ["累計", "cumulative", "total"];
const CUMULATIVE_MAX_LENGTH = 12;

export type Label =
  | { readonly kind: "role"; readonly role: Role; readonly projected: boolean; readonly unit: string | null }
  | { readonly kind: "period"; readonly period: PeriodLabel }
  | {
      readonly kind: "period-role";
      readonly period: PeriodLabel;
      readonly role: Role;
      readonly projected: boolean;
    }
  | { readonly kind: "identity"; readonly header: IdentityHeader }
  | { readonly kind: "other" };

export interface PeriodLabel {
  readonly label: string;
  readonly fiscalYear: number | null;
  readonly cumulative: boolean;
  readonly projected: boolean;
}

const OTHER: Label = { kind: "other" };

/** Half-width, no white space, lower case: the form every word list is written in. */
const SPACES = /\s+/g;

export function normaliseLabel(text: string): string {
  return toHalfWidth(text).replace(SPACES, "").toLowerCase();
}

function lookup<K extends string>(words: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(words) as K[]) for (const word of words[key]) map.set(word, key);
  return map;
}

const ROLE_BY_WORD = lookup(ROLE_WORDS);
const IDENTITY_BY_WORD = lookup(IDENTITY_WORDS);
const PROJECTED_ACTUAL = new Set(PROJECTED_ACTUAL_WORDS);
const PROJECTED_SUFFIX = new Set(PROJECTED_SUFFIXES);
const NEUTRAL_SUFFIX = new Set(NEUTRAL_YEAR_SUFFIXES);

/** A role word, with a unit in trailing parentheses (`目標 (人)`, `実績値(千円)`). */
function roleOf(normalised: string): Label | null {
  let word = normalised;
  let unit: string | null = null;
  if (word.endsWith(")")) {
    const open = word.lastIndexOf("(");
    if (open > 0) {
      unit = word.slice(open + 1, -1) || null;
      word = word.slice(0, open);
    }
  }
  const role = ROLE_BY_WORD.get(word);
  if (role !== undefined) return { kind: "role", role, projected: false, unit };
  if (PROJECTED_ACTUAL.has(word)) return { kind: "role", role: "actual", projected: true, unit };
  return null;
}

/** The year part as written: the text up to where the suffix begins. */
function yearText(text: string, suffix: string): string {
  const trimmed = text.trim();
  if (suffix === "") return trimmed;
  const at = toHalfWidth(trimmed).lastIndexOf(suffix);
  return (at > 0 ? trimmed.slice(0, at) : trimmed).trim();
}

/** A year header (`R3`, `令和3年度`, `2016 (28) 年度`, `FY2023`), possibly with a role or projection suffix. */
function periodOf(text: string): Label | null {
  const parsed = parseFiscalYearLabel(text);
  if (!parsed.ok) return null;
  const suffix = normaliseLabel(parsed.suffix);
  const label = yearText(text, parsed.suffix);
  if (NEUTRAL_SUFFIX.has(suffix))
    return {
      kind: "period",
      period: { label, fiscalYear: parsed.year, cumulative: false, projected: false },
    };
  if (PROJECTED_SUFFIX.has(suffix))
    return { kind: "period", period: { label, fiscalYear: parsed.year, cumulative: false, projected: true } };
  const role = roleOf(suffix);
  if (role === null || role.kind !== "role") return null;
  return {
    kind: "period-role",
    period: { label, fiscalYear: parsed.year, cumulative: false, projected: role.projected },
    role: role.role,
    projected: role.projected,
  };
}

/** `Target FY2023`, `目標 R5`: a role word, a space, a year. */
function rolePeriodOf(text: string): Label | null {
  const parts = toHalfWidth(text).trim().split(/\s+/);
  if (parts.length !== 2) return null;
  const role = roleOf(normaliseLabel(parts[0]));
  const period = periodOf(parts[1]);
  if (role?.kind !== "role" || period?.kind !== "period") return null;
  return {
    kind: "period-role",
    period: period.period,
    role: role.role,
    projected: role.projected || period.period.projected,
  };
}

function cumulativeOf(text: string, normalised: string): Label | null {
  if (normalised.length > CUMULATIVE_MAX_LENGTH) return null;
  if (!CUMULATIVE_WORDS.some((word) => normalised.includes(word))) return null;
  return {
    kind: "period",
    period: { label: text.trim(), fiscalYear: null, cumulative: true, projected: false },
  };
}

function baselineOf(normalised: string): Label | null {
  for (const word of IDENTITY_WORDS.baseline)
    if (normalised.startsWith(word)) return { kind: "identity", header: "baseline" };
  return null;
}

/** What a label cell says. Pure; callers cache it per distinct text. */
export function classifyLabel(text: string): Label {
  const normalised = normaliseLabel(text);
  if (normalised === "") return OTHER;
  return (
    roleOf(normalised) ??
    baselineOf(normalised) ??
    (IDENTITY_BY_WORD.has(normalised)
      ? { kind: "identity", header: IDENTITY_BY_WORD.get(normalised) as IdentityHeader }
      : null) ??
    periodOf(text) ??
    rolePeriodOf(text) ??
    cumulativeOf(text, normalised) ??
    OTHER
  );
}

/** A number cell that is a western year in a header row (2016) is a period too. */
export function yearNumberLabel(value: number): Label {
  const parsed = parseFiscalYearLabel(value);
  return parsed.ok
    ? {
        kind: "period",
        period: { label: String(value), fiscalYear: parsed.year, cumulative: false, projected: false },
      }
    : OTHER;
}

/**
 * The classification of one header or row label, from the word lists of `words.ts`. Words are matched
 * on a normalised form (half-width, no spaces, lower case), whole-label only, so an indicator name that
 * merely contains 目標 is never read as a role. Years are read by core's `parseFiscalYearLabel`; a year
 * written without its era (`24年度`) is kept with its era year, for the reader to place by its neighbours.
 */
import { parseFiscalYearLabel } from "../era";
import { toHalfWidth } from "../text";
import type { Role } from "./model";
import { DEFAULT_WORDS, type IdentityHeader, type WordLists } from "./words";

export type { IdentityHeader } from "./words";

export type Label =
  | {
      readonly kind: "role";
      readonly role: Role;
      readonly projected: boolean;
      readonly unit: string | null;
      /** A row revising the target (`(修正後)`): its written cells replace the target above. */
      readonly revised?: boolean;
    }
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
  /** `24年度`: the year as written when its era is not (the reader places it by the years around it). */
  readonly eraYear?: number;
  /** A part-year column (`平成15年9月30日現在`): an actual so far, not the year's. */
  readonly partial?: boolean;
  /** The plan's final target (`5ヵ年目標`, `平成32年3月まで`), not one year's. */
  readonly final?: boolean;
  /** A calendar year (`2021年`, `暦年`): see `Period.calendar`. */
  readonly calendar?: boolean;
  /** A range of years (`R3～R5`): its first year, `fiscalYear` being its last. */
  readonly firstYear?: number;
}

const OTHER: Label = { kind: "other" };
const SPACES = /\s+/g;
const WHITE_SPACE = /\s/;
/** `24年度`, `23年`: a year without era, one or two digits. */
const ERALESS_YEAR = /^(\d{1,2})年度?$/;
/** `9月30日現在`, `3月末現在`, `9月末`: a part-year column. */
const AS_OF = /^\d{1,2}月(?:\d{1,2}日|末)?(?:現在|時点)?$/;
/** `5ヵ年`, `5か年`, `5年間`: a plan horizon before 目標. */
const YEARS_HORIZON = /^\d{1,2}(?:ヵ|ケ|か|カ|箇|ヶ)?年(?:間)?$/;
/** `KPI(平成27年度)`, `指標値(R5)`: a short word, then a period in parentheses. */
const WORD_WITH_PERIOD = /^([^()]{1,12})\((.+)\)$/;
/** `3月まで`: a month before a deadline word. */
const MONTH = /^\d{1,2}月/;

/** Half-width, no white space, lower case: the form every word list is written in. */
export function normaliseLabel(text: string): string {
  return isNormalised(text) ? text : toHalfWidth(text).replace(SPACES, "").toLowerCase();
}

/** Kana and kanji have no case, width or spaces to change: most labels are already in normal form. */
const CASELESS_FIRST = 0x3040;
const CASELESS_LAST = 0x9fff;

/** Every character is one normalising leaves as it is: ASCII other than capitals and white space, or kana and kanji. */
function isNormalised(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c <= 0x20 || (c >= 0x41 && c <= 0x5a)) return false;
    } else if (c < CASELESS_FIRST || c > CASELESS_LAST) return false;
  }
  return true;
}

function lookup<K extends string>(words: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(words) as K[]) for (const word of words[key]) map.set(word, key);
  return map;
}

/** Classifies labels with one set of word lists; `classifyLabel` uses the defaults. */
export class Vocabulary {
  readonly words: WordLists;
  private readonly roleByWord: Map<string, Role>;
  private readonly identityByWord: Map<string, IdentityHeader>;
  private readonly projectedActual: Set<string>;
  private readonly revisedTarget: Set<string>;
  private readonly projectedSuffix: Set<string>;
  private readonly neutralSuffix: Set<string>;
  private readonly notUnits: Set<string>;
  /** The last characters of the target words: a label ending otherwise is no horizon target. */
  private readonly targetEndings: Set<string>;

  constructor(words: WordLists = DEFAULT_WORDS) {
    this.words = words;
    this.roleByWord = lookup(words.roles);
    this.identityByWord = lookup(words.identity);
    this.projectedActual = new Set(words.projectedActual);
    this.revisedTarget = new Set(words.revisedTarget);
    this.projectedSuffix = new Set(words.projectedSuffixes);
    this.neutralSuffix = new Set(words.neutralYearSuffixes);
    this.notUnits = new Set(words.notUnits);
    this.targetEndings = new Set(words.roles.target.map((word) => word.charAt(word.length - 1)));
  }

  /** What a label cell says. Pure; callers cache it per distinct text. */
  classify(text: string): Label {
    const normalised = normaliseLabel(text);
    if (normalised === "") return OTHER;
    return (
      this.roleOf(normalised) ??
      this.horizonOf(normalised) ??
      this.baselineOf(normalised) ??
      this.identityOf(normalised) ??
      this.periodOf(text, normalised) ??
      this.rolePeriodOf(text) ??
      this.wordWithPeriodOf(text, normalised) ??
      this.cumulativeOf(text, normalised) ??
      this.stackedLinesOf(text) ??
      OTHER
    );
  }

  /** The direction a cell word states (`アップ` → up, `ダウン` → down), or `null`. */
  directionWord(text: string): "up" | "down" | null {
    const normalised = normaliseLabel(text);
    if (this.words.directionUp.includes(normalised)) return "up";
    if (this.words.directionDown.includes(normalised)) return "down";
    return null;
  }

  /**
   * The roles of stacked rows a header note gives by position (`目標値(上段)・実績値(下段)`,
   * `上段：目標 下段：実績`), top first; `null` unless every part of the note is a role at a position.
   */
  stackedRoles(text: string): Role[] | null {
    const parts = toHalfWidth(text)
      .split(NOTE_PARTS)
      .map(normaliseLabel)
      .filter((p) => p !== "");
    if (parts.length < 2) return null;
    const byPosition = new Map<number, Role>();
    for (const part of parts) {
      const after = ROLE_AT_POSITION.exec(part);
      const before = after === null ? POSITION_THEN_ROLE.exec(part) : null;
      const [word, position] =
        after !== null ? [after[1], after[2]] : before !== null ? [before[3], before[1] ?? before[2]] : [];
      if (word === undefined || position === undefined) return null;
      const role = this.roleByWord.get(word);
      const at = this.words.stackPositions.findIndex((names) => names.includes(position));
      if (role === undefined || at < 0 || byPosition.has(at) || [...byPosition.values()].includes(role))
        return null;
      byPosition.set(at, role);
    }
    return [...byPosition.entries()].sort((a, b) => a[0] - b[0]).map(([, role]) => role);
  }

  /** A baseline header that means the present value when another baseline column exists (`現状値`). */
  isCurrentValue(text: string): boolean {
    return this.words.currentValue.includes(normaliseLabel(text));
  }

  isTotal(text: string): boolean {
    return this.words.totals.includes(normaliseLabel(text));
  }

  isCount(text: string): boolean {
    return this.words.counts.includes(normaliseLabel(text));
  }

  /** A role word, with a unit in trailing parentheses (`目標 (人)`, `実績値(千円)`; not `計画額(累計額)`). */
  private roleOf(normalised: string): Extract<Label, { kind: "role" }> | null {
    if (this.revisedTarget.has(normalised))
      return { kind: "role", role: "target", projected: false, unit: null, revised: true };
    let word = normalised;
    let unit: string | null = null;
    if (word.endsWith(")")) {
      const open = word.lastIndexOf("(");
      if (open > 0) {
        const note = word.slice(open + 1, -1);
        // `実績値(令和5年度)`: a period in parentheses, not a unit (read by wordWithPeriodOf).
        if (parseFiscalYearLabel(note).ok) return null;
        unit = note === "" || this.notUnits.has(note) ? null : note;
        word = word.slice(0, open);
      }
    }
    const role = this.roleByWord.get(word);
    if (role !== undefined) return { kind: "role", role, projected: false, unit };
    if (this.projectedActual.has(word)) return { kind: "role", role: "actual", projected: true, unit };
    return null;
  }

  /**
   * `達成率\n評価(※)`: one header holding a role per line, over cells that hold a value per line
   * (`92.0%\nB`). The first line's role is read (its value is the cell's first line); the others are not yet.
   */
  private stackedLinesOf(text: string): Label | null {
    if (!text.includes("\n")) return null;
    const lines = text
      .split("\n")
      .map(normaliseLabel)
      .filter((line) => line !== "");
    if (lines.length < 2) return null;
    const roles = lines.map((line) => this.roleOf(line));
    const [first] = roles;
    if (first === null || roles.some((role) => role === null)) return null;
    return { ...first, unit: null };
  }

  /** `5ヵ年目標`, `最終目標`: the target over the whole plan. */
  private horizonOf(normalised: string): Label | null {
    if (!this.targetEndings.has(normalised.charAt(normalised.length - 1))) return null;
    for (const word of this.words.roles.target) {
      if (!normalised.endsWith(word) || normalised.length === word.length) continue;
      const prefix = normalised.slice(0, -word.length);
      if (!YEARS_HORIZON.test(prefix) && !this.words.horizonPrefixes.includes(prefix)) continue;
      return {
        kind: "period-role",
        period: { label: prefix, fiscalYear: null, cumulative: false, projected: false, final: true },
        role: "target",
        projected: false,
      };
    }
    return null;
  }

  private baselineOf(normalised: string): Label | null {
    for (const word of this.words.identity.baseline)
      if (normalised.startsWith(word)) return { kind: "identity", header: "baseline" };
    return null;
  }

  private identityOf(normalised: string): Label | null {
    const header = this.identityByWord.get(normalised);
    return header === undefined ? null : { kind: "identity", header };
  }

  /** A year header (`R3`, `令和3年度`, `2016 (28) 年度`, `24年度`), possibly with a role, projection or date suffix. */
  private periodOf(text: string, normalised = normaliseLabel(text)): Label | null {
    const eraless = ERALESS_YEAR.exec(normalised);
    if (eraless !== null) {
      const period = { label: text.trim(), fiscalYear: null, cumulative: false, projected: false };
      return { kind: "period", period: { ...period, eraYear: Number(eraless[1]) } };
    }
    const parsed = parseFiscalYearLabel(text);
    if (!parsed.ok) return null;
    const range = this.rangeOf(text, parsed.year, parsed.suffix);
    if (range !== null) return range;
    let suffix = normaliseLabel(parsed.suffix);
    const label = yearText(text, parsed.suffix);
    const calendar = this.isCalendarYear(label) || this.words.calendarSuffixes.includes(suffix);
    const period = {
      label,
      fiscalYear: parsed.year,
      cumulative: false,
      projected: false,
      ...(calendar ? { calendar: true } : {}),
    };
    if (this.neutralSuffix.has(suffix) || this.words.calendarSuffixes.includes(suffix))
      return { kind: "period", period };
    // `3月末見込`: a month before the projection word.
    if (this.projectedSuffix.has(suffix) || this.projectedSuffix.has(suffix.replace(MONTH, "")))
      return { kind: "period", period: { ...period, projected: true } };
    if (AS_OF.test(suffix))
      return { kind: "period", period: { ...period, label: text.trim(), partial: true } };
    if (this.isDeadline(suffix))
      return { kind: "period-role", period: { ...period, final: true }, role: "target", projected: false };
    if (suffix.startsWith("(") && suffix.endsWith(")")) suffix = suffix.slice(1, -1);
    const role = this.roleOf(suffix);
    if (role === null) return null;
    return {
      kind: "period-role",
      period: { ...period, projected: role.projected },
      role: role.role,
      projected: role.projected,
    };
  }

  /** `2021年`, `令和3年`: a year ending in a calendar-year word, not in `年度`. */
  private isCalendarYear(yearLabel: string): boolean {
    const normalised = normaliseLabel(yearLabel);
    return this.words.calendarYearEndings.some((w) => normalised.endsWith(w));
  }

  /**
   * `R3～R5`, `H23-27`, `2021-2023`: one period over several years, due in its last year (`fiscalYear`),
   * with its first year; what follows the second year is read as after any year (`R3～R5目標`).
   */
  private rangeOf(text: string, first: number, suffix: string): Label | null {
    const rest = toHalfWidth(suffix).trim();
    const separator = this.words.rangeSeparators.find((s) => rest.startsWith(s));
    if (separator === undefined) return null;
    let end = rest.slice(separator.length).trim();
    // `H23-27`: the second year written with the first one's era.
    const digits = RANGE_END_DIGITS.exec(end);
    if (digits !== null) {
      const start = toHalfWidth(yearText(text, suffix));
      end = start.replace(FIRST_NUMBER, digits[1]) + end.slice(digits[1].length);
    }
    const last = this.periodOf(end);
    if (last?.kind !== "period" && last?.kind !== "period-role") return null;
    const year = last.period.fiscalYear;
    if (year === null || year <= first || year - first > MAX_RANGE_YEARS) return null;
    const label = text.trim().replace(SPACES, " ");
    return { ...last, period: { ...last.period, label, firstYear: first } };
  }

  /** `まで`, `3月まで`. */
  private isDeadline(suffix: string): boolean {
    const rest = suffix.replace(MONTH, "");
    return this.words.deadlineSuffixes.includes(rest);
  }

  /** `Target FY2023`, `目標 R5`: a role word, a space, a year. */
  private rolePeriodOf(text: string): Label | null {
    if (!WHITE_SPACE.test(text)) return null;
    const parts = toHalfWidth(text).trim().split(SPACES);
    if (parts.length !== 2) return null;
    const role = this.roleOf(normaliseLabel(parts[0]));
    const period = this.periodOf(parts[1]);
    if (role === null || period?.kind !== "period") return null;
    return {
      kind: "period-role",
      period: period.period,
      role: role.role,
      projected: role.projected || period.period.projected,
    };
  }

  /** `KPI(平成27年度)` → that period; `KPI(平成32年3月まで)` → the target of that period. */
  private wordWithPeriodOf(text: string, normalised: string): Label | null {
    if (!normalised.endsWith(")")) return null;
    const m = WORD_WITH_PERIOD.exec(normalised);
    if (m === null) return null;
    const inner = this.periodOf(m[2]);
    if (inner?.kind !== "period" && inner?.kind !== "period-role") return null;
    // `2016\n(H28)`: the label as written, on one line, not the normalised inner part.
    const label = toHalfWidth(text).trim().replace(SPACES, " ");
    const period = { ...inner.period, label };
    // `実績値(令和5年度)`: the word before the period gives the role, unless the period is a deadline.
    const role = inner.kind === "period" ? this.roleByWord.get(m[1]) : undefined;
    if (role !== undefined) return { kind: "period-role", period, role, projected: period.projected };
    return { ...inner, period };
  }

  private cumulativeOf(text: string, normalised: string): Label | null {
    if (normalised.length > CUMULATIVE_MAX_LENGTH) return null;
    if (!this.words.cumulative.some((word) => normalised.includes(word))) return null;
    return {
      kind: "period",
      period: { label: text.trim(), fiscalYear: null, cumulative: true, projected: false },
    };
  }
}

const CUMULATIVE_MAX_LENGTH = 12;
/** Between the parts of a stacked-rows note: `・`, `、`, `/`, a line break or a space. */
const NOTE_PARTS = /[・、,/\s]+/;
/** `目標値(上段)`. */
const ROLE_AT_POSITION = /^([^()]+)\(([^()]+)\)$/;
/** `上段:目標値`, `(上段)目標値`. */
const POSITION_THEN_ROLE = /^(?:\(([^()]+)\)|([^():]+):)([^():]+)$/;
/** `27` after `H23-`: one or two digits, the second year of a range in the first one's era. */
const RANGE_END_DIGITS = /^(\d{1,2})(?!\d)/;
const FIRST_NUMBER = /\d+/;
/** The longest span a range header covers (a plan runs ten years at most; twenty leaves room). */
const MAX_RANGE_YEARS = 20;

/** The year part as written: the text up to where the suffix begins. */
function yearText(text: string, suffix: string): string {
  const trimmed = text.trim();
  if (suffix === "") return trimmed;
  const at = toHalfWidth(trimmed).lastIndexOf(suffix);
  return (at > 0 ? trimmed.slice(0, at) : trimmed).trim();
}

const DEFAULT_VOCABULARY = new Vocabulary();

/** What a label cell says, by the default word lists. */
export function classifyLabel(text: string): Label {
  return DEFAULT_VOCABULARY.classify(text);
}

export function defaultVocabulary(): Vocabulary {
  return DEFAULT_VOCABULARY;
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

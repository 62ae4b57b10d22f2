/**
 * From the parameters a person gives (`R6`, `令和6年度`, `2024`; counts; units) to the resolved ones every
 * template builder reads. Fiscal years go through core's parser and formatter; bands default to core's.
 */
import { formatFiscalYear, parseFiscalYear, type FiscalYearStyle } from "../era";
import { message } from "../i18n";
import { placeholderOf } from "../placeholders";
import { DEFAULT_BANDS, type StatusBands } from "../status";
import { toHalfWidth } from "../text";
import { TemplateError } from "./errors";
import { unitNumberFormat } from "../number-formats";
import type {
  FormulaStyle,
  IndicatorKind,
  IndicatorParam,
  ResolvedIndicator,
  ResolvedParams,
  TemplateId,
  TemplateBanding,
  TemplateParams,
} from "./types";

export const LIMITS = { years: { min: 1, max: 20 }, indicators: { min: 1, max: 500 } } as const;

const DEFAULTS: Record<TemplateId, { years: number; indicators: number; yearStyle: FiscalYearStyle }> = {
  progress: { years: 3, indicators: 10, yearStyle: "short" },
  "grant-kpi": { years: 5, indicators: 3, yearStyle: "short" },
  // An evaluation sheet covers the year evaluated; a count of indicators gives that many of each kind.
  "evaluation-sheet": { years: 1, indicators: 2, yearStyle: "wareki" },
};

export const DEFAULT_JUDGEMENTS: readonly string[] = ["A", "B", "C"];

/** Texts accepted in numeric cells while a value is pending (each a placeholder for core). */
export const DEFAULT_PENDING_WORDS: readonly string[] = ["集計中", "年度末に調査", "調査中", "-"];

const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/;

function whole(
  value: number | undefined,
  fallback: number,
  limits: { min: number; max: number },
  code: "years" | "indicators",
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < limits.min || n > limits.max) {
    throw new TemplateError(`template.error.${code}`, {
      min: limits.min,
      max: limits.max,
      value: String(value),
    });
  }
  return n;
}

function fiscalYearOf(input: TemplateParams["from"]): number {
  const parsed = parseFiscalYear(input);
  if (!parsed.ok) throw new TemplateError("template.error.from", { text: String(input ?? "") });
  return parsed.year;
}

const STYLES: readonly FormulaStyle[] = ["native", "kpi"];
const BANDINGS: readonly TemplateBanding[] = ["exact", "rounded"];
const YEAR_STYLES: readonly FiscalYearStyle[] = ["short", "wareki", "western"];

/** A keyword from a face that may not be typed (task pane state, CLI): one of `allowed`, or a coded error. */
function oneOf<T extends string>(value: T, allowed: readonly T[], option: string): T {
  if (!allowed.includes(value))
    throw new TemplateError("template.error.option", { option, value, allowed: allowed.join(", ") });
  return value;
}

function checkBands(bands: StatusBands): StatusBands {
  const { thresholds, labels } = bands;
  const descending = thresholds.every((t, i) => Number.isFinite(t) && (i === 0 || t < thresholds[i - 1]));
  if (!descending || labels.length !== thresholds.length + 1 || labels.some((l) => l.trim() === "")) {
    throw new TemplateError("template.error.bands");
  }
  return bands;
}

function checkPendingWords(words: readonly string[]): readonly string[] {
  for (const word of words) {
    if (word === "" || placeholderOf(toHalfWidth(word).trim()) === null) {
      throw new TemplateError("template.error.pendingWord", { word });
    }
  }
  return words;
}

function checkJudgements(labels: readonly string[]): readonly string[] {
  if (labels.length === 0 || labels.some((l) => l.trim() === "" || l.includes(","))) {
    throw new TemplateError("template.error.judgements");
  }
  return labels;
}

function checkSheetName(name: string): string {
  if (name.trim() === "" || name.length > 31 || FORBIDDEN_IN_SHEET_NAME.test(name)) {
    throw new TemplateError("template.error.sheetName", { name });
  }
  return name;
}

function indicator(param: IndicatorParam): ResolvedIndicator {
  const unit = toHalfWidth(param.unit ?? "").trim();
  return {
    name: param.name ?? "",
    unit,
    numberFormat: unitNumberFormat(unit, param.decimals),
    measureNo: param.measureNo ?? "",
    measure: param.measure ?? "",
    kind: param.kind ?? "outcome",
    direction: param.direction ?? "up",
  };
}

function indicatorsOf(
  id: TemplateId,
  given: TemplateParams["indicators"],
  fallback: number,
): ResolvedIndicator[] {
  if (Array.isArray(given)) {
    whole(given.length, fallback, LIMITS.indicators, "indicators");
    const resolved = given.map(indicator);
    // 累計 sums yearly flows toward a total to reach: docs/domain.md (Achievement rate, 累計) has no rule for a 減少型 total.
    const down = resolved.find((i) => i.direction === "down");
    if (id === "grant-kpi" && down !== undefined) {
      throw new TemplateError("template.error.cumulativeDirection", { name: down.name });
    }
    return resolved;
  }
  const count = whole(given as number | undefined, fallback, LIMITS.indicators, "indicators");
  const kinds: IndicatorKind[] = id === "evaluation-sheet" ? ["activity", "outcome"] : ["outcome"];
  return kinds.flatMap((kind) => Array.from({ length: count }, () => indicator({ kind })));
}

export function resolveParams(id: TemplateId, params: TemplateParams): ResolvedParams {
  const defaults = DEFAULTS[id];
  const first = fiscalYearOf(params.from);
  const count = id === "evaluation-sheet" ? 1 : whole(params.years, defaults.years, LIMITS.years, "years");
  const years = Array.from({ length: count }, (_, k) => first + k);
  const yearStyle = oneOf(params.yearStyle ?? defaults.yearStyle, YEAR_STYLES, "yearStyle");
  const yearLabels = years.map((y) => formatFiscalYear(y, yearStyle));
  let projectedYear: number | null = null;
  if (params.projectedYear !== undefined && params.projectedYear !== null && params.projectedYear !== "") {
    const parsed = parseFiscalYear(params.projectedYear);
    if (!parsed.ok || !years.includes(parsed.year)) {
      throw new TemplateError("template.error.projected", {
        text: String(params.projectedYear),
        from: yearLabels[0],
        to: yearLabels[yearLabels.length - 1],
      });
    }
    projectedYear = parsed.year;
  }
  return {
    id,
    sheet: checkSheetName(params.sheetName ?? message(`template.${id}.name`, "ja")),
    years,
    yearLabels,
    yearStyle,
    projectedYear,
    indicators: indicatorsOf(id, params.indicators, defaults.indicators),
    bands: checkBands(params.bands ?? DEFAULT_BANDS),
    banding: oneOf(params.banding ?? "exact", BANDINGS, "banding"),
    style: oneOf(params.style ?? "native", STYLES, "style"),
    pendingWords: checkPendingWords(params.pendingWords ?? DEFAULT_PENDING_WORDS),
    judgementLabels: checkJudgements(params.judgementLabels ?? DEFAULT_JUDGEMENTS),
  };
}

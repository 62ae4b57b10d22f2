/** Building findings: the message rendered from the catalog in both languages, fixes as data. */
import { isMessageCode, message, type MessageParams } from "../i18n";
import type { Indicator, Period, SourceCell } from "../tables/model";
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import { parseValue } from "../values";
import type { Check, CellFix, Finding, Severity } from "./types";

export interface FindingInput {
  readonly sheet: string;
  readonly cell: string;
  readonly params: MessageParams;
  readonly found?: string;
  readonly expected?: string;
  readonly fix?: readonly CellFix[];
  readonly severity?: Severity;
  /** Variant of the rule's message (`rules.<id>.<variant>`). */
  readonly variant?: string;
}

/**
 * The message in both languages, rendered on first read and kept: a PDF-like sheet of 10,000 indicators
 * gives ~100,000 findings, and formatting every message eagerly would cost more than all the checks.
 * The property is own and enumerable, so `JSON.stringify` and deep equality see it like a plain field.
 */
function renderedMessage(code: string, params: MessageParams): () => { ja: string; en: string } {
  let rendered: { ja: string; en: string } | null = null;
  return () => {
    rendered ??= isMessageCode(code)
      ? { ja: message(code, "ja", params), en: message(code, "en", params) }
      : { ja: code, en: code };
    return rendered;
  };
}

export function finding(check: Check, input: FindingInput): Finding {
  const code = input.variant === undefined ? `rules.${check.id}` : `rules.${check.id}.${input.variant}`;
  const result = {
    rule: check.id,
    severity: input.severity ?? check.severity,
    sheet: input.sheet,
    cell: input.cell,
    code,
    params: input.params,
  } as Omit<Finding, "message"> & { found?: string; expected?: string; fix?: readonly CellFix[] };
  Object.defineProperty(result, "message", { enumerable: true, get: renderedMessage(code, input.params) });
  if (input.found !== undefined) result.found = input.found;
  if (input.expected !== undefined) result.expected = input.expected;
  if (input.fix !== undefined && input.fix.length > 0) result.fix = input.fix;
  return result as Finding;
}

/** The cell shows an Excel error (`{ error }`, or the error's text as in a transcript). */
export function holdsError(cell: SourceCell | undefined): cell is SourceCell {
  return cell !== undefined && (isCellError(cell.raw) || parseValue(cell.raw).kind === "error");
}

/** A cell's value as a person reads it: `#VALUE!`, `1,600件`, `(空欄)` as ``. */
export function shown(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  return String(value);
}

/** An indicator as messages name it: `No.1 中小企業相談所の相談件数`, or the name alone. */
export function indicatorLabel(indicator: Indicator): string {
  return indicator.id === null ? indicator.name : `${indicator.id} ${indicator.name}`;
}

/** Indicator and period of a cell, for messages (`period` a period or a label such as 現状値). */
export function where(indicator: Indicator, period: Period | string): MessageParams {
  return { indicator: indicatorLabel(indicator), period: typeof period === "string" ? period : period.label };
}

/** A fix writing `value` into a cell; a formula cell is replaced only explicitly. */
export function valueFix(sheet: string, cell: SourceCell, value: CellValue, numberFormat?: string): CellFix {
  return {
    sheet,
    address: cell.address,
    value,
    ...(numberFormat === undefined ? {} : { numberFormat }),
    ...(cell.formula === null ? {} : { replaceFormula: true }),
  };
}

/** Building findings: the message rendered from the catalog in both languages, fixes as data. */
import { fillMessage } from "../i18n/fill";
import type { CatalogEntry, MessageParams } from "../i18n/types";
import type { Indicator, Period, SourceCell } from "../tables/model";
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import { parseValue } from "../values";
import { displayValue } from "../display";
import type { Check, CellFix, Finding, Severity } from "./types";

export interface FindingInput<Code extends string = string> {
  /** The message: one of the check's own codes (`rules.<id>[.<variant>]`). */
  readonly code: Code;
  readonly sheet: string;
  readonly cell: string;
  readonly params: MessageParams;
  readonly found?: string;
  readonly expected?: string;
  readonly fix?: readonly CellFix[] | DeferredFix;
  readonly severity?: Severity;
  readonly covers?: readonly string[];
}

/**
 * A fix made when first read: a table-wide fix (numbers stored as text on a PDF-like sheet) names every
 * value cell of the table, 1.2 million on a 5 M-cell sheet, and a run that only reports (`--json`, the
 * verdict) never reads it. Its size is known at once, so a finding has a fix or not without making it.
 */
export interface DeferredFix {
  readonly count: number;
  make(): readonly CellFix[];
}

const sizeOf = (fix: readonly CellFix[] | DeferredFix) => ("count" in fix ? fix.count : fix.length);

/**
 * A finding whose message is rendered on first read: a PDF-like sheet of 10,000 indicators gives tens of
 * thousands of findings, and formatting every message eagerly would cost as much as the checks. `message`
 * is a getter, so `JSON.stringify` gets it through `toJSON` (a spread copy `{ ...f }` does not carry it).
 */
/** Messages already rendered, by finding: filled on first read only, so building a finding costs nothing. */
const renderedMessages = new WeakMap<object, { readonly ja: string; readonly en: string }>();

class RuleFinding implements Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly code: string;
  readonly params: MessageParams;
  readonly found?: string;
  readonly expected?: string;
  readonly covers?: readonly string[];
  /** The catalog entry of `code`, kept out of the finding's own (enumerable, serialised) fields. */
  readonly #entry: CatalogEntry;
  #fix: readonly CellFix[] | DeferredFix | undefined;

  constructor(check: Check, input: FindingInput) {
    this.rule = check.id;
    this.#entry = check.messages[input.code];
    this.severity = input.severity ?? check.severity;
    this.sheet = input.sheet;
    this.cell = input.cell;
    this.code = input.code;
    this.params = input.params;
    if (input.found !== undefined) this.found = input.found;
    if (input.expected !== undefined) this.expected = input.expected;
    if (input.fix !== undefined && sizeOf(input.fix) > 0) this.#fix = input.fix;
    if (input.covers !== undefined && input.covers.length > 0) this.covers = input.covers;
  }

  /** The cells fixing it (made on first read when deferred); absent when there is no fix. */
  get fix(): readonly CellFix[] | undefined {
    if (this.#fix !== undefined && "count" in this.#fix) this.#fix = this.#fix.make();
    return this.#fix;
  }

  get message(): { readonly ja: string; readonly en: string } {
    let rendered = renderedMessages.get(this);
    if (rendered === undefined) {
      const entry = this.#entry;
      rendered = { ja: fillMessage(entry, "ja", this.params), en: fillMessage(entry, "en", this.params) };
      renderedMessages.set(this, rendered);
    }
    return rendered;
  }

  toJSON(): Finding {
    const {
      rule,
      severity,
      sheet,
      cell,
      code,
      params,
      message: rendered,
      found,
      expected,
      fix,
      covers,
    } = this;
    return { rule, severity, sheet, cell, code, params, message: rendered, found, expected, fix, covers };
  }
}

/** A finding of `check`; its code must be one of the check's messages (checked by the compiler). */
export function finding<Code extends string>(
  check: Check<Code>,
  input: FindingInput<NoInfer<Code>>,
): Finding {
  return new RuleFinding(check, input);
}

/** The cell shows an Excel error (`{ error }`, or the error's text as in a transcript). */
export function holdsError(cell: SourceCell | undefined): cell is SourceCell {
  if (cell === undefined) return false;
  const { raw } = cell;
  if (isCellError(raw)) return true;
  return typeof raw === "string" && raw.trimStart().startsWith("#") && parseValue(raw).kind === "error";
}

/** A cell as the sheet shows it, with its number format (`75.0%`, `1,600件`, `#VALUE!`; empty as ``). */
export function shown(cell: Pick<SourceCell, "raw" | "numberFormat"> | null | undefined): string {
  return cell === null || cell === undefined ? "" : displayValue(cell.raw, cell.numberFormat);
}

/** An indicator as messages name it: `No.1 中小企業相談所の相談件数`, or the name alone. */
export function indicatorLabel(indicator: Indicator): string {
  return indicator.id === null ? indicator.name : `${indicator.id} ${indicator.name}`;
}

/** What a baseline cell is called in a message, in place of a period. */
export const BASELINE_LABEL = "現状値 (baseline)";

/** Indicator and period of a cell, for messages (`period` a period or a label such as 現状値). */
export function where(indicator: Indicator, period: Period | string): MessageParams {
  return { indicator: indicatorLabel(indicator), period: typeof period === "string" ? period : period.label };
}

/** A fix writing `value` into a cell; a formula cell is replaced only explicitly. */
export function valueFix(sheet: string, cell: SourceCell, value: CellValue, numberFormat?: string): CellFix {
  const replaceFormula = cell.formula !== null;
  if (numberFormat === undefined)
    return replaceFormula
      ? { sheet, address: cell.address, value, replaceFormula }
      : { sheet, address: cell.address, value };
  return replaceFormula
    ? { sheet, address: cell.address, value, numberFormat, replaceFormula }
    : { sheet, address: cell.address, value, numberFormat };
}

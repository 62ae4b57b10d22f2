/** Findings of the checks and the shape every check module has. */
import type { CellChange } from "../changes";
import type { CellValue } from "../grid";
import type { ParsedValue } from "../value-types";
import type { CatalogEntry, MessageParams } from "../i18n/types";
import type { KpiModel } from "../tables/model";
import type { CheckSettings } from "./settings";
import type { Evaluation } from "./evaluate";

export type Severity = "error" | "warning" | "info";
/** Every severity, most severe first: the order reports list and count findings in. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** One cell a fix changes: a `CellChange` of the change vocabulary, so a face applies fixes as they are. */
export type CellFix = CellChange;

export interface Finding {
  /** Stable rule id (`error-value`). */
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell the finding is about. */
  readonly cell: string;
  /** Message code in the i18n catalog and its parameters. */
  readonly code: string;
  readonly params: MessageParams;
  /** The message rendered in both languages. */
  readonly message: { readonly ja: string; readonly en: string };
  readonly found?: string;
  readonly expected?: string;
  readonly fix?: readonly CellFix[];
  /**
   * Other cells (same sheet) whose problem this finding explains: a `#VALUE!` in the rate and status of a
   * period whose actual is pending. Consolidation lists them under this finding, not apart.
   */
  readonly covers?: readonly string[];
}

export interface CheckContext {
  readonly model: KpiModel;
  readonly settings: CheckSettings;
  /** Every period of every indicator, evaluated once (rates, statuses, projection). */
  readonly evaluations: readonly Evaluation[];
  /** Core's `parseValue`, once per distinct text for this round of checks. */
  readonly parse: (value: CellValue) => ParsedValue;
}

/**
 * A check: its id, its findings' default severity, the messages its findings may use (`Code`: a finding
 * naming another code does not compile) and its logic.
 */
export interface Check<Code extends string = string> {
  readonly id: string;
  /** The severity of its findings unless a finding says otherwise. */
  readonly severity: Severity;
  /** Its findings are advice (参考: style, machine-readability) whatever their severity (see kinds.ts). */
  readonly advice?: boolean;
  /** Its messages by code (`rules.<id>[.<variant>]`); the catalog gathers them (i18n/catalog/rules.ts). */
  readonly messages: { readonly [C in Code]: CatalogEntry };
  run(context: CheckContext): Finding[];
}

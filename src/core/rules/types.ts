/** Findings of the checks and the shape every check module has. */
import type { CellChange } from "../changes";
import type { MessageParams } from "../i18n";
import type { KpiModel } from "../tables/model";
import type { CheckSettings } from "./settings";
import type { Evaluation } from "./evaluate";

export type Severity = "error" | "warning" | "info";

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
}

export interface CheckContext {
  readonly model: KpiModel;
  readonly settings: CheckSettings;
  /** Every period of every indicator, evaluated once (rates, statuses, projection). */
  readonly evaluations: readonly Evaluation[];
}

export interface Check {
  readonly id: string;
  /** The severity of its findings unless a finding says otherwise. */
  readonly severity: Severity;
  run(context: CheckContext): Finding[];
}

/**
 * What a check gives the task pane: the tables found, their indicators and the findings, in a plain
 * serializable shape (it crosses the worker boundary). Built by ./runCheck from core's `checkModel` and
 * core's report (src/core/report.ts), with the pane's extras: ids, layout names, heading rows, format cells.
 */
import type {
  CellChange,
  FindingKind,
  LayoutBands,
  LookTable,
  MessageParams,
  PeriodReport,
  Severity,
} from "../../core";

/** What the pane's views show of core's period report. */
export type PanePeriod = Pick<PeriodReport, "label" | "projected" | "status" | "actual">;

export interface PaneIndicator {
  id: string;
  name: string;
  periods: PanePeriod[];
}

/** A table as core's table look needs it (sheet, range, heading rows, the cells it formats) and more. */
export interface PaneTable extends LookTable {
  id: string;
  /** Human name of the layout, already in the user's language. */
  layout: string;
  /** How the table was read (roles, periods, directions, bands, rounding, confidence), in the user's language. */
  reading: string;
  /** The bands a legend on the sheet states (`達成 … 100%以上`), with its bounds, when there is one. */
  legend?: LayoutBands;
  indicators: PaneIndicator[];
  /** Slots of a table to fill: indicators nothing has been written in yet (not in `indicators`). */
  unfilled: number;
}

/** One problem as the pane lists it: core's findings consolidated (`consolidateFindings`), the lead's message. */
export interface PaneFinding {
  id: string;
  rule: string;
  severity: Severity;
  /** 提出前に直すもの / 確認してください / 参考 (core's `findingKind`). */
  kind: FindingKind;
  sheet: string;
  cell: string;
  /** Every cell of the problem, `cell` first (a pending actual, then the #VALUE! cells it explains). */
  cells: string[];
  /** The table the finding belongs to, or `null` for sheet-level findings. */
  tableId: string | null;
  /** The message's catalog code and parameters: rendered when shown (a big sheet has tens of thousands). */
  code: string;
  params: MessageParams;
  found?: string;
  expected?: string;
  /** The cells a fix writes; absent when the finding cannot be fixed automatically. */
  fix?: CellChange[];
}

/** A summary block the sheet itself holds (`プラン全体 36単位施策`): its total line, so the summary view can say what it counts. */
export interface PaneSheetSummary {
  sheet: string;
  cell: string;
  /** The total's line as written. */
  text: string;
  total: number;
  /** What the sheet counts in, as it writes it after the number (`単位施策`); `""` when it names nothing. */
  unit: string;
}

export interface PaneReport {
  sheets: string[];
  tables: PaneTable[];
  findings: PaneFinding[];
  summaries: PaneSheetSummary[];
}

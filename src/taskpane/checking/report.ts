/**
 * What a check gives the task pane: the tables found, their indicators and the findings, in a plain
 * serializable shape (it crosses the worker boundary). Built from the core engine's output by ./runCheck.
 */
import type { CellChange, MessageParams, Severity } from "../../core";

export interface PanePeriod {
  label: string;
  projected: boolean;
  /** The computed status label (`達成`, `集計中`…), `null` when none can be computed. */
  status: string | null;
}

export interface PaneIndicator {
  id: string;
  name: string;
  periods: PanePeriod[];
}

export interface PaneTable {
  id: string;
  sheet: string;
  /** A1 range of the table ("A3:K40"). */
  range: string;
  /** Human name of the layout, already in the user's language. */
  layout: string;
  indicators: PaneIndicator[];
  /** Slots of a table to fill: indicators nothing has been written in yet (not in `indicators`). */
  unfilled: number;
  /** Sheet rows (0-based) of the table's headings: header fill, frozen rows, printed title rows. */
  headerRows: number[];
  /** Cells the format view works on; `text` is the cell's content when it holds text, else `null`. */
  cells: {
    /** Targets, actuals and baselines that hold a number written as text (`1,600件`). */
    numbers: { address: string; text: string }[];
    rates: { address: string; text: string | null }[];
    statuses: string[];
  };
}

export interface PaneFinding {
  id: string;
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
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

export interface PaneReport {
  sheets: string[];
  tables: PaneTable[];
  findings: PaneFinding[];
}

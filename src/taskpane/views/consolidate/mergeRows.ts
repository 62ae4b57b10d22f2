/**
 * Core's merge plan as the 集約 view lists it: one row per cell a returned file would fill or disputes,
 * each value as its sheet shows it (core's `displayValue` under the cell's number format), the rows the user may tick, and a count per returned file.
 */
import {
  displayValue,
  type ConflictReason,
  type MergeConflict,
  type MergedCell,
  type MergePlan,
} from "../../../core";

export type MergeEntry = MergedCell | MergeConflict;

export interface MergeRow {
  key: string;
  file: string;
  /** `Sheet!E5`. */
  cell: string;
  indicator: string;
  period: string | null;
  master: string;
  returned: string;
  /** `null` for a cell that is filled; a conflict's reason otherwise. */
  reason: ConflictReason | null;
  /** May be written: a cell to fill, or a conflict whose returned value may be taken. */
  choosable: boolean;
  /** Ticked until the user says otherwise: cells to fill are, conflicts are not. */
  ticked: boolean;
  entry: MergeEntry;
}

/**
 * The plan's rows, file by file in the order the files were picked. `plan` must be made with
 * `prefer: "returned"`, so that `taken` says which conflicts may be taken (a formula or two files that
 * disagree never are); nothing of a conflict is written unless the user ticks it.
 */
export function mergeRows(plan: MergePlan, files: readonly string[]): MergeRow[] {
  const merged = plan.merged.map((entry, i): MergeRow => ({
    key: `m${i}`,
    file: entry.file,
    cell: `${entry.sheet}!${entry.cell}`,
    indicator: entry.indicator,
    period: entry.period,
    master: displayValue(entry.from, entry.masterFormat),
    // As the master cell will show it: under its format, or the returned one written with it.
    returned: displayValue(entry.to, entry.numberFormat ?? entry.masterFormat),
    reason: null,
    choosable: true,
    ticked: true,
    entry,
  }));
  const conflicts = plan.conflicts.map((entry, i): MergeRow => ({
    key: `c${i}`,
    file: entry.file,
    cell: `${entry.sheet}!${entry.cell}`,
    indicator: entry.indicator,
    period: entry.period,
    master: displayValue(entry.master, entry.masterFormat),
    returned: displayValue(entry.returned, entry.returnedFormat),
    reason: entry.reason,
    choosable: entry.taken,
    ticked: false,
    entry,
  }));
  const rows = [...merged, ...conflicts];
  return files.flatMap((file) => rows.filter((row) => row.file === file));
}

export interface FileCount {
  file: string;
  /** Cells the ticked rows write. */
  cells: number;
  conflicts: number;
  unmatched: number;
}

/** Per returned file: the cells the ticked rows write, its conflicts and its indicators not merged. */
export function fileCounts(
  plan: MergePlan,
  rows: readonly MergeRow[],
  ticked: ReadonlySet<string>,
  files: readonly string[],
): FileCount[] {
  return files.map((file) => ({
    file,
    cells: rows.filter((row) => row.file === file && row.choosable && ticked.has(row.key)).length,
    conflicts: plan.conflicts.filter((c) => c.file === file).length,
    unmatched: plan.unmatched.filter((u) => u.file === file).length,
  }));
}

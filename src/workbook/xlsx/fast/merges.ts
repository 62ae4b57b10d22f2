/**
 * Merged areas applied to the cells read, in time linear in the merges and the cells (plus a sort), never
 * in the merged area: a merge of J1:XFD1048576 costs what A1:B2 costs, and 20,000 merges of an Excel方眼紙
 * sheet are one sweep. Rows are swept top to bottom keeping the merges that cover the current row in
 * column order (on one row they are disjoint column intervals, found by binary search). A merged-away
 * cell reads as empty, as ExcelJS leaves it; overlapping merges (ExcelJS refuses them) and a shared
 * formula's master merged away are `Unsupported`.
 */
import type { CellRange } from "../../../core/grid";
import type { ReadCells } from "../cellGrid";
import { unsupported } from "./xml";

const end = (merge: CellRange) => merge.col + merge.colCount - 1;

/** Merges covering one row, sorted by column, disjoint. */
class ActiveMerges {
  private list: CellRange[] = [];

  /** Keeps only the merges that still cover `row`. */
  advanceTo(row: number): void {
    if (this.list.some((merge) => merge.row + merge.rowCount <= row))
      this.list = this.list.filter((merge) => merge.row + merge.rowCount > row);
  }

  isEmpty(): boolean {
    return this.list.length === 0;
  }

  /** Index of the first merge whose last column is at or right of `col`. */
  private firstEndingFrom(col: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (end(this.list[mid]) < col) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The merge covering `col`, if any. */
  at(col: number): CellRange | undefined {
    const candidate = this.list[this.firstEndingFrom(col)];
    return candidate !== undefined && candidate.col <= col ? candidate : undefined;
  }

  /** Adds a merge; `Unsupported` when it overlaps one already covering this row. */
  add(merge: CellRange): void {
    const i = this.firstEndingFrom(merge.col);
    const neighbour = this.list[i];
    if (neighbour !== undefined && neighbour.col <= end(merge)) unsupported("overlapping merges");
    this.list.splice(i, 0, merge);
  }
}

function byStart(merges: readonly CellRange[]): CellRange[] {
  return [...merges].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Throws `Unsupported` when two merges overlap. */
function assertDisjoint(sorted: readonly CellRange[]): void {
  const active = new ActiveMerges();
  for (const merge of sorted) {
    active.advanceTo(merge.row);
    active.add(merge);
  }
}

/**
 * Empties merged-away cells in `read` (their number formats stay), as ExcelJS leaves them. `masters`: keys
 * (row × 16384 + col) of shared-formula masters.
 */
export function applyMerges(
  read: ReadCells,
  merges: readonly CellRange[],
  masters: ReadonlySet<number>,
): void {
  if (merges.length === 0) return;
  const sorted = byStart(merges);
  assertDisjoint(sorted);
  const active = new ActiveMerges();
  let next = 0;
  for (const { row, first, values, formulas } of read.rows()) {
    active.advanceTo(row);
    for (; next < sorted.length && sorted[next].row <= row; next++)
      if (sorted[next].row + sorted[next].rowCount > row) active.add(sorted[next]);
    if (active.isEmpty()) continue;
    for (let i = 0; i < values.length; i++) {
      if (values[i] === null && (formulas?.[i] ?? null) === null) continue;
      const col = first + i;
      const merge = active.at(col);
      if (merge === undefined || (merge.row === row && merge.col === col)) continue;
      if (masters.has(row * 16_384 + col)) unsupported("shared formula master merged away");
      values[i] = null;
      if (formulas) formulas[i] = null;
    }
  }
}

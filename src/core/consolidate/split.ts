/**
 * Splitting a master by a column (担当課, 所管課…): which rows each value's indicator blocks occupy. A block
 * runs from an indicator's first row to the row before the next indicator's (its last row for the last
 * one); rows above the first block (the header) and below the table are kept in every part. Pure: the
 * face copies the rows (see src/cli/splitCommand.ts).
 */
import type { CellRange, Grid } from "../grid";
import type { Indicator, KpiModel, KpiTable } from "../tables/model";
import { toHalfWidth } from "../text";

export interface SplitBlock {
  readonly indicator: string;
  /** 0-based sheet rows, inclusive. */
  readonly first: number;
  readonly last: number;
}

export interface SplitPart {
  /** The column's value for these blocks (`産業振興課`). */
  readonly value: string;
  readonly blocks: SplitBlock[];
}

export interface SplitPlan {
  readonly sheet: string;
  /** 0-based rows of the sheet that every part keeps: above the first block, below the last. */
  readonly headerRows: number;
  readonly tableEnd: number;
  readonly parts: SplitPart[];
}

function rowsOf(indicator: Indicator): number[] {
  const cells = [
    indicator.nameCell,
    indicator.baselineCell,
    ...indicator.periods.flatMap((p) => Object.values(p.cells)),
  ];
  return cells.flatMap((cell) => (cell === null || cell === undefined ? [] : [cell.row]));
}

const key = (text: string) => toHalfWidth(text).replace(/\s+/g, "");

/** The column (0-based, sheet coordinates) whose header above the table's first block reads `header`. */
function headerColumn(grid: Grid, header: string, before: number): number | null {
  for (let r = 0; r < Math.min(grid.rowCount, before - grid.origin.row); r++)
    for (let c = 0; c < grid.colCount; c++) {
      const v = grid.values[r][c];
      if (typeof v === "string" && key(v) === key(header)) return c + grid.origin.col;
    }
  return null;
}

function valueIn(grid: Grid, col: number, first: number, last: number): string | null {
  for (let row = first; row <= last; row++) {
    const v = grid.values[row - grid.origin.row]?.[col - grid.origin.col];
    if (v !== null && v !== undefined && String(v).trim() !== "") return String(v).trim();
  }
  return null;
}

/** The parts of the first table whose header has a column `header`; `null` when no table has one. */
export function planSplit(model: KpiModel, grids: readonly Grid[], header: string): SplitPlan | null {
  for (const table of model.tables) {
    const grid = grids.find((g) => g.sheet === table.sheet);
    const plan = grid === undefined ? null : splitTable(table, grid, header);
    if (plan !== null) return plan;
  }
  return null;
}

function splitTable(table: KpiTable, grid: Grid, header: string): SplitPlan | null {
  const starts = table.indicators
    .map((indicator) => ({ indicator, rows: rowsOf(indicator) }))
    .filter((entry) => entry.rows.length > 0)
    .map(({ indicator, rows }) => ({ indicator, first: Math.min(...rows), last: Math.max(...rows) }))
    .sort((a, b) => a.first - b.first);
  if (starts.length === 0) return null;
  const col = headerColumn(grid, header, starts[0].first);
  if (col === null) return null;
  const parts = new Map<string, SplitBlock[]>();
  starts.forEach((start, i) => {
    const last = i + 1 < starts.length ? starts[i + 1].first - 1 : start.last;
    const value = valueIn(grid, col, start.first, last) ?? "";
    const block = { indicator: start.indicator.id ?? start.indicator.name, first: start.first, last };
    parts.set(value, [...(parts.get(value) ?? []), block]);
  });
  return {
    sheet: table.sheet,
    headerRows: starts[0].first,
    tableEnd: starts[starts.length - 1].last,
    parts: [...parts].map(([value, blocks]) => ({ value, blocks })),
  };
}

/**
 * Where each row a part keeps lands (0-based sheet rows, old → new): the header rows, the part's blocks and
 * the rows below the table (up to `lastRow`), moved up in that order.
 */
export function partRows(plan: SplitPlan, part: SplitPart, lastRow: number): Map<number, number> {
  const kept: number[] = [];
  for (let r = 0; r < plan.headerRows; r++) kept.push(r);
  for (const block of part.blocks) for (let r = block.first; r <= block.last; r++) kept.push(r);
  for (let r = plan.tableEnd + 1; r <= lastRow; r++) kept.push(r);
  return new Map(kept.map((row, i) => [row, i]));
}

/** A piece of a range after the move: where it lands, and the row its first row came from. */
export interface MovedRange {
  readonly range: CellRange;
  readonly from: number;
}

/**
 * A range (a merge, a validation, a conditional format) as the part holds it: its kept rows where they land,
 * one piece per run of rows that land next to each other (the header and the first block do, though rows
 * between them are dropped); dropped rows drop out. `[]` when none of its rows is kept.
 */
export function moveRange(range: CellRange, rows: ReadonlyMap<number, number>): MovedRange[] {
  const pieces: { from: number; to: number; count: number }[] = [];
  for (let row = range.row; row < range.row + range.rowCount; row++) {
    const to = rows.get(row);
    if (to === undefined) continue;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && to === last.to + last.count) last.count++;
    else pieces.push({ from: row, to, count: 1 });
  }
  return pieces.map(({ from, to, count }) => ({ range: { ...range, row: to, rowCount: count }, from }));
}

/**
 * A reading shown on the sheet: each role's cells filled with its colour (the same as the role's chip in
 * the 読み方 view), the period cells and the id, name and unit lines too, as one change set that a face
 * previews and the user can undo like any write. Light fills keep the values readable.
 */
import type { ChangeSet, RangeStyle } from "../changes";
import { rangeToA1, type CellRange } from "../grid";
import { laidOut, lastLine, type CellsAt, type LaidTable } from "./geometry";
import type { LayoutRole, TableLayout } from "./types";

/** What a coloured range shows: a role, the periods, or a line of ids, names, units or baselines. */
export type ReadingPart = LayoutRole | "periods" | "id" | "name" | "unit";

export const READING_FILLS: Readonly<Record<ReadingPart, string>> = {
  target: "#DCE9F7",
  actual: "#DFF3E4",
  rate: "#FCEBD0",
  status: "#EEE3F5",
  baseline: "#F2F2F2",
  cumulativeTarget: "#E8F0FA",
  cumulativeActual: "#E9F7EC",
  periods: "#FFF4CE",
  id: "#F2F2F2",
  name: "#F2F2F2",
  unit: "#F2F2F2",
};

export interface ColouredRange {
  readonly part: ReadingPart;
  readonly sheet: string;
  readonly address: string;
}

/** A rectangle in block coordinates (`lines` along the blocks, `ats` across), as sheet A1. */
function area(table: LaidTable, lines: readonly [number, number], ats: readonly [number, number]): string {
  const [l0, l1] = lines;
  const [a0, a1] = ats;
  const range: CellRange = table.across
    ? { row: l0, col: a0, rowCount: l1 - l0 + 1, colCount: a1 - a0 + 1 }
    : { row: a0, col: l0, rowCount: a1 - a0 + 1, colCount: l1 - l0 + 1 };
  return rangeToA1(range);
}

/** The ranges a reading of blocks colours: each block's role lines over the periods, and the other lines. */
export function colouredRanges(layout: TableLayout): ColouredRange[] {
  const table = laidOut(layout);
  if (table.byColumns || table.periods.length === 0) return [];
  const ats = table.periods.map((p) => (table.across ? p.col : p.row));
  const span: [number, number] = [Math.min(...ats), Math.max(...ats)];
  const periodLine = table.across ? table.periods[0].row : table.periods[0].col;
  const ranges: ColouredRange[] = [
    { part: "periods", sheet: layout.sheet, address: area(table, [periodLine, periodLine], span) },
  ];
  const end = lastLine(table);
  const reach = Math.max(0, ...Object.values(table.roles));
  for (let start = table.first; start + reach <= end; start += table.size)
    for (const [role, offset] of Object.entries(table.roles) as [LayoutRole, number][])
      ranges.push({
        part: role,
        sheet: layout.sheet,
        address: area(table, [start + offset, start + offset], span),
      });
  const blocksEnd = table.first + Math.floor((end - table.first + 1) / table.size) * table.size - 1;
  const lines: [ReadingPart, CellsAt][] = [
    ["id", table.id],
    ["name", table.name],
    ["unit", table.unit],
    ["baseline", table.baseline],
  ];
  for (const [part, at] of lines)
    if (at !== null && "line" in at)
      ranges.push({
        part,
        sheet: layout.sheet,
        address: area(table, [table.first, blocksEnd], [at.line, at.line]),
      });
  return ranges;
}

/** The change set that colours `ranges`, named `label` in the undo list. */
export function readingColours(ranges: readonly ColouredRange[], label: string): ChangeSet {
  const styles: RangeStyle[] = ranges.map((r) => ({
    sheet: r.sheet,
    address: r.address,
    fill: READING_FILLS[r.part],
  }));
  return { label, styles };
}

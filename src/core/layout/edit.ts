/**
 * A reading made by pointing: the 読み方 view says what selected cells are (「選択した行は目標」,
 * 「選択したセルは年度」, 「選択した列は指標名」, 「この表は減少型」…) and the draft becomes a reading once it has
 * periods and a role. Periods run across one row here (the form a person points at); the range runs from
 * the header to the last block that holds anything, so notes under a table are not read as indicators.
 */
import { columnName, rangeToA1, type CellRange, type Grid } from "../grid";
import { columnIndex, firstIndex, lineOf } from "./geometry";
import type { LayoutBands, LayoutRole, LayoutRoundingRule, TableLayout } from "./types";

export interface LayoutDraft {
  readonly sheet: string;
  readonly periods?: string;
  /** Each role's row in the first block (0-based sheet rows). */
  readonly roleRows: Readonly<Partial<Record<LayoutRole, number>>>;
  readonly name?: number;
  readonly unit?: number;
  readonly baseline?: number;
  readonly direction?: "up" | "down" | "keep";
  readonly rounding?: LayoutRoundingRule;
  readonly bands?: LayoutBands;
}

export type Assignment =
  | { readonly kind: "role"; readonly role: LayoutRole }
  | { readonly kind: "periods" }
  | { readonly kind: "name" | "unit" | "baseline" }
  | { readonly kind: "direction"; readonly direction: "up" | "down" | "keep" }
  | { readonly kind: "rounding"; readonly rule: LayoutRoundingRule }
  | { readonly kind: "bands"; readonly bands: LayoutBands };

/** Why an assignment could not be made: periods must be one row of cells. */
export type AssignProblem = "periods-not-a-row";

export function emptyDraft(sheet: string): LayoutDraft {
  return { sheet, roleRows: {} };
}

/** The draft with `what` said of `selection` (sheet coordinates), or the problem. */
export function assign(
  draft: LayoutDraft,
  what: Assignment,
  selection: CellRange,
): LayoutDraft | AssignProblem {
  switch (what.kind) {
    case "role":
      return { ...draft, roleRows: { ...draft.roleRows, [what.role]: selection.row } };
    case "periods": {
      if (selection.rowCount !== 1) return "periods-not-a-row";
      return { ...draft, periods: rangeToA1(selection) };
    }
    case "name":
    case "unit":
    case "baseline":
      return { ...draft, [what.kind]: selection.col };
    case "direction":
      return { ...draft, direction: what.direction };
    case "rounding":
      return { ...draft, rounding: what.rule };
    case "bands":
      return { ...draft, bands: what.bands };
  }
}

/** A given reading (periods across a row, in blocks) as a draft to change; `null` for other forms. */
export function draftOf(table: TableLayout): LayoutDraft | null {
  const periods = table.periods === undefined ? null : lineOf(table.periods);
  if (
    table.blocks === undefined ||
    periods === null ||
    (periods.length > 1 && periods[0].row !== periods[1].row)
  )
    return null;
  const first = firstIndex(table.blocks.first) ?? 0;
  const roleRows = Object.fromEntries(
    Object.entries(table.blocks.roles).map(([role, o]) => [role, first + o]),
  );
  const column = (at: unknown) => (typeof at === "string" ? (columnIndex(at) ?? undefined) : undefined);
  return {
    sheet: table.sheet,
    periods: table.periods,
    roleRows,
    name: column(table.name),
    unit: column(table.unit),
    baseline: column(table.baseline),
    direction: typeof table.direction === "string" ? table.direction : undefined,
    rounding: typeof table.rounding === "string" ? table.rounding : table.rounding?.rule,
    bands: table.bands,
  };
}

function blockHasValues(grid: Grid, rows: readonly number[], cols: readonly number[]): boolean {
  const { row: top, col: left } = grid.origin ?? { row: 0, col: 0 };
  return rows.some((r) =>
    cols.some((c) => {
      const v = grid.values[r - top]?.[c - left];
      return v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");
    }),
  );
}

/** The reading of a draft over its sheet, once it has periods and a role; `null` before. */
export function tableOfDraft(draft: LayoutDraft, grid: Grid): TableLayout | null {
  const periods = draft.periods === undefined ? null : lineOf(draft.periods);
  const rows = Object.values(draft.roleRows);
  if (periods === null || rows.length === 0) return null;
  const first = Math.min(...rows);
  const size = Math.max(...rows) - first + 1;
  const roles = Object.fromEntries(Object.entries(draft.roleRows).map(([role, row]) => [role, row - first]));
  const periodCols = periods.map((p) => p.col);
  const lastGridRow = (grid.origin?.row ?? 0) + grid.rowCount - 1;
  let end = first + size - 1;
  for (let start = first + size; start + size - 1 <= lastGridRow; start += size) {
    const blockRows = Object.values(roles).map((o) => start + o);
    if (!blockHasValues(grid, blockRows, periodCols)) break;
    end = start + size - 1;
  }
  const cols = [...periodCols, draft.name, draft.unit, draft.baseline].filter(
    (c): c is number => c !== undefined,
  );
  const top = Math.min(periods[0].row, first);
  const left = Math.min(...cols);
  const range = { row: top, col: left, rowCount: end - top + 1, colCount: Math.max(...cols) - left + 1 };
  const optional = (key: "name" | "unit" | "baseline", c: number | undefined) =>
    c === undefined ? {} : { [key]: columnName(c) };
  return {
    sheet: draft.sheet,
    range: rangeToA1(range),
    periods: draft.periods,
    blocks: { first: first + 1, size, roles },
    ...optional("name", draft.name),
    ...optional("unit", draft.unit),
    ...optional("baseline", draft.baseline),
    ...(draft.direction === undefined ? {} : { direction: draft.direction }),
    ...(draft.rounding === undefined ? {} : { rounding: draft.rounding }),
    ...(draft.bands === undefined ? {} : { bands: draft.bands }),
  };
}

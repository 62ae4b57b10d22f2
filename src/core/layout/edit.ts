/**
 * A reading made by pointing: the 読み方 view says what selected cells are (「選択した行は目標」,
 * 「選択したセルは年度」, 「選択した列は指標名」, 「この表は減少型」…) and the draft becomes a reading once it has
 * periods and a role. Periods run across one row (blocks of rows) or down one column (blocks of columns:
 * then a role is a column and a name a row); the draft keeps the cells pointed at, so the order of telling
 * does not matter. The range runs from the header to the last block that holds anything, so notes beyond
 * a table are not read as indicators.
 */
import { columnName, rangeToA1, type CellRange, type Grid } from "../grid";
import { laidOut, lineOf, type CellsAt, type Place } from "./geometry";
import type { LayoutBands, LayoutRole, LayoutRoundingRule, TableLayout } from "./types";

/** What a line of cells across every block holds besides roles: a column (periods across) or a row. */
export type DraftLine = "id" | "name" | "unit" | "baseline";
export const DRAFT_LINES: readonly DraftLine[] = ["id", "name", "unit", "baseline"];

export interface LayoutDraft {
  readonly sheet: string;
  readonly periods?: string;
  /** A cell of each role in the first block (0-based sheet coordinates). */
  readonly roles: Readonly<Partial<Record<LayoutRole, Place>>>;
  /** A cell of the id, name, unit and baseline lines. */
  readonly lines: Readonly<Partial<Record<DraftLine, Place>>>;
  readonly direction?: "up" | "down" | "keep";
  readonly rounding?: LayoutRoundingRule;
  readonly bands?: LayoutBands;
}

export type Assignment =
  | { readonly kind: "role"; readonly role: LayoutRole }
  | { readonly kind: "periods" }
  | { readonly kind: DraftLine }
  | { readonly kind: "direction"; readonly direction: "up" | "down" | "keep" }
  /** `null`: inferred again, as when nothing was told. */
  | { readonly kind: "rounding"; readonly rule: LayoutRoundingRule | null }
  | { readonly kind: "bands"; readonly bands: LayoutBands | null };

/** Why an assignment could not be made: periods must be one row or one column of cells. */
export type AssignProblem = "periods-not-a-line";

export function emptyDraft(sheet: string): LayoutDraft {
  return { sheet, roles: {}, lines: {} };
}

/** Whether the draft's periods run across a row (also before any are told): roles are then rows. */
export function periodsAcross(draft: LayoutDraft): boolean {
  const periods = draft.periods === undefined ? null : lineOf(draft.periods);
  return periods === null || periods.length < 2 || periods[0].row === periods[1].row;
}

/** The draft with `what` said of `selection` (sheet coordinates), or the problem. */
export function assign(
  draft: LayoutDraft,
  what: Assignment,
  selection: CellRange,
): LayoutDraft | AssignProblem {
  const at: Place = { row: selection.row, col: selection.col };
  switch (what.kind) {
    case "role":
      return { ...draft, roles: { ...draft.roles, [what.role]: at } };
    case "periods":
      if (selection.rowCount !== 1 && selection.colCount !== 1) return "periods-not-a-line";
      return { ...draft, periods: rangeToA1(selection) };
    case "direction":
      return { ...draft, direction: what.direction };
    case "rounding": {
      const { rounding: _told, ...rest } = draft;
      return what.rule === null ? rest : { ...rest, rounding: what.rule };
    }
    case "bands": {
      const { bands: _told, ...rest } = draft;
      return what.bands === null ? rest : { ...rest, bands: what.bands };
    }
    default:
      return { ...draft, lines: { ...draft.lines, [what.kind]: at } };
  }
}

/** A given reading in blocks (periods across a row or down a column) as a draft to change; `null` for other forms. */
export function draftOf(table: TableLayout): LayoutDraft | null {
  if (table.blocks === undefined || table.periods === undefined || lineOf(table.periods) === null)
    return null;
  const laid = laidOut(table);
  const [period] = laid.periods;
  // A role's line meets the periods' line; an id, name or unit line meets the first block.
  const cell = (line: number, at: number): Place =>
    laid.across ? { row: line, col: at } : { row: at, col: line };
  const periodAt = laid.across ? period.col : period.row;
  const roles = Object.fromEntries(
    Object.entries(laid.roles).map(([role, offset]) => [role, cell(laid.first + offset, periodAt)]),
  );
  const lineCell = (at: CellsAt) => (at === null || !("line" in at) ? undefined : cell(laid.first, at.line));
  const lines: Partial<Record<DraftLine, Place>> = {};
  for (const what of DRAFT_LINES) {
    const place = lineCell(laid[what]);
    if (place !== undefined) lines[what] = place;
  }
  return {
    sheet: table.sheet,
    periods: table.periods,
    roles,
    lines,
    ...(typeof table.direction === "string" ? { direction: table.direction } : {}),
    ...(table.rounding === undefined
      ? {}
      : { rounding: typeof table.rounding === "string" ? table.rounding : table.rounding.rule }),
    ...(table.bands === undefined ? {} : { bands: table.bands }),
  };
}

/** The draft in block coordinates: `line` along the blocks (a row when periods run across), `at` across. */
class Axes {
  constructor(readonly across: boolean) {}
  line(p: Place): number {
    return this.across ? p.row : p.col;
  }
  at(p: Place): number {
    return this.across ? p.col : p.row;
  }
  place(line: number, at: number): Place {
    return this.across ? { row: line, col: at } : { row: at, col: line };
  }
  /** A block's first line in the reading file: a 1-based row number (periods across) or a column letter. */
  first(line: number): number | string {
    return this.across ? line + 1 : columnName(line);
  }
  /** An id, name or unit line in the reading file: a column letter (periods across) or a 1-based row number. */
  named(at: number): string | number {
    return this.across ? columnName(at) : at + 1;
  }
}

function blockHasValues(grid: Grid, axes: Axes, lines: readonly number[], ats: readonly number[]): boolean {
  const { row: top, col: left } = grid.origin ?? { row: 0, col: 0 };
  return lines.some((line) =>
    ats.some((at) => {
      const { row, col } = axes.place(line, at);
      const v = grid.values[row - top]?.[col - left];
      return v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");
    }),
  );
}

/** The reading of a draft over its sheet, once it has periods and a role; `null` before. */
export function tableOfDraft(draft: LayoutDraft, grid: Grid): TableLayout | null {
  const periods = draft.periods === undefined ? null : lineOf(draft.periods);
  const roleCells = Object.entries(draft.roles) as [LayoutRole, Place][];
  if (periods === null || roleCells.length === 0) return null;
  const axes = new Axes(periodsAcross(draft));
  const roleLines = roleCells.map(([, p]) => axes.line(p));
  const first = Math.min(...roleLines);
  const size = Math.max(...roleLines) - first + 1;
  const roles = Object.fromEntries(roleCells.map(([role, p]) => [role, axes.line(p) - first]));
  const periodAts = periods.map((p) => axes.at(p));
  const origin = grid.origin ?? { row: 0, col: 0 };
  const lastGridLine = axes.across ? origin.row + grid.rowCount - 1 : origin.col + grid.colCount - 1;
  let end = first + size - 1;
  for (let start = first + size; start + size - 1 <= lastGridLine; start += size) {
    const blockLines = Object.values(roles).map((o) => start + o);
    if (!blockHasValues(grid, axes, blockLines, periodAts)) break;
    end = start + size - 1;
  }
  const lines = Object.entries(draft.lines) as [DraftLine, Place][];
  const ats = [...periodAts, ...lines.map(([, p]) => axes.at(p))];
  const lineStart = Math.min(axes.line(periods[0]), first);
  const atStart = Math.min(...ats);
  const corner = axes.place(lineStart, atStart);
  const far = axes.place(end, Math.max(...ats));
  const range = {
    row: corner.row,
    col: corner.col,
    rowCount: far.row - corner.row + 1,
    colCount: far.col - corner.col + 1,
  };
  return {
    sheet: draft.sheet,
    range: rangeToA1(range),
    periods: draft.periods,
    blocks: { first: axes.first(first), size, roles },
    ...Object.fromEntries(lines.map(([what, p]) => [what, axes.named(axes.at(p))])),
    ...(draft.direction === undefined ? {} : { direction: draft.direction }),
    ...(draft.rounding === undefined ? {} : { rounding: draft.rounding }),
    ...(draft.bands === undefined ? {} : { bands: draft.bands }),
  };
}

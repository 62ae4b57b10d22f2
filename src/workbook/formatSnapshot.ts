/**
 * Adapter-independent parts of undoing styles and layouts: which formatting of a change set must be
 * saved before it is written (only in sheets that exist already: a new sheet is simply deleted), and the
 * packing that keeps per-cell formats small in a token (a palette of distinct formats and runs over it, so
 * a table of uniformly styled cells costs a few entries whatever its size).
 */
import { parseRangeA1, toA1 } from "../core/grid";
import { placeChange, type PlacedChange } from "./changes";
import { WorkbookError } from "./errors";
import type { ChangeSet, FormatSnapshot, Json } from "./port";

/** What a change set's styles and layouts will change, each once, in sheets that exist before it. */
export interface FormatTargets {
  /** Ranges whose cell formats (fill, font, wrap, alignment, borders) are written or merged. */
  cells: { sheet: string; address: string }[];
  columns: { sheet: string; column: string }[];
  freeze: string[];
  print: string[];
  merges: { sheet: string; address: string }[];
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function formatTargets(changes: ChangeSet): FormatTargets {
  const newSheets = new Set(changes.newSheets ?? []);
  const existing = <T extends { sheet: string }>(items: T[]) =>
    items.filter((item) => !newSheets.has(item.sheet));
  const styles = existing(changes.styles ?? []);
  const layouts = existing(changes.layouts ?? []);
  const merges = layouts.flatMap((l) => (l.merges ?? []).map((address) => ({ sheet: l.sheet, address })));
  return {
    // A merge changes the formats of the cells it covers too.
    cells: unique(
      [...styles.map(({ sheet, address }) => ({ sheet, address })), ...merges],
      (t) => `${t.sheet}\u0000${t.address}`,
    ),
    columns: unique(
      layouts.flatMap((l) => (l.columnWidths ?? []).map(({ column }) => ({ sheet: l.sheet, column }))),
      (t) => `${t.sheet}\u0000${t.column}`,
    ),
    freeze: [...new Set(layouts.filter((l) => l.freeze).map((l) => l.sheet))],
    print: [...new Set(layouts.filter((l) => l.print).map((l) => l.sheet))],
    merges,
  };
}

/**
 * The cells a merge covers besides its top-left one: merging drops their content, so their values,
 * formulas and number formats are saved with the other touched cells and written back after the unmerge.
 */
export function mergedAwayCells(targets: FormatTargets): PlacedChange[] {
  return targets.merges.flatMap(({ sheet, address }) => {
    const area = parseRangeA1(address);
    if (!area) throw new WorkbookError("workbook.badAddress", { address });
    const cells: PlacedChange[] = [];
    for (let r = 0; r < area.rowCount; r++)
      for (let c = 0; c < area.colCount; c++)
        if (r > 0 || c > 0) cells.push(placeChange({ sheet, address: toA1(area.row + r, area.col + c) }));
    return cells;
  });
}

/** The snapshots that only record that an area was merged (undo unmerges it). */
export function mergeSnapshots(targets: FormatTargets): FormatSnapshot[] {
  return targets.merges.map(({ sheet, address }) => ({ sheet, part: "merge", address, before: null }));
}

interface PackedCells {
  columns: number;
  palette: Json[];
  /** Pairs: index into `palette`, number of consecutive cells (row by row) with it. */
  runs: number[];
}

/** A matrix of per-cell formats as a palette and runs (JSON equality decides what is the same format). */
export function packCells(cells: readonly (readonly Json[])[]): Json {
  const palette: Json[] = [];
  const indexOf = new Map<string, number>();
  const runs: number[] = [];
  for (const row of cells) {
    for (const cell of row) {
      const key = JSON.stringify(cell);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = palette.push(cell) - 1;
        indexOf.set(key, index);
      }
      if (runs.length > 0 && runs[runs.length - 2] === index) runs[runs.length - 1] += 1;
      else runs.push(index, 1);
    }
  }
  const packed: PackedCells = { columns: cells[0]?.length ?? 0, palette, runs };
  return packed as unknown as Json;
}

export function unpackCells(packed: Json): Json[][] {
  const { columns, palette, runs } = packed as unknown as PackedCells;
  const flat: Json[] = [];
  for (let i = 0; i < runs.length; i += 2) for (let n = 0; n < runs[i + 1]; n++) flat.push(palette[runs[i]]);
  const rows: Json[][] = [];
  for (let i = 0; i < flat.length; i += columns) rows.push(flat.slice(i, i + columns));
  return rows;
}

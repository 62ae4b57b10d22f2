/**
 * Read access to one grid for table detection: cell values by grid coordinates, labels classified and
 * values parsed once per distinct text, merged areas resolved to their top-left value, and sheet addresses.
 */
import { isCellError, toA1, type CellValue, type Grid } from "../grid";
import { parseValue } from "../values";
import type { ParsedValue } from "../value-types";
import { GridCell } from "./grid-cell";
import type { SourceCell } from "./model";
import { defaultVocabulary, type Label, type Vocabulary } from "./vocabulary";

const OTHER: Label = { kind: "other" };
const NO_VALUES: readonly CellValue[] = [];

/**
 * What one distinct text reads as, each part worked out on first use. One entry for both: a table's texts
 * are labelled by the row scan and then parsed as values, and one lookup table of them stays smaller.
 */
export interface TextReading {
  label: Label | undefined;
  parsed: ParsedValue | undefined;
}

export class SheetReader {
  readonly grid: Grid;
  readonly rowCount: number;
  readonly colCount: number;
  /** Sheet coordinates of the grid's top-left cell (0, 0 when the grid lacks them). */
  readonly origin: { readonly row: number; readonly col: number };
  private readonly texts: Map<string, TextReading>;
  /** The word lists labels are classified with (the defaults plus any the settings add). */
  readonly vocabulary: Vocabulary;
  private merged: Map<number, { row: number; col: number }> | null = null;

  constructor(
    grid: Grid,
    texts: Map<string, TextReading> = new Map(),
    vocabulary: Vocabulary = defaultVocabulary(),
  ) {
    this.vocabulary = vocabulary;
    this.grid = grid;
    this.rowCount = Math.max(0, Math.min(grid.rowCount, grid.values?.length ?? 0));
    this.colCount = Math.max(0, grid.colCount);
    this.origin = { row: grid.origin?.row ?? 0, col: grid.origin?.col ?? 0 };
    this.texts = texts;
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  value(r: number, c: number): CellValue {
    const v = this.grid.values[r]?.[c];
    return v === undefined ? null : v;
  }

  /**
   * The values of row `r` for a scan that reads each of them once: at most `colCount` (a row may end early),
   * without a bounds check per cell.
   */
  rowValues(r: number): readonly CellValue[] {
    const row = this.grid.values[r] ?? NO_VALUES;
    return row.length > this.colCount ? row.slice(0, this.colCount) : row;
  }

  isEmpty(r: number, c: number): boolean {
    const v = this.value(r, c);
    return v === null || (typeof v === "string" && v.trim() === "");
  }

  /** Trimmed text of a string cell, `null` for anything else or blank text. */
  text(r: number, c: number): string | null {
    const v = this.value(r, c);
    if (typeof v !== "string") return null;
    const t = v.trim();
    return t === "" ? null : t;
  }

  /** Text of a string or number cell (numbers as JavaScript prints them); `null` when empty or an error. */
  display(r: number, c: number): string | null {
    const v = this.value(r, c);
    if (typeof v === "number") return String(v);
    return this.text(r, c);
  }

  label(r: number, c: number): Label {
    return this.labelOf(this.value(r, c));
  }

  /** The label of a cell value, for a caller that already holds the value (a scan over a row). */
  labelOf(v: CellValue): Label {
    if (typeof v !== "string" || v.length > 80) return OTHER;
    const reading = this.readingOf(v);
    return (reading.label ??= this.vocabulary.classify(v));
  }

  /** Core's `parseValue`, once per distinct text: tables repeat `達成`, `集計中`, units and numbers. */
  readonly parse = (value: CellValue): ParsedValue => {
    if (typeof value !== "string") return parseValue(value);
    const reading = this.readingOf(value);
    return (reading.parsed ??= parseValue(value));
  };

  private readingOf(text: string): TextReading {
    let reading = this.texts.get(text);
    if (reading === undefined) {
      reading = { label: undefined, parsed: undefined };
      this.texts.set(text, reading);
    }
    return reading;
  }

  parsed(r: number, c: number): ParsedValue {
    return this.parse(this.value(r, c));
  }

  isError(r: number, c: number): boolean {
    return isCellError(this.value(r, c));
  }

  /** The value shown at (r, c): the merged area's top-left value when the cell is covered by a merge. */
  mergedValue(r: number, c: number): CellValue {
    const own = this.value(r, c);
    if (own !== null) return own;
    const origin = this.mergeOrigin(r, c);
    return origin === null ? null : this.value(origin.row, origin.col);
  }

  /** The label shown at (r, c): a merged area's label seen from any of its cells. */
  mergedLabel(r: number, c: number): Label {
    if (this.value(r, c) !== null) return this.label(r, c);
    const origin = this.mergeOrigin(r, c);
    return origin === null ? OTHER : this.label(origin.row, origin.col);
  }

  private mergeOrigin(r: number, c: number): { row: number; col: number } | null {
    if (this.merged === null) this.merged = this.indexMerges();
    return this.merged.get(this.key(r, c)) ?? null;
  }

  private key(r: number, c: number): number {
    return r * (this.colCount + 1) + c;
  }

  /** Every covered cell (not the top-left) → its area's top-left, in grid coordinates; areas clipped to the grid. */
  private indexMerges(): Map<number, { row: number; col: number }> {
    const map = new Map<number, { row: number; col: number }>();
    const { origin } = this;
    for (const area of this.grid.merges ?? []) {
      const top = area.row - origin.row;
      const left = area.col - origin.col;
      if (!(top >= 0 && left >= 0 && top < this.rowCount && left < this.colCount)) continue;
      const bottom = Math.min(this.rowCount, top + Math.max(1, area.rowCount));
      const right = Math.min(this.colCount, left + Math.max(1, area.colCount));
      const topLeft = { row: top, col: left };
      for (let r = top; r < bottom; r++)
        for (let c = left; c < right; c++) if (r !== top || c !== left) map.set(this.key(r, c), topLeft);
    }
    return map;
  }

  source(r: number, c: number): SourceCell {
    return new GridCell(
      this.origin.row + r,
      this.origin.col + c,
      this.value(r, c),
      this.grid.formulas?.[r]?.[c] ?? null,
      this.grid.numberFormats?.[r]?.[c] ?? null,
    );
  }

  /** Sheet address of grid coordinates. */
  address(r: number, c: number): string {
    return toA1(this.origin.row + r, this.origin.col + c);
  }
}

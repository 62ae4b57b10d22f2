/**
 * The data behind the fake Excel object model: sheets of sparse cells, merges, conditional formats,
 * validations, cell formats, column widths, freeze panes, page setup, charts and names. Plain data, no Office and no Node APIs (it runs in the preview page).
 */
import type { FakeCustomXmlPart } from "./customXml";
import { parseA1, parseRangeA1, type CellRange, type CellValue } from "../../core/grid";
import type { FakeCellFormat } from "./cellFormat";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface FakeCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  /**
   * What `valueTypes` reports when it is not the usual Double/String/Boolean/Error/Empty: Excel.RangeValueType
   * also has "Integer" and "RichValue" (a data type such as a linked entity, whose `values` entry is its display
   * value), learn.microsoft.com/javascript/api/excel/excel.rangevaluetype.
   */
  valueType?: "Integer" | "RichValue";
}

export interface FakeConditionalFormatRecord {
  id: string;
  address: string;
  type: string;
  /** Every property set on it, by path ("cellValue.rule", "cellValue.format.fill.color"). */
  props: Record<string, unknown>;
}

export interface FakeValidationRecord {
  address: string;
  props: Record<string, unknown>;
}

export interface FakePageSetup {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Rows repeated on each printed page, as a range of whole rows. */
  titleRows: CellRange | null;
}

export interface FakeChartRecord {
  id: string;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  /** Every property set and method called on it, by path ("title.text", "setPosition()"). */
  props: Record<string, unknown>;
}

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  readonly merges: CellRange[] = [];
  readonly conditionalFormats: FakeConditionalFormatRecord[] = [];
  readonly validations: FakeValidationRecord[] = [];
  /** Formats of the cells that have other than Excel's default (./cellFormat), by `FakeSheet.key`. */
  readonly cellFormats = new Map<number, FakeCellFormat>();
  /** Column widths in points, of the columns whose width was set. */
  readonly columnWidths = new Map<number, number>();
  /** Frozen rows and columns at the top left, or null. */
  frozen: { rows: number; columns: number } | null = null;
  readonly page: FakePageSetup = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    titleRows: null,
  };
  readonly charts: FakeChartRecord[] = [];
  /**
   * The fake has no calculation engine: a formula written to a cell gets back the result that cell last
   * had with the same formula text, and reads as not calculated (empty) otherwise.
   */
  readonly formulaResults = new Map<string, CellValue>();
  /** Formula cells written while API calculation was suspended and not recalculated since, by `FakeSheet.key`. */
  readonly dirty = new Set<number>();

  constructor(public name: string) {}

  static key(row: number, col: number): number {
    return row * MAX_COLUMNS + col;
  }

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  set(row: number, col: number, cell: FakeCell): void {
    const key = FakeSheet.key(row, col);
    if (cell.value === null && cell.formula === null && cell.numberFormat === null) this.cells.delete(key);
    else this.cells.set(key, cell);
    if (cell.formula !== null && cell.value !== null)
      this.formulaResults.set(`${key}|${cell.formula}`, cell.value);
  }

  /** The cached result a formula had in this cell, or `null` (not calculated). */
  resultOf(row: number, col: number, formula: string): CellValue {
    return this.formulaResults.get(`${FakeSheet.key(row, col)}|${formula}`) ?? null;
  }

  /** Like Excel's used range: the bounding box of cells with a value, a formula or a number format. */
  usedRange(): CellRange | null {
    if (this.cells.size === 0) return null;
    let top = MAX_ROWS;
    let left = MAX_COLUMNS;
    let bottom = -1;
    let right = -1;
    for (const key of this.cells.keys()) {
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
  }
}

/** A defined name: `scope` is the sheet it belongs to, or null for the workbook. */
export interface FakeName {
  name: string;
  reference: string;
  scope: string | null;
}

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  /** Custom XML parts (./customXml.ts), kept with the workbook like its sheets. */
  readonly customXmlParts: FakeCustomXmlPart[] = [];
  activeSheet: string | null = null;
  /** Set by `application.suspendApiCalculationUntilNextSync()` for the rest of that sync. */
  calculationSuspended = false;
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;

  sheet(name: string): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.activeSheet ??= name;
    return sheet;
  }

  deleteSheet(name: string): void {
    const index = this.sheets.findIndex((sheet) => sheet.name === name);
    if (index >= 0) this.sheets.splice(index, 1);
    // Sheet-scoped names go with their sheet; workbook-scoped ones stay (./names.ts).
    const kept = this.names.filter((n) => n.scope !== name);
    this.names.splice(0, this.names.length, ...kept);
    if (this.activeSheet === name) this.activeSheet = this.sheets[0]?.name ?? null;
  }

  /** `application.calculate(...)`: the formulas written while calculation was suspended get their results. */
  recalculate(): void {
    for (const sheet of this.sheets) {
      for (const key of sheet.dirty) {
        const cell = sheet.cells.get(key);
        const row = Math.floor(key / MAX_COLUMNS);
        const col = key % MAX_COLUMNS;
        if (cell?.formula) sheet.set(row, col, { ...cell, value: sheet.resultOf(row, col, cell.formula) });
      }
      sheet.dirty.clear();
    }
  }

  newId(): string {
    return `{fake-${this.nextId++}}`;
  }
}

/** "A1:B2", "E5", "B:B" (whole columns), "1:4" (whole rows) or the whole sheet when omitted. */
export function parseFakeAddress(address: string | undefined): CellRange | null {
  if (address === undefined) return { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLUMNS };
  const plain = address.replace(/\$/g, "");
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(plain);
  if (columns) {
    const first = parseA1(`${columns[1]}1`);
    const last = parseA1(`${columns[2]}1`);
    if (!first || !last) return null;
    return { row: 0, col: first.col, rowCount: MAX_ROWS, colCount: last.col - first.col + 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows)
    return {
      row: Number(rows[1]) - 1,
      col: 0,
      rowCount: Number(rows[2]) - Number(rows[1]) + 1,
      colCount: MAX_COLUMNS,
    };
  return parseRangeA1(plain);
}

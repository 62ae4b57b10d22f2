/**
 * What the .xlsx adapter agrees to load. Checked on the raw file before anything parses it, so that a
 * hostile or absurd file is refused with a typed error instead of exhausting memory. The fast reader
 * holds a cell in a few dozen bytes, so 5,000,000 cells (Excel on the web's limit) are checked; ExcelJS,
 * the last-resort reader, holds one in roughly 200–400 bytes and stops at 2,000,000 cells, merged areas
 * counted (a merge makes ExcelJS create every cell it covers).
 */
export interface XlsxLimits {
  /** Size of the .xlsx file itself. */
  maxFileBytes: number;
  /** Sum of the inflated sizes of all parts of the zip (the zip-bomb bound). */
  maxUncompressedBytes: number;
  /** Cells over all sheets, by the sheets' dimension claims and by the cells actually present. */
  maxCells: number;
  /** The inflated shared-strings part. */
  maxSharedStringsBytes: number;
  /** Cells, and cells covered by merges, that ExcelJS is given to load. */
  maxExcelJsCells: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxCells: 5_000_000,
  maxSharedStringsBytes: 64 * 1024 * 1024,
  maxExcelJsCells: 2_000_000,
};

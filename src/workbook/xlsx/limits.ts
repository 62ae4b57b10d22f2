/**
 * What the .xlsx adapter agrees to load. Checked on the raw file before ExcelJS sees it, so that a
 * hostile or absurd file is refused with a typed error instead of exhausting memory. ExcelJS holds a
 * loaded cell in roughly 200–400 bytes, so 2,000,000 cells stay below ~1 GB; KPI workbooks are far
 * smaller (10,000 indicators × 4 rows × 9 columns = 360,000 cells).
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
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxCells: 2_000_000,
  maxSharedStringsBytes: 64 * 1024 * 1024,
};

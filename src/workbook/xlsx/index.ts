export { XlsxWorkbook } from "./xlsxWorkbook";
export { loadXlsxFile, saveXlsxFile } from "./files";
export { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
export { STORE_SHEET } from "./store";

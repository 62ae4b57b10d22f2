export { OfficeWorkbook, UNDO_SETTING, SETTINGS_SETTING, type OfficeWorkbookOptions } from "./officeWorkbook";
export { DEFAULT_BUDGET, EXCEL_WEB_LIMITS, type ChunkBudget } from "./chunking";
export type { ExcelRunner, RequirementCheck, SettingsStore, XContext } from "./excelApi";
export type { FunctionNaming } from "./functionNames";

/**
 * The slice of the Excel JavaScript API the adapter uses, as structural interfaces. The real
 * `Excel.RequestContext` satisfies them (checked at compile time in ./environment.ts) and so does our
 * fake object model (src/workbook/fakeExcel), which is how the adapter runs in tests and in the preview.
 */

export interface XLoadable {
  load(propertyNames: string): unknown;
  readonly isNullObject: boolean;
}

export interface XFont {
  color: string;
  bold: boolean;
}

export interface XFormatTarget {
  fill: { color: string };
  font: XFont;
}

export type XBorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface XRangeFormat extends XFormatTarget {
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  columnWidth: number;
  borders: { getItem(index: XBorderIndex): { style: string } };
}

export interface XConditionalFormat {
  readonly id: string;
  load(propertyNames: string): unknown;
  textComparison: { format: XFormatTarget; rule: { operator: string; text: string } };
  cellValue: { format: XFormatTarget; rule: { operator: string; formula1: string; formula2?: string } };
}

export interface XDataValidation {
  rule: { list?: { inCellDropDown: boolean; source: unknown }; custom?: { formula: string } };
  prompt: { title: string; message: string; showPrompt: boolean };
  errorAlert: { title: string; message: string; showAlert: boolean; style: string };
  clear(): void;
}

export interface XRangeAreas extends XLoadable {
  /** Comma-separated sheet-qualified addresses ("Sheet1!A1:B2,Sheet1!D4:E5"). */
  readonly address: string;
}

export interface XRange extends XLoadable {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  readonly format: XRangeFormat;
  readonly conditionalFormats: {
    add(type: "ContainsText" | "CellValue"): XConditionalFormat;
    getItem(id: string): { delete(): void };
  };
  readonly dataValidation: XDataValidation;
  getMergedAreasOrNullObject(): XRangeAreas;
  merge(across?: boolean): void;
  select(): void;
  untrack(): unknown;
}

export interface XWorksheet extends XLoadable {
  readonly name: string;
  /** The whole sheet when `address` is omitted. */
  getRange(address?: string): XRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  activate(): void;
  delete(): void;
  readonly freezePanes: {
    freezeAt(frozenRange: string): void;
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
  };
  readonly pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number };
    setPrintTitleRows(rows: string): void;
  };
}

export interface XWorkbook {
  readonly worksheets: {
    readonly items: XWorksheet[];
    load(propertyNames: string): unknown;
    getItem(name: string): XWorksheet;
    getItemOrNullObject(name: string): XWorksheet;
    getActiveWorksheet(): XWorksheet;
    add(name?: string): XWorksheet;
  };
  readonly names: { add(name: string, reference: string): unknown };
  readonly application: { suspendApiCalculationUntilNextSync(): void };
}

export interface XContext {
  readonly workbook: XWorkbook;
  sync(): Promise<unknown>;
}

/** `Excel.run`, or the fake's `run`: executes a batch function with a fresh request context. */
export type ExcelRunner = <T>(batch: (context: XContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, injectable for tests and the preview. */
export type RequirementCheck = (setName: string, minVersion: string) => boolean;

/** `Office.context.document.settings` as a promise: key/value pairs saved inside the workbook file. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Writes the pending settings into the document (`saveAsync`). */
  save(): Promise<void>;
}

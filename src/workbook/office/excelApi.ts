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
  /** `clear()` resets the background to No Fill (RangeFill, ExcelApi 1.1). */
  fill: { color: string; clear(): void };
  load(propertyNames: string): unknown;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  columnWidth: number;
  borders: { getItem(index: XBorderIndex): { style: string } };
}

/** One edge of one cell in `getCellProperties` / `setCellProperties` (ExcelApi 1.9). */
export interface XCellBorder {
  style?: string;
  color?: string;
  weight?: string;
}

/** The per-cell formats the adapter reads before writing styles, and writes back on undo. */
export interface XCellFormat {
  fill?: { color?: string };
  font?: { bold?: boolean; color?: string };
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: { top?: XCellBorder; bottom?: XCellBorder; left?: XCellBorder; right?: XCellBorder };
}

export interface XCellProperties {
  format?: XCellFormat;
}

/** Which cell properties to load; `borders` selects the fields of every edge at once. */
export interface XCellPropertiesLoad {
  format?: {
    fill?: { color?: boolean };
    font?: { bold?: boolean; color?: boolean };
    wrapText?: boolean;
    horizontalAlignment?: boolean;
    verticalAlignment?: boolean;
    borders?: { style?: boolean; color?: boolean; weight?: boolean };
  };
}

export interface XConditionalFormat extends XLoadable {
  /** The priority within its collection (renumbered by every add or delete), not a stable key. */
  readonly id: string;
  /** "ContainsText", "CellValue"… */
  readonly type: string;
  /** ExcelApi 1.6. */
  getRangeOrNullObject(): XRange;
  delete(): void;
  textComparison: { format: XFormatTarget; rule: { operator: string; text: string } };
  cellValue: { format: XFormatTarget; rule: { operator: string; formula1: string; formula2?: string } };
}

export interface XDataValidation {
  load(propertyNames: string): unknown;
  /** "None", "List", "Custom", "WholeNumber"…, "Inconsistent" or "MixedCriteria" (read only). */
  readonly type: string;
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
  /** Formulas in the user's language (ExcelApi 1.1): write-only here. */
  formulasLocal: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  readonly format: XRangeFormat;
  readonly conditionalFormats: {
    add(type: "ContainsText" | "CellValue"): XConditionalFormat;
    getItem(id: string): XConditionalFormat;
    /** ExcelApi 1.14. */
    getItemOrNullObject(id: string): XConditionalFormat;
    /** ExcelApi 1.6; `value` after the sync. */
    getCount(): { readonly value: number };
    load(propertyNames: "items/id,items/type"): unknown;
    readonly items: XConditionalFormat[];
  };
  readonly dataValidation: XDataValidation;
  getMergedAreasOrNullObject(): XRangeAreas;
  getCellProperties(load: XCellPropertiesLoad): { readonly value: XCellProperties[][] };
  setCellProperties(properties: XCellProperties[][]): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  untrack(): unknown;
}

/** A chart (ExcelApi 1.1; `id` 1.7). */
export interface XChart extends XLoadable {
  name: string;
  readonly title: { text: string };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface XChartCollection {
  /** `type`: "BarClustered", "ColumnClustered", "Pie"…; `seriesBy`: "Auto", "Columns" or "Rows". */
  add(type: string, sourceData: XRange, seriesBy?: string): XChart;
  getItem(name: string): XChart;
  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): XChart;
}

export interface XNamedItem extends XLoadable {
  readonly name: string;
  delete(): void;
}

/** `workbook.names` (ExcelApi 1.4 for add) or `worksheet.names` (sheet scope, ExcelApi 1.4). */
export interface XNamedItemCollection {
  add(name: string, reference: string): unknown;
  getItemOrNullObject(name: string): XNamedItem;
}

export interface XWorksheet extends XLoadable {
  readonly names: XNamedItemCollection;
  readonly name: string;
  /** The whole sheet when `address` is omitted. */
  getRange(address?: string): XRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  activate(): void;
  delete(): void;
  readonly charts: XChartCollection;
  readonly freezePanes: {
    freezeAt(frozenRange: string): void;
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
    /** The frozen cells (ExcelApi 1.7), a null object when nothing is frozen. */
    getLocationOrNullObject(): XRange;
    unfreeze(): void;
  };
  readonly pageLayout: {
    load(propertyNames: string): unknown;
    orientation: string;
    paperSize: string;
    zoom: XPageZoom;
    setPrintTitleRows(rows: string): void;
    getPrintTitleRowsOrNullObject(): XRange;
  };
}

export interface XPageZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

/** A custom XML part (ExcelApi 1.5). `getXml`'s result has its value only after `context.sync()`. */
export interface XCustomXmlPart {
  getXml(): { readonly value: string };
  setXml(xml: string): void;
  delete(): void;
}

/** The parts whose root element is in one namespace (`getByNamespace`). */
export interface XCustomXmlPartScopedCollection {
  readonly items: XCustomXmlPart[];
  load(propertyNames: string): unknown;
}

export interface XCustomXmlPartCollection {
  add(xml: string): XCustomXmlPart;
  getByNamespace(namespaceUri: string): XCustomXmlPartScopedCollection;
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
  readonly names: XNamedItemCollection;
  /** ExcelApi 1.5. */
  readonly customXmlParts: XCustomXmlPartCollection;
  /** The user's selection (ExcelApi 1.1); its `address` is qualified with the sheet (`Sheet1!A1:B2`). */
  getSelectedRange(): XRange;
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    /** ExcelApi 1.1; "Recalculate" recalculates what is dirty. */
    calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void;
  };
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

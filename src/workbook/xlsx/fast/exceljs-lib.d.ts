// The few small modules of ExcelJS's reader that the fast reader reuses (ExcelJS ships no types for them).
declare module "exceljs/lib/utils/shared-formula.js" {
  const sharedFormula: { slideFormula(formula: string, fromCell: string, toCell: string): string };
  export default sharedFormula;
}

declare module "exceljs/lib/utils/utils.js" {
  const utils: {
    isDateFmt(format: string | undefined): boolean;
    /** Coerces what it is given as JavaScript does: a formula's text or error result makes an Invalid Date. */
    excelToDate(value: number | string | boolean | object, date1904?: boolean): Date;
    xmlDecode(text: string): string;
  };
  export default utils;
}

declare module "exceljs/lib/xlsx/defaultnumformats.js" {
  const formats: Record<number, { f?: string } | undefined>;
  export default formats;
}

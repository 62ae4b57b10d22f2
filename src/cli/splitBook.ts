/**
 * One part of a split master as a new workbook (ExcelJS writes new files only): the master's package loaded
 * again, every other sheet removed, and on the table's sheet the kept rows (header, this part's blocks,
 * rows below the table) moved up in order — values, styles and row heights copied, formulas moved with
 * their rows (relative references shifted as Excel moves them) — and the rest removed. Merged cells, data
 * validations and conditional formats follow their rows (core's `partRows` and `moveRange`); those of
 * dropped rows go with them. A veryHidden sheet records where each block came from (sheet, rows, indicator id).
 */
import ExcelJS from "exceljs";
import { moveRange, partRows, type SplitPart, type SplitPlan } from "../core";
import { parseRangeA1, rangeToA1 } from "../core/grid";
import { internals } from "../workbook/xlsx/formatting";
import { shiftFormula } from "../workbook/xlsx/surgical/a1Shift";

/** The veryHidden sheet of a split part: sheet, source rows (1-based), indicator. */
export const SPLIT_RECORD_SHEET = "_kpi_split";

function copyRow(sheet: ExcelJS.Worksheet, from: number, to: number): void {
  const source = sheet.getRow(from);
  const target = sheet.getRow(to);
  target.height = source.height;
  for (let c = 1; c <= sheet.columnCount; c++) {
    const cell = source.getCell(c);
    const out = target.getCell(c);
    const formula = cell.formula;
    out.value =
      typeof formula === "string" && formula !== ""
        ? { formula: shiftFormula(formula, to - from, 0), result: cell.result }
        : cell.value;
    out.style = { ...cell.style };
  }
}

/** Every A1 range of a space-separated list (`E4:L9 N4`) moved; the pieces' addresses and their shifts. */
function movedAddresses(ref: string, rows: ReadonlyMap<number, number>) {
  return ref.split(/\s+/).flatMap((address) => {
    const range = parseRangeA1(address);
    if (range === null) return [];
    return moveRange(range, rows).map((piece) => ({
      address: rangeToA1(piece.range),
      // A relative reference in a rule reads from the range's first cell: it moves with the piece.
      shift: piece.range.row - range.row,
    }));
  });
}

function shiftRule(
  rule: ExcelJS.ConditionalFormattingRule,
  shift: number,
): ExcelJS.ConditionalFormattingRule {
  const formulae = (rule as { formulae?: unknown[] }).formulae;
  if (formulae === undefined || shift === 0) return rule;
  const moved = formulae.map((f) => (typeof f === "string" ? shiftFormula(f, shift, 0) : f));
  return { ...rule, formulae: moved } as ExcelJS.ConditionalFormattingRule;
}

/** Merges, validations and conditional formats taken off the sheet before its rows move. */
function takeRanges(sheet: ExcelJS.Worksheet) {
  const merges = [...sheet.model.merges];
  for (const merge of merges) sheet.unMergeCells(merge);
  const sheetInternals = internals(sheet);
  const validations = Object.entries(sheetInternals.dataValidations.model);
  sheetInternals.dataValidations.model = {};
  const formats = sheetInternals.conditionalFormattings;
  sheetInternals.conditionalFormattings = [];
  return { merges, validations, formats };
}

function putRanges(
  sheet: ExcelJS.Worksheet,
  ranges: ReturnType<typeof takeRanges>,
  rows: ReadonlyMap<number, number>,
): void {
  for (const merge of ranges.merges)
    for (const { address } of movedAddresses(merge, rows))
      if (address.includes(":")) sheet.mergeCells(address);
  const sheetInternals = internals(sheet);
  for (const [key, validation] of ranges.validations)
    if (validation !== undefined)
      for (const { address } of movedAddresses(key, rows))
        sheetInternals.dataValidations.add(address, validation);
  for (const format of ranges.formats)
    for (const { address, shift } of movedAddresses(format.ref, rows))
      sheet.addConditionalFormatting({ ref: address, rules: format.rules.map((r) => shiftRule(r, shift)) });
}

/** The part's workbook as bytes. */
export async function splitWorkbook(
  master: Uint8Array,
  plan: SplitPlan,
  part: SplitPart,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  // ExcelJS declares its own `Buffer` (an ArrayBuffer); at runtime it takes a Node Buffer.
  await book.xlsx.load(
    Buffer.from(master.buffer, master.byteOffset, master.byteLength) as unknown as ArrayBuffer,
  );
  for (const other of book.worksheets.filter((w) => w.name !== plan.sheet)) book.removeWorksheet(other.id);
  const sheet = book.getWorksheet(plan.sheet);
  if (sheet === undefined) throw new Error(`sheet ${plan.sheet}`);
  const lastRow = sheet.rowCount;
  const rows = partRows(plan, part, lastRow - 1);
  const ranges = takeRanges(sheet);
  for (const [from, to] of rows) if (from !== to) copyRow(sheet, from + 1, to + 1);
  // One row at a time from the bottom: ExcelJS's spliceRows(start, count) leaves rows when they reach the end.
  for (let r = lastRow; r > rows.size; r--) sheet.spliceRows(r, 1);
  putRanges(sheet, ranges, rows);
  const record = book.addWorksheet(SPLIT_RECORD_SHEET, { state: "veryHidden" });
  record.addRow(["sheet", "rows", "indicator"]);
  for (const block of part.blocks)
    record.addRow([plan.sheet, `${block.first + 1}:${block.last + 1}`, block.indicator]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

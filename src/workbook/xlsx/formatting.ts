/** Styles, conditional formats, data validation and layouts on an ExcelJS workbook, and their removal on undo. */
import type ExcelJS from "exceljs";
import { parseRangeA1, toA1 } from "../../core/grid";
import { WorkbookError } from "../errors";
import { sheetReference, textLiteral } from "../references";
import { restyle } from "./cells";
import type { ConditionalFormatRule, DataValidationRule, RangeStyle, SheetLayout, UndoToken } from "../port";

type Added = UndoToken["added"][number];

/** Members ExcelJS 4.4 worksheets have at runtime but its type declarations omit. */
interface WorksheetInternals {
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, rule: ExcelJS.DataValidation): void;
  };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

export function internals(sheet: ExcelJS.Worksheet): WorksheetInternals {
  return sheet as unknown as WorksheetInternals;
}

function argb(color: string): { argb: string } {
  return { argb: `FF${color.replace(/^#/, "").toUpperCase()}` };
}

function cellsOf(sheet: ExcelJS.Worksheet, address: string): ExcelJS.Cell[] {
  const range = parseRangeA1(address);
  if (!range) throw new WorkbookError("workbook.badAddress", { address });
  const cells: ExcelJS.Cell[] = [];
  for (let r = 0; r < range.rowCount; r++) {
    for (let c = 0; c < range.colCount; c++) cells.push(sheet.getCell(range.row + r + 1, range.col + c + 1));
  }
  return cells;
}

function addressesOf(address: string): string[] {
  const range = parseRangeA1(address);
  if (!range) return [];
  const addresses: string[] = [];
  for (let r = 0; r < range.rowCount; r++)
    for (let c = 0; c < range.colCount; c++) addresses.push(toA1(range.row + r, range.col + c));
  return addresses;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };

export function applyStyle(sheet: ExcelJS.Worksheet, style: RangeStyle): void {
  for (const cell of cellsOf(sheet, style.address)) {
    const patch: Partial<ExcelJS.Style> = {};
    if (style.fill) patch.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
    if (style.fontColor !== undefined || style.bold !== undefined) {
      patch.font = {
        ...cell.font,
        ...(style.fontColor ? { color: argb(style.fontColor) } : {}),
        ...(style.bold !== undefined ? { bold: style.bold } : {}),
      };
    }
    if (style.wrap !== undefined || style.horizontalAlignment || style.verticalAlignment) {
      patch.alignment = {
        ...cell.alignment,
        ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
        ...(style.horizontalAlignment ? { horizontal: style.horizontalAlignment } : {}),
        ...(style.verticalAlignment
          ? { vertical: style.verticalAlignment === "center" ? "middle" : style.verticalAlignment }
          : {}),
      };
    }
    if (style.borders === "thin-all") patch.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    if (style.borders === "none") patch.border = {};
    restyle(cell, patch);
  }
}

const CELL_IS_OPERATORS = {
  greaterThanOrEqual: "greaterThanOrEqual",
  lessThan: "lessThan",
  between: "between",
  equal: "equal",
} as const;

export function addConditionalFormat(
  sheet: ExcelJS.Worksheet,
  rule: ConditionalFormatRule,
  added: Added[],
): void {
  const topLeft = rule.address.split(":")[0];
  const style: Partial<ExcelJS.Style> = {
    fill: { type: "pattern", pattern: "solid", bgColor: argb(rule.fill) },
    ...(rule.fontColor || rule.bold !== undefined
      ? {
          font: {
            ...(rule.fontColor ? { color: argb(rule.fontColor) } : {}),
            ...(rule.bold !== undefined ? { bold: rule.bold } : {}),
          },
        }
      : {}),
  };
  const text = rule.text ?? "";
  let cfRule: ExcelJS.ConditionalFormattingRule;
  if (rule.kind === "textBeginsWith") {
    cfRule = {
      type: "containsText",
      operator: "beginsWith",
      text,
      formulae: [`LEFT(${topLeft},LEN(${textLiteral(text)}))=${textLiteral(text)}`],
      priority: 1,
      style,
    } as unknown as ExcelJS.ConditionalFormattingRule; // ExcelJS's types omit the beginsWith operator its writer supports.
  } else {
    const formulae =
      rule.kind === "textEquals"
        ? [textLiteral(text)]
        : [rule.formula1 ?? "", ...(rule.formula2 ? [rule.formula2] : [])];
    const operator = rule.kind === "textEquals" ? "equal" : CELL_IS_OPERATORS[rule.operator ?? "equal"];
    // ExcelJS's types list fewer cellIs operators than the file format (and its writer) allow.
    cfRule = {
      type: "cellIs",
      operator,
      formulae,
      priority: 1,
      style,
    } as unknown as ExcelJS.ConditionalFormattingRule;
  }
  sheet.addConditionalFormatting({ ref: rule.address, rules: [cfRule] });
  added.push({ sheet: sheet.name, kind: "conditionalFormat", ref: rule.address });
}

export function addValidation(sheet: ExcelJS.Worksheet, rule: DataValidationRule, added: Added[]): void {
  removeValidation(sheet, rule.address);
  internals(sheet).dataValidations.add(rule.address, {
    type: rule.kind === "list" ? "list" : "custom",
    allowBlank: true,
    formulae: [
      rule.kind === "list"
        ? textLiteral((rule.list ?? []).join(","))
        : (rule.formula ?? "").replace(/^=/, ""),
    ],
    showInputMessage: rule.inputMessage !== undefined,
    promptTitle: rule.inputTitle,
    prompt: rule.inputMessage,
    showErrorMessage: rule.errorMessage !== undefined,
    errorStyle: rule.errorStyle ?? "stop",
    error: rule.errorMessage,
  });
  added.push({ sheet: sheet.name, kind: "validation", ref: rule.address });
}

/** A validation is keyed by its range when added and by cell once the file is read back: remove both. */
function removeValidation(sheet: ExcelJS.Worksheet, address: string): void {
  const model = internals(sheet).dataValidations.model;
  for (const key of [address, ...addressesOf(address)]) delete model[key];
}

export function removeAdded(sheet: ExcelJS.Worksheet, item: Added): void {
  if (item.kind === "validation") removeValidation(sheet, item.ref);
  if (item.kind === "conditionalFormat") {
    const formats = internals(sheet).conditionalFormattings;
    const index = formats.map((cf) => cf.ref).lastIndexOf(item.ref);
    if (index >= 0) formats.splice(index, 1);
  }
}

export function applyLayout(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const { column, width } of layout.columnWidths ?? []) sheet.getColumn(column).width = width;
  if (layout.freeze) {
    const { rows, columns } = layout.freeze;
    sheet.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: toA1(rows, columns) }];
  }
  for (const address of layout.merges ?? []) sheet.mergeCells(address);
  if (layout.print) {
    const { orientation, fitToWidth, titleRows } = layout.print;
    sheet.pageSetup.orientation = orientation;
    sheet.pageSetup.paperSize = 9; // A4 in the OOXML paper-size table
    if (fitToWidth) Object.assign(sheet.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    if (titleRows) sheet.pageSetup.printTitlesRow = titleRows.replace(/\$/g, "");
  }
  for (const { name, address } of layout.names ?? []) {
    workbook.definedNames.add(sheetReference(sheet.name, address), name);
  }
}

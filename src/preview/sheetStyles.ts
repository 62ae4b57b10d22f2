/**
 * The formatting the add-in writes, as the preview's sheet shows it: the cells' fills, fonts and borders in
 * the fake object model, and conditional formats evaluated on the cell's text (the two kinds the
 * add-in uses: text begins with, and cell value equal to a quoted text).
 */
import { parseRangeA1, type CellRange } from "../core/grid";
import { FakeSheet } from "../workbook/fakeExcel";

export interface CellLook {
  fill?: string;
  color?: string;
  bold?: boolean;
  border?: boolean;
}

const inside = (area: CellRange, row: number, col: number) =>
  row >= area.row && row < area.row + area.rowCount && col >= area.col && col < area.col + area.colCount;

/** The fill, font and borders a cell's own format gives it, where they differ from Excel's default. */
function formatLook(sheet: FakeSheet, row: number, col: number): CellLook {
  const format = sheet.cellFormats.get(FakeSheet.key(row, col));
  if (!format) return {};
  const look: CellLook = {};
  if (format.fill.color !== null) look.fill = format.fill.color;
  if (format.font.color !== "#000000") look.color = format.font.color;
  if (format.font.bold) look.bold = true;
  if (Object.values(format.borders).some((edge) => edge.style !== "None")) look.border = true;
  return look;
}

function conditionalLook(sheet: FakeSheet, row: number, col: number, text: string): CellLook {
  for (const cf of sheet.conditionalFormats) {
    const area = parseRangeA1(cf.address);
    if (!area || !inside(area, row, col)) continue;
    const prefix = cf.type === "ContainsText" ? "textComparison" : "cellValue";
    const rule = cf.props[`${prefix}.rule`] as
      { operator?: string; text?: string; formula1?: string } | undefined;
    if (!rule) continue;
    const matches =
      prefix === "textComparison"
        ? rule.operator === "BeginsWith" && text.startsWith(rule.text ?? "")
        : rule.operator === "EqualTo" && `="${text.replace(/"/g, '""')}"` === rule.formula1;
    if (!matches) continue;
    return {
      fill: cf.props[`${prefix}.format.fill.color`] as string | undefined,
      color: cf.props[`${prefix}.format.font.color`] as string | undefined,
      bold: cf.props[`${prefix}.format.font.bold`] === true,
    };
  }
  return {};
}

export function cellLook(sheet: FakeSheet, row: number, col: number, text: string): CellLook {
  const look = formatLook(sheet, row, col);
  const conditional = conditionalLook(sheet, row, col, text);
  for (const [key, value] of Object.entries(conditional))
    if (value !== undefined) Object.assign(look, { [key]: value });
  return look;
}

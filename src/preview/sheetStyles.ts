/**
 * The formatting the add-in writes, as the preview's sheet shows it: range fills, fonts and borders set
 * through the fake object model, and conditional formats evaluated on the cell's text (the two kinds the
 * add-in uses: text begins with, and cell value equal to a quoted text).
 */
import { parseRangeA1, type CellRange } from "../core/grid";
import type { FakeSheet } from "../workbook/fakeExcel";

export interface CellLook {
  fill?: string;
  color?: string;
  bold?: boolean;
  border?: boolean;
}

interface RangeLook {
  area: CellRange;
  look: CellLook;
}

const inside = (area: CellRange, row: number, col: number) =>
  row >= area.row && row < area.row + area.rowCount && col >= area.col && col < area.col + area.colCount;

/** Fills, fonts and borders set on ranges, in the order they were set. */
export function rangeLooks(sheet: FakeSheet): RangeLook[] {
  const looks: RangeLook[] = [];
  for (const [key, value] of sheet.formats) {
    const [address, path] = key.split("|");
    const area = parseRangeA1(address);
    if (!area) continue;
    const look: CellLook = {};
    if (path === "format.fill.color") look.fill = String(value);
    else if (path === "format.font.color") look.color = String(value);
    else if (path === "format.font.bold") look.bold = value === true;
    else if (path.startsWith("format.borders[") && path.endsWith(".style")) look.border = value !== "None";
    else continue;
    looks.push({ area, look });
  }
  return looks;
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

export function cellLook(
  sheet: FakeSheet,
  looks: RangeLook[],
  row: number,
  col: number,
  text: string,
): CellLook {
  const look: CellLook = {};
  for (const l of looks) if (inside(l.area, row, col)) Object.assign(look, l.look);
  const conditional = conditionalLook(sheet, row, col, text);
  for (const [key, value] of Object.entries(conditional))
    if (value !== undefined) Object.assign(look, { [key]: value });
  return look;
}

/**
 * A sheet being drafted as data: cells, styles, rules and layout collected in the order a template writes
 * them, then handed out as one `ChangeSet` for a new sheet. Coordinates are 0-based (row, col).
 */
import { columnName, rangeToA1, toA1, type CellValue } from "../grid";
import type {
  CellChange,
  ChangeSet,
  ConditionalFormatRule,
  DataValidationRule,
  RangeStyle,
  SheetLayout,
} from "../changes";

type Style = Omit<RangeStyle, "sheet" | "address">;
type Layout = Omit<SheetLayout, "sheet">;

/** A rectangle given by its first and last cell (inclusive). */
export function area(row: number, col: number, lastRow = row, lastCol = col): string {
  return rangeToA1({ row, col, rowCount: lastRow - row + 1, colCount: lastCol - col + 1 });
}

/** An absolute reference (`$F$12`, `$F$12:$H$40`) for formulas that are copied or named. */
export function absolute(address: string): string {
  return address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

export class SheetDraft {
  private readonly cells: CellChange[] = [];
  private readonly styles: RangeStyle[] = [];
  private readonly conditionalFormats: ConditionalFormatRule[] = [];
  private readonly validations: DataValidationRule[] = [];
  private readonly merges: string[] = [];
  private readonly names: { name: string; address: string }[] = [];
  private readonly widths = new Map<number, number>();

  constructor(readonly sheet: string) {}

  /** Writes a constant; returns its address. */
  value(row: number, col: number, value: CellValue, numberFormat?: string): string {
    const address = toA1(row, col);
    this.cells.push(
      numberFormat === undefined
        ? { sheet: this.sheet, address, value }
        : { sheet: this.sheet, address, value, numberFormat },
    );
    return address;
  }

  /** Writes a formula (given without the leading `=`); returns its address. */
  formula(row: number, col: number, formula: string, numberFormat?: string): string {
    const address = toA1(row, col);
    const change: CellChange = { sheet: this.sheet, address, formula: `=${formula}` };
    this.cells.push(numberFormat === undefined ? change : { ...change, numberFormat });
    return address;
  }

  /** A number format on an input cell that stays empty. */
  format(row: number, col: number, numberFormat: string): string {
    const address = toA1(row, col);
    this.cells.push({ sheet: this.sheet, address, numberFormat });
    return address;
  }

  style(address: string, style: Style): void {
    this.styles.push({ sheet: this.sheet, address, ...style });
  }

  merge(row: number, col: number, lastRow: number, lastCol: number): void {
    if (lastRow > row || lastCol > col) this.merges.push(area(row, col, lastRow, lastCol));
  }

  conditionalFormat(rule: Omit<ConditionalFormatRule, "sheet">): void {
    this.conditionalFormats.push({ sheet: this.sheet, ...rule });
  }

  validation(rule: Omit<DataValidationRule, "sheet">): void {
    this.validations.push({ sheet: this.sheet, ...rule });
  }

  name(name: string, address: string): void {
    this.names.push({ name, address: absolute(address) });
  }

  width(col: number, width: number): void {
    this.widths.set(col, width);
  }

  /** The whole draft as one change set that creates the sheet. */
  toChangeSet(label: string, layout: Omit<Layout, "columnWidths" | "merges" | "names">): ChangeSet {
    const columnWidths = [...this.widths.entries()]
      .sort(([a], [b]) => a - b)
      .map(([col, width]) => ({ column: columnName(col), width }));
    return {
      label,
      newSheets: [this.sheet],
      cells: this.cells,
      styles: this.styles,
      conditionalFormats: this.conditionalFormats,
      validations: this.validations,
      layouts: [{ sheet: this.sheet, columnWidths, merges: this.merges, names: this.names, ...layout }],
    };
  }
}

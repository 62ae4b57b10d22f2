/**
 * The source cells detection makes: one per value cell of every table (about 2.5 million on a 5 M-cell
 * sheet), so each is kept small: the address is written out when asked for, not stored (an A1 string per
 * cell was a quarter of a model's memory). It serialises (JSON, the task pane's worker) as a plain
 * `SourceCell`, address included.
 */
import { toA1, type CellValue } from "../grid";
import type { SourceCell } from "./model";

export class GridCell implements SourceCell {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly raw: CellValue,
    readonly formula: string | null,
    readonly numberFormat: string | null,
  ) {}

  get address(): string {
    return toA1(this.row, this.col);
  }

  toJSON(): SourceCell {
    const { address, row, col, raw, formula, numberFormat } = this;
    return { address, row, col, raw, formula, numberFormat };
  }
}

/** The same cell holding another value (a revision row's figure inside its parentheses). */
export function withRaw(cell: SourceCell, raw: CellValue): SourceCell {
  return new GridCell(cell.row, cell.col, raw, cell.formula, cell.numberFormat);
}

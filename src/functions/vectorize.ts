/**
 * Range vectorisation, the one place where it lives: a per-cell implementation is applied to every cell
 * position of its arguments in one call, so `=KPI.RATE(D5:F500, D4:F500)` spills one result per cell.
 *
 * Shapes follow Excel's array broadcasting: the result has as many rows (columns) as the tallest (widest)
 * argument; an argument of one row (column) repeats along that axis, so a scalar broadcasts over a range;
 * a position beyond a shorter argument is `#N/A`. An Excel error in any argument cell comes back unchanged
 * at that position (the first erroneous argument wins), before the implementation is called; the other
 * positions compute (the metadata's `allowErrorForDataTypeAny` lets Excel pass error cells at all). A data
 * type cell with no readable value (an image…) gives `#VALUE!` saying so at its position.
 */
import { dataCell, isExcelError, isUnreadableData, type Arg, type Cell, type CellOutput } from "./cell";
import { failure, passedError, shapeError, toOutput, type Failure, type Outcome } from "./errors";
import type { Lang } from "./language";

interface Shaped {
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly (readonly unknown[])[];
}

/**
 * An argument as a rectangle: a 2-D array as it is, a 1-D array as one row; a scalar, an omitted
 * argument and an empty array are one cell.
 */
function shaped(arg: Arg): Shaped {
  if (!Array.isArray(arg)) return { rows: 1, cols: 1, cells: [[arg]] };
  const cells: readonly (readonly unknown[])[] = arg.length > 0 && Array.isArray(arg[0]) ? arg : [arg];
  if (cells[0].length === 0) return { rows: 1, cols: 1, cells: [[null]] };
  return { rows: cells.length, cols: cells[0].length, cells };
}

/** One {@link Cell} per argument, in argument order. */
export type Cells<A extends readonly Arg[]> = { [K in keyof A]: Cell };

function shapeOf(inputs: readonly Shaped[]): [number, number] {
  let rows = 1;
  let cols = 1;
  for (const input of inputs) {
    rows = Math.max(rows, input.rows);
    cols = Math.max(cols, input.cols);
  }
  return [rows, cols];
}

/** The result shape of broadcasting `args` against each other: `[rows, columns]`. */
export function broadcastShape(args: readonly Arg[]): [number, number] {
  return shapeOf(args.map(shaped));
}

/**
 * Applies `fn` to each cell position of `args` (see the module comment for shapes and errors) and returns
 * the result as rows of cells; failures become typed `CustomFunctions.Error`s with messages in `lang`.
 */
export function vectorize<A extends readonly Arg[]>(
  args: A,
  fn: (...cells: Cells<A>) => Outcome,
  lang: Lang,
): CellOutput[][] {
  const inputs = args.map(shaped);
  const [rows, cols] = shapeOf(inputs);
  const cells: Cell[] = new Array<Cell>(inputs.length);
  const result: CellOutput[][] = new Array<CellOutput[]>(rows);
  for (let r = 0; r < rows; r++) {
    const line: CellOutput[] = new Array<CellOutput>(cols);
    for (let c = 0; c < cols; c++) line[c] = cellResult(inputs, r, c, cells, fn, lang);
    result[r] = line;
  }
  return result;
}

function cellResult<A extends readonly Arg[]>(
  inputs: readonly Shaped[],
  r: number,
  c: number,
  cells: Cell[],
  fn: (...cells: Cells<A>) => Outcome,
  lang: Lang,
): CellOutput {
  for (let i = 0; i < inputs.length; i++) {
    const { rows, cols, cells: source } = inputs[i];
    const row = rows === 1 ? 0 : r;
    const col = cols === 1 ? 0 : c;
    if (row >= rows || col >= cols) return shapeError(lang);
    const line = source[row];
    const value = Array.isArray(line) ? line[col] : undefined;
    if (isExcelError(value)) return passedError(value);
    if (isUnreadableData(value)) return toOutput(failure("functions.data-type"), lang);
    cells[i] = dataCell(value);
  }
  // The tuple type of `cells` follows `args` position by position; TypeScript cannot see that through the loop.
  return toOutput(fn(...(cells as unknown as Cells<A>)), lang);
}

/**
 * All cells of an argument in reading order (row by row), for functions that take a whole range
 * (KPI.SUMMARY, KPI.CUMRATE, the thresholds of KPI.BAND); the first Excel error in it instead, if any, or
 * a failure for a data type cell with no readable value.
 */
export function cellList(arg: Arg): Cell[] | CustomFunctions.Error | Failure {
  const { cells } = shaped(arg);
  const list: Cell[] = [];
  for (const row of cells) {
    for (const value of row) {
      if (isExcelError(value)) return passedError(value);
      if (isUnreadableData(value)) return failure("functions.data-type");
      list.push(dataCell(value));
    }
  }
  return list;
}

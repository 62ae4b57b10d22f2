/**
 * The grid built from cells read row by row (src/workbook/xlsx/cellGrid.ts) is the plain matrix of their
 * bounding box, whatever the cells, gaps and emptied cells; rows it shares (rows of nulls, rows of the same
 * number formats) cannot be written through.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/core/grid";
import { gridFromCells, ReadCells } from "../../src/workbook/xlsx/cellGrid";

interface Cell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  format: string | null;
}

/** The grid as a matrix of every slot of the cells' bounding box (cells with nothing left out). */
function expectedGrid(cells: Cell[]) {
  const kept = cells.filter((c) => c.value !== null || c.formula !== null || c.format !== null);
  if (kept.length === 0) return { origin: { row: 0, col: 0 }, rowCount: 0, colCount: 0, values: [] };
  const top = Math.min(...kept.map((c) => c.row));
  const left = Math.min(...kept.map((c) => c.col));
  const rowCount = Math.max(...kept.map((c) => c.row)) - top + 1;
  const colCount = Math.max(...kept.map((c) => c.col)) - left + 1;
  const matrix = <T>(pick: (c: Cell) => T) => {
    const m = Array.from({ length: rowCount }, () => new Array<T | null>(colCount).fill(null));
    for (const c of kept) m[c.row - top][c.col - left] = pick(c);
    return m;
  };
  return {
    origin: { row: top, col: left },
    rowCount,
    colCount,
    values: matrix((c) => c.value),
    formulas: matrix((c) => c.formula),
    numberFormats: matrix((c) => c.format),
  };
}

const cell = (row: number, col: number) =>
  fc
    .record({
      value: fc.constantFrom<CellValue>(null, null, 1, 0, "集計中", "", true, { error: "#N/A" }),
      formula: fc.constantFrom(null, null, null, "=A1*2"),
      format: fc.constantFrom(null, null, "0.0%", '#,##0"件"'),
    })
    .map((c): Cell => ({ row, col, ...c }));

/** Cells in row order, each row's in column order, at scattered rows and columns. */
const cells = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12 })), {
    selector: ([r, c]) => `${r},${c}`,
    maxLength: 60,
  })
  .chain((at) => fc.tuple(...[...at].sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([r, c]) => cell(r, c))));

function read(list: Cell[]): ReadCells {
  const result = new ReadCells();
  for (const c of list) result.push(c.row, c.col, c.value, c.formula, c.format);
  return result;
}

test("the grid is the matrix of the cells' bounding box", () => {
  fc.assert(
    fc.property(cells, (list) => {
      expect(gridFromCells("評価", read(list), [])).toMatchObject(expectedGrid(list));
    }),
  );
});

test("cells emptied after they were read (merged away) leave the grid as if read empty", () => {
  fc.assert(
    fc.property(
      cells.chain((list) => fc.tuple(fc.constant(list), fc.array(fc.boolean(), { minLength: list.length }))),
      ([list, emptied]) => {
        const cellsRead = read(list);
        // Empty the chosen cells in place, as merges.ts does: value and formula, the format stays.
        const chosen = new Set(list.filter((_, i) => emptied[i]).map((c) => `${c.row},${c.col}`));
        for (const row of cellsRead.rows())
          row.values.forEach((_, i) => {
            if (!chosen.has(`${row.row},${row.first + i}`)) return;
            row.values[i] = null;
            if (row.formulas) row.formulas[i] = null;
          });
        const after = list.map((c) =>
          chosen.has(`${c.row},${c.col}`) ? { ...c, value: null, formula: null } : c,
        );
        expect(gridFromCells("評価", cellsRead, [])).toMatchObject(expectedGrid(after));
      },
    ),
  );
});

test("rows without cells, formulas or formats share one row of nulls, and rows of the same formats one array; neither can be written", () => {
  const list: Cell[] = [
    { row: 0, col: 0, value: "指標", formula: null, format: null },
    { row: 0, col: 2, value: 1, formula: "=B1", format: "0.0%" },
    { row: 2, col: 0, value: 2, formula: null, format: null },
    { row: 2, col: 2, value: 3, formula: null, format: "0.0%" },
  ];
  const grid = gridFromCells("評価", read(list), []);
  expect(grid.values[1]).toBe(grid.formulas[1]);
  expect(grid.formulas[2]).toBe(grid.values[1]);
  expect(grid.numberFormats[0]).toBe(grid.numberFormats[2]);
  expect(() => {
    grid.values[1][0] = 5;
  }).toThrow(TypeError);
  expect(() => {
    grid.numberFormats[0][0] = "0";
  }).toThrow(TypeError);
});

test("cells out of order are a programming error, not a wrong grid", () => {
  const cellsRead = new ReadCells();
  cellsRead.push(3, 2, 1, null, null);
  expect(() => cellsRead.push(3, 1, 1, null, null)).toThrow();
  expect(() => cellsRead.push(2, 5, 1, null, null)).toThrow();
});

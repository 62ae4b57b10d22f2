/**
 * Loading a fake workbook from grids (e.g. an .xlsx read by the xlsx adapter or ExcelJS) and reading
 * the fake back as grids, directly on the data (no syncs), for setting up and checking tests.
 */
import { matrix, type Grid } from "../../core/grid";
import { FakeExcel, type FakeExcelOptions } from "./fakeExcel";
import type { FakeSheet } from "./state";

export function fakeFromGrids(grids: readonly Grid[], options: FakeExcelOptions = {}): FakeExcel {
  const fake = new FakeExcel(options);
  for (const grid of grids) {
    const sheet = fake.state.addSheet(grid.sheet);
    for (let r = 0; r < grid.rowCount; r++) {
      for (let c = 0; c < grid.colCount; c++) {
        sheet.set(grid.origin.row + r, grid.origin.col + c, {
          value: grid.values[r][c],
          formula: grid.formulas[r][c],
          numberFormat: grid.numberFormats[r][c],
        });
      }
    }
    sheet.merges.push(...grid.merges);
  }
  return fake;
}

export function gridOfSheet(sheet: FakeSheet): Grid {
  const area = sheet.usedRange() ?? { row: 0, col: 0, rowCount: 0, colCount: 0 };
  const cell = (r: number, c: number) => sheet.get(area.row + r, area.col + c);
  return {
    sheet: sheet.name,
    origin: { row: area.row, col: area.col },
    rowCount: area.rowCount,
    colCount: area.colCount,
    values: matrix(area.rowCount, area.colCount, (r, c) => cell(r, c)?.value ?? null),
    formulas: matrix(area.rowCount, area.colCount, (r, c) => cell(r, c)?.formula ?? null),
    numberFormats: matrix(area.rowCount, area.colCount, (r, c) => cell(r, c)?.numberFormat ?? null),
    merges: sheet.merges.map((merge) => ({ ...merge })),
  };
}

export function gridsFromFake(fake: FakeExcel): Grid[] {
  return fake.state.sheets.map(gridOfSheet);
}

/**
 * The task pane (Office.js adapter, here over the fake Excel) and the CLI (.xlsx adapter) write the same
 * template change set; reading the sheets back gives the same cells, formulas, number formats and merges.
 */
import { gridFromRows, type Grid } from "../../src/core/grid";
import { buildTemplate, TEMPLATE_IDS } from "../../src/core/templates";
import { fakeFromGrids } from "../../src/workbook/fakeExcel";
import { OfficeWorkbook } from "../../src/workbook/office";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

/** A grid's cells keyed by address, with what a person sees of each (formula or constant, and format). */
function cells(grid: Grid): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const formula = grid.formulas[r][c];
      const value = formula === null ? grid.values[r][c] : null;
      const format = grid.numberFormats[r][c];
      if (formula === null && value === null && format === null) continue;
      out.set(`${r + grid.origin.row}:${c + grid.origin.col}`, { formula, value, format });
    }
  }
  return out;
}

describe.each([...TEMPLATE_IDS])("%s through both adapters", (id) => {
  it("reads back the same sheet from Office.js and from .xlsx", async () => {
    const changes = buildTemplate(id, {
      from: "R3",
      projectedYear: id === "evaluation-sheet" ? undefined : "R5",
      years: 3,
      indicators: 3,
    });
    const sheet = changes.newSheets?.[0] ?? "";

    const fake = fakeFromGrids([gridFromRows("Sheet1", [[null]])]);
    const office = new OfficeWorkbook(fake.portOptions());
    await office.apply(changes);
    const fromOffice = await office.readSheet(sheet);

    const xlsx = XlsxWorkbook.create([]);
    await xlsx.apply(changes);
    const fromXlsx = await xlsx.readSheet(sheet);

    expect(cells(fromOffice)).toEqual(cells(fromXlsx));
    expect(cells(fromXlsx).size).toBeGreaterThan(20);
    const merges = (grid: Grid) =>
      grid.merges.map((m) => `${m.row}:${m.col}:${m.rowCount}:${m.colCount}`).sort();
    expect(merges(fromOffice)).toEqual(merges(fromXlsx));
  });
});

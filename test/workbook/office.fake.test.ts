import { gridFromRows, matrix, parseRangeA1, type CellValue, type Grid } from "../../src/core/grid";
import { isWorkbookError } from "../../src/workbook/errors";
import { FakeExcel, fakeFromGrids, gridsFromFake, type FakeExcelOptions } from "../../src/workbook/fakeExcel";
import { OfficeWorkbook, type ChunkBudget } from "../../src/workbook/office";
import type { ChangeSet } from "../../src/workbook/port";
import { LAYOUT_CHANGES, OVER_FORMULA_CHANGES } from "./helpers/changeSets";

function numberSheet(name: string, rowCount: number, colCount: number): Grid {
  return gridFromRows(
    name,
    matrix(rowCount, colCount, (r, c) => r * colCount + c),
  );
}

/** A small KPI block: texts as cities type them, a formula, an error, a percent format. */
function kpiSheet(): Grid {
  const grid = gridFromRows("評価", [
    ["成果指標", "年度", "R3", "R4"],
    ["相談件数", "目標", "1,600件", "30.0%"],
    ["", "実績", 3350, { error: "#VALUE!" }],
    ["", "達成率", 2.09375, null],
  ]);
  grid.values[1][0] = "相談件数";
  grid.values[2][0] = null;
  grid.values[3][0] = null;
  grid.formulas[3][2] = "=C3/1600";
  grid.numberFormats[3][2] = "0.0%";
  grid.merges.push({ row: 1, col: 0, rowCount: 3, colCount: 1 });
  return grid;
}

function setup(
  grids: Grid[],
  options: FakeExcelOptions = {},
  budget?: ChunkBudget,
): { fake: FakeExcel; port: OfficeWorkbook } {
  const fake = fakeFromGrids(grids, options);
  return { fake, port: new OfficeWorkbook({ ...fake.portOptions(), budget }) };
}

const fixes: ChangeSet = {
  label: "修正を適用",
  newSheets: ["凡例"],
  cells: [
    { sheet: "評価", address: "C4", formula: "=C3/C2", replaceFormula: true },
    { sheet: "評価", address: "D3", value: "集計中" },
    { sheet: "評価", address: "D4", value: null, numberFormat: "0.0%" },
    { sheet: "評価", address: "D2", value: "35.0%" },
    { sheet: "評価", address: "F9", value: 1 },
    { sheet: "凡例", address: "A1", value: "達成" },
  ],
  conditionalFormats: [
    { sheet: "評価", address: "C4:D4", kind: "textBeginsWith", text: "達成", fill: "#C6EFCE" },
  ],
  validations: [{ sheet: "評価", address: "C3:D3", kind: "list", list: ["集計中", "-"] }],
  styles: [{ sheet: "評価", address: "A1:D1", bold: true, fill: "#DDEBF7", borders: "thin-all" }],
};

describe("Office adapter over the fake: one read, one write", () => {
  test("reading a 10-cell sheet and a 100,000-cell sheet costs the same single sync", async () => {
    const small = setup([numberSheet("S", 2, 5)]);
    const large = setup([numberSheet("S", 1000, 100)]);
    const smallGrid = await small.port.readSheet("S");
    const largeGrid = await large.port.readSheet("S");
    expect(small.fake.syncCount).toBe(1);
    expect(large.fake.syncCount).toBe(small.fake.syncCount);
    expect(smallGrid).toEqual(numberSheet("S", 2, 5));
    expect(largeGrid.values[999][99]).toBe(99_999);
    expect(largeGrid.rowCount * largeGrid.colCount).toBe(100_000);
  });

  test("applying the same change set to a small and a large sheet costs the same syncs: one read, one write", async () => {
    const changes: ChangeSet = { label: "x", cells: [{ sheet: "S", address: "B2", value: "集計中" }] };
    const small = setup([numberSheet("S", 2, 5)]);
    const large = setup([numberSheet("S", 1000, 100)]);
    await small.port.apply(changes);
    await large.port.apply(changes);
    expect(small.fake.syncCount).toBe(2);
    expect(large.fake.syncCount).toBe(2);
  });

  test("reads values, formulas, number formats, errors, text that looks like numbers and merges", async () => {
    const { port } = setup([kpiSheet()]);
    const grid = await port.readSheet("評価");
    expect(grid).toEqual(kpiSheet());
  });

  test("a formula without a cached result reads as value null with its formula", async () => {
    const grid = gridFromRows("S", [[1, null]]);
    grid.formulas[0][1] = "=A1*2";
    const fake = fakeFromGrids([grid]);
    const port = new OfficeWorkbook(fake.portOptions());
    const read = await port.readSheet("S");
    expect(read.values[0][1]).toBeNull();
    expect(read.formulas[0][1]).toBe("=A1*2");
  });

  test("apply then undo leaves the workbook identical: values, formulas, formats, no added sheet, format or validation", async () => {
    const { fake, port } = setup([kpiSheet()]);
    const before = gridsFromFake(fake);
    const token = await port.apply(fixes);
    const after = gridsFromFake(fake);
    expect(after.map((g) => g.sheet)).toEqual(["評価", "凡例"]);
    const evaluation = after[0];
    expect(evaluation.formulas[3][2]).toBe("=C3/C2");
    expect(evaluation.values[2][3]).toBe("集計中");
    expect(evaluation.values[1][3]).toBe("35.0%"); // stayed text: written with an apostrophe
    expect(fake.state.sheet("評価")?.conditionalFormats).toHaveLength(1);
    expect(fake.state.sheet("評価")?.validations).toHaveLength(1);
    expect(token.added.map((a) => a.kind).sort()).toEqual(["conditionalFormat", "validation"]);

    fake.resetCounters();
    expect(await port.undo(token)).toEqual({ notRestored: [] });
    expect(fake.syncCount).toBe(2); // one check of what still exists (issue 17, item 8), one write
    expect(gridsFromFake(fake)).toEqual(before);
    expect(fake.state.sheet("評価")?.conditionalFormats).toHaveLength(0);
    expect(fake.state.sheet("評価")?.validations).toHaveLength(0);
    expect(await port.undoHistory()).toEqual([]);
  });

  test("nothing outside the cells named is written", async () => {
    const { fake, port } = setup([kpiSheet()]);
    fake.resetCounters();
    const changes: ChangeSet = {
      label: "x",
      cells: [
        { sheet: "評価", address: "C2", value: "1,700件" },
        { sheet: "評価", address: "D2", numberFormat: "0.0%" },
        { sheet: "評価", address: "E2", value: 5 },
        { sheet: "評価", address: "C5", value: "集計中" },
      ],
    };
    await port.apply(changes);
    const named = new Set(changes.cells?.map((c) => `${c.sheet}!${c.address}`));
    const cellWrites = fake.log.filter((entry) =>
      ["values", "formulas", "numberFormat"].includes(entry.property),
    );
    expect(cellWrites.length).toBeGreaterThan(0);
    for (const entry of cellWrites) {
      const area = parseRangeA1(entry.address);
      if (!area) throw new Error(`unparsable ${entry.address}`);
      for (let c = 0; c < area.colCount; c++) {
        expect(named).toContain(`${entry.sheet}!${String.fromCharCode(65 + area.col + c)}${area.row + 1}`);
      }
    }
    // D2 only gets a number format; its text is untouched.
    expect(gridsFromFake(fake)[0].values[1][3]).toBe("30.0%");
  });

  test("a formula is never overwritten unless the change says replaceFormula; the refused set writes nothing", async () => {
    const { fake, port } = setup([kpiSheet()]);
    fake.resetCounters();
    const before = gridsFromFake(fake);
    const attempt = port.apply(OVER_FORMULA_CHANGES);
    await expect(attempt).rejects.toMatchObject({
      code: "workbook.formulaProtected",
      params: { address: "C4" },
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.log).toEqual([]);
    expect(gridsFromFake(fake)).toEqual(before);
    // A number format alone may change on a formula cell.
    await port.apply({ label: "x", cells: [{ sheet: "評価", address: "C4", numberFormat: "0.00%" }] });
    expect(gridsFromFake(fake)[0].formulas[3][2]).toBe("=C3/1600");
  });

  test("writes suspend API calculation and untrack the ranges they used", async () => {
    const { fake, port } = setup([kpiSheet()]);
    await port.apply(fixes);
    expect(
      fake.log.filter((e) => e.property === "application.suspendApiCalculationUntilNextSync()"),
    ).toHaveLength(1);
    expect(fake.untrackCount).toBeGreaterThan(0);
  });

  test("older hosts: no calculation suspension, no merged areas (ExcelApi 1.4)", async () => {
    const { fake, port } = setup([kpiSheet()], { apiVersion: "1.4" });
    const grid = await port.readSheet("評価");
    expect(grid.merges).toEqual([]);
    await port.apply({ label: "x", cells: [{ sheet: "評価", address: "D3", value: "集計中" }] });
    expect(fake.log.some((e) => e.property.startsWith("application."))).toBe(false);
  });

  test("undo tokens survive a task pane reload (document settings) and still undo", async () => {
    const { fake, port } = setup([kpiSheet()]);
    const before = gridsFromFake(fake);
    const token = await port.apply(fixes);
    const reloaded = new OfficeWorkbook({ ...fake.portOptions(), settings: fake.settings.reloaded() });
    const history = await reloaded.undoHistory();
    expect(history.map((t) => t.id)).toEqual([token.id]);
    await reloaded.undo(history[0]);
    expect(gridsFromFake(fake)).toEqual(before);
  });

  test("a document that refuses to save settings keeps the change and its undo for the session", async () => {
    const fake = fakeFromGrids([kpiSheet()]);
    const before = gridsFromFake(fake);
    fake.settings.save = () => Promise.reject(new Error("read-only document"));
    const port = new OfficeWorkbook(fake.portOptions());
    const token = await port.apply(fixes);
    expect((await port.undoHistory()).map((t) => t.id)).toEqual([token.id]);
    await port.undo(token);
    expect(gridsFromFake(fake)).toEqual(before);
  });

  test("settings round trip inside the document", async () => {
    const { fake, port } = setup([kpiSheet()]);
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings({ bands: [1, 0.8] });
    const reloaded = new OfficeWorkbook({ ...fake.portOptions(), settings: fake.settings.reloaded() });
    expect(await reloaded.loadSettings()).toEqual({ bands: [1, 0.8] });
  });

  test("sheets, active sheet and selection", async () => {
    const { fake, port } = setup([kpiSheet(), numberSheet("S", 1, 1)]);
    expect(await port.listSheets()).toEqual(["評価", "S"]);
    expect(await port.activeSheet()).toBe("評価");
    await port.select("S", "A1");
    expect(fake.state.selection).toEqual({ sheet: "S", address: "A1" });
    expect(await port.activeSheet()).toBe("S");
  });

  test("a missing sheet is a typed error naming it", async () => {
    const { port } = setup([kpiSheet()]);
    await expect(port.readSheet("なし")).rejects.toMatchObject({
      code: "workbook.sheetNotFound",
      params: { sheet: "なし" },
    });
    const attempt = port.apply({ label: "x", cells: [{ sheet: "なし", address: "A1", value: 1 }] });
    await expect(attempt).rejects.toMatchObject({
      code: "workbook.sheetNotFound",
      params: { sheet: "なし" },
    });
    const clash = await port.apply({ label: "x", newSheets: ["評価"] }).catch((e: unknown) => e);
    expect(isWorkbookError(clash, "workbook.sheetExists")).toBe(true);
  });

  test("layouts: column widths, freeze panes, merges, print setup with title rows, names", async () => {
    const { fake, port } = setup([kpiSheet()]);
    await port.apply(LAYOUT_CHANGES);
    const sheet = fake.state.sheet("評価");
    expect(sheet?.frozen).toEqual({ rows: 1, columns: 2 });
    expect(fake.log.find((e) => e.property === "freezePanes.freezeAt()")?.value).toBe("A1:B1");
    expect(fake.log.find((e) => e.property === "pageLayout.setPrintTitleRows()")?.value).toBe("$1:$1");
    expect(sheet?.page.titleRows).toEqual({ row: 0, col: 0, rowCount: 1, colCount: 16_384 });
    expect(sheet?.page.orientation).toBe("Landscape");
    expect(sheet?.page.paperSize).toBe("A4");
    expect(sheet?.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet?.merges).toContainEqual({ row: 0, col: 4, rowCount: 1, colCount: 2 });
    expect(fake.state.names).toEqual([{ name: "KPI_表1", reference: "='評価'!$A$1:$D$4", scope: "評価" }]);
    expect(fake.log.find((e) => e.property === "format.columnWidth")?.address).toBe("C1:C1048576");
    expect(sheet?.columnWidths.get(2)).toBeCloseTo(66.75);
  });
});

describe("Office adapter over the fake: chunking under Excel on the web's limits", () => {
  const sheet = numberSheet("Big", 400, 50); // 20,000 cells

  test("a response over the payload limit falls back to row blocks, every sync under the limit", async () => {
    const limits = { maxCellsPerRange: 50_000, maxBytesPerSync: 60_000 };
    const budget = { maxCellsPerRange: 4_000, maxBytesPerSync: 50_000 };
    const { fake, port } = setup([sheet], { limits }, budget);
    const grid = await port.readSheet("Big");
    expect(grid).toEqual(sheet);
    const [refused, probe, ...blocks] = fake.syncs;
    expect(refused.responseBytes).toBeGreaterThan(limits.maxBytesPerSync);
    expect(probe.responseBytes).toBeLessThan(1_000);
    expect(blocks.length).toBe(Math.ceil((400 * 50 * 40) / 50_000));
    for (const stats of blocks) expect(stats.responseBytes).toBeLessThanOrEqual(limits.maxBytesPerSync);
  });

  test("a range over the cell limit (values come back null) is re-read in blocks under the cell limit", async () => {
    const { fake, port } = setup(
      [sheet],
      { limits: { maxCellsPerRange: 3_000, maxBytesPerSync: 10_000_000 } },
      {
        maxCellsPerRange: 2_500,
        maxBytesPerSync: 9_000_000,
      },
    );
    expect(await port.readSheet("Big")).toEqual(sheet);
    expect(fake.syncCount).toBe(2);
  });

  test("a large change set is written in as few syncs as the payload limit allows, each under it", async () => {
    const limits = { maxCellsPerRange: 5_000, maxBytesPerSync: 60_000 };
    const { fake, port } = setup([sheet], { limits }, { maxCellsPerRange: 4_000, maxBytesPerSync: 50_000 });
    const cells = Array.from({ length: 400 }, (_, r) => ({
      sheet: "Big",
      address: `A${r + 1}`,
      value: "集計中" as CellValue,
    }));
    const before = gridsFromFake(fake);
    const token = await port.apply({ label: "x", cells });
    expect(fake.syncCount).toBeGreaterThan(2);
    for (const stats of fake.syncs) {
      expect(stats.requestBytes).toBeLessThanOrEqual(limits.maxBytesPerSync);
      expect(stats.responseBytes).toBeLessThanOrEqual(limits.maxBytesPerSync);
    }
    expect(gridsFromFake(fake)[0].values[399][0]).toBe("集計中");
    await port.undo(token);
    expect(gridsFromFake(fake)).toEqual(before);
  });

  test("a sheet too large even for blocks ends in a typed error", async () => {
    const { port } = setup(
      [sheet],
      { limits: { maxCellsPerRange: 5_000, maxBytesPerSync: 100 } },
      {
        maxCellsPerRange: 4_000,
        maxBytesPerSync: 50_000,
      },
    );
    await expect(port.readSheet("Big")).rejects.toMatchObject({ code: "workbook.payloadTooLarge" });
  });
});

test("the simulated round trip is paid once per sync", async () => {
  const fake = new FakeExcel({ latencyMs: 20 });
  fake.state.addSheet("S");
  const port = new OfficeWorkbook(fake.portOptions());
  const started = Date.now();
  await port.readSheet("S");
  expect(Date.now() - started).toBeGreaterThanOrEqual(19);
  expect(fake.syncCount).toBe(1);
});

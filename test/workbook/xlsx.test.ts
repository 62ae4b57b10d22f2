import ExcelJS from "exceljs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isUncalculated, type Grid } from "../../src/core/grid";
import type { ChangeSet } from "../../src/workbook/port";
import { LAYOUT_CHANGES, OVER_FORMULA_CHANGES } from "./helpers/changeSets";
import { loadXlsxFile, saveXlsxFile, STORE_SHEET, XlsxWorkbook } from "../../src/workbook/xlsx";

async function bufferOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function reloaded(workbook: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await workbook.toBuffer());
}

async function allGrids(workbook: XlsxWorkbook): Promise<Grid[]> {
  return Promise.all((await workbook.listSheets()).map((name) => workbook.readSheet(name)));
}

/** A city's sheet: styled header, texts with units, a formula with its cached result, a merge, a second sheet, a defined name. */
async function citySheet(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("評価");
  sheet.addRow(["成果指標", "年度", "R3", "R4"]);
  sheet.addRow(["相談件数", "目標", "1,600件", "30.0%"]);
  sheet.addRow([null, "実績", 3350, { error: "#VALUE!" }]);
  sheet.addRow([null, "達成率", { formula: "C3/1600", result: 2.09375 }, null]);
  sheet.getCell("C4").numFmt = "0.0%";
  sheet.getCell("A1").font = { bold: true, color: { argb: "FF1F4E79" } };
  sheet.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  sheet.mergeCells("A2:A4");
  workbook.addWorksheet("メモ").addRow(["触らないシート", 42]);
  workbook.definedNames.add("'評価'!$A$1:$D$4", "KPI表");
  return bufferOf(workbook);
}

describe("reading", () => {
  test("values, cached results of formulas, number formats, errors, merges", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await citySheet());
    const grid = await workbook.readSheet("評価");
    expect(grid.values).toEqual([
      ["成果指標", "年度", "R3", "R4"],
      ["相談件数", "目標", "1,600件", "30.0%"],
      [null, "実績", 3350, { error: "#VALUE!" }],
      [null, "達成率", 2.09375, null],
    ]);
    expect(grid.formulas[3][2]).toBe("=C3/1600");
    expect(grid.numberFormats[3][2]).toBe("0.0%");
    expect(grid.merges).toEqual([{ row: 1, col: 0, rowCount: 3, colCount: 1 }]);
    expect(await workbook.listSheets()).toEqual(["評価", "メモ"]);
  });

  test("trap: a formula's cached result of 0 is read as 0 (ExcelJS drops it from value.result)", async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("S");
    sheet.getCell("A1").value = 0;
    sheet.getCell("B1").value = { formula: "A1*2", result: 0 };
    const grid = await (await XlsxWorkbook.fromBuffer(await bufferOf(source))).readSheet("S");
    expect(grid.values[0][1]).toBe(0);
    expect(grid.formulas[0][1]).toBe("=A1*2");
  });

  test("a formula without a cached result is marked not calculated, not empty", async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("S");
    sheet.getCell("A1").value = 5;
    sheet.getCell("B1").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
    const grid = await (await XlsxWorkbook.fromBuffer(await bufferOf(source))).readSheet("S");
    expect(grid.values[0][1]).toBeNull();
    expect(isUncalculated(grid, 0, 1)).toBe(true);
    expect(isUncalculated(grid, 0, 0)).toBe(false);
  });

  test("a missing sheet, and the hidden store sheet, are not found", async () => {
    const workbook = XlsxWorkbook.create(["S"]);
    await workbook.saveSettings({ a: 1 });
    await expect(workbook.readSheet("なし")).rejects.toMatchObject({ code: "workbook.sheetNotFound" });
    await expect(workbook.readSheet(STORE_SHEET)).rejects.toMatchObject({ code: "workbook.sheetNotFound" });
    expect(await workbook.listSheets()).toEqual(["S"]);
  });
});

describe("writing", () => {
  const changes: ChangeSet = {
    label: "修正を適用",
    newSheets: ["凡例"],
    cells: [
      { sheet: "評価", address: "C4", formula: "=C3/C2", replaceFormula: true },
      { sheet: "評価", address: "D3", value: "集計中" },
      { sheet: "評価", address: "D4", value: null, numberFormat: "0.0%" },
      { sheet: "評価", address: "E2", value: true },
      { sheet: "評価", address: "E3", value: { error: "#N/A" } },
      { sheet: "凡例", address: "A1", value: "達成" },
    ],
    conditionalFormats: [
      { sheet: "評価", address: "C4:D4", kind: "textBeginsWith", text: "達成", fill: "#C6EFCE" },
      {
        sheet: "評価",
        address: "C4:D4",
        kind: "cellValue",
        operator: "greaterThanOrEqual",
        formula1: "1",
        fill: "#C6EFCE",
      },
    ],
    validations: [
      { sheet: "評価", address: "C3:D3", kind: "list", list: ["集計中", "-"], errorMessage: "数値か集計中" },
    ],
  };

  test("write → save → read round trip", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await citySheet());
    await workbook.apply(changes);
    const grid = await (await reloaded(workbook)).readSheet("評価");
    expect(grid.formulas[3][2]).toBe("=C3/C2");
    expect(grid.values[3][2]).toBeNull(); // a new formula has no cached result until Excel recalculates
    expect(grid.values[2][3]).toBe("集計中");
    expect(grid.numberFormats[3][3]).toBe("0.0%");
    expect(grid.values[1][4]).toBe(true);
    expect(grid.values[2][4]).toEqual({ error: "#N/A" });
    expect((await (await reloaded(workbook)).readSheet("凡例")).values).toEqual([["達成"]]);
  });

  test("everything not named is preserved: styles, other sheets, defined names", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await citySheet());
    await workbook.apply({ label: "x", cells: [{ sheet: "評価", address: "D3", value: "集計中" }] });
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(Buffer.from(await workbook.toBuffer()) as unknown as ArrayBuffer);
    const sheet = check.getWorksheet("評価");
    expect(sheet?.getCell("A1").font).toMatchObject({ bold: true, color: { argb: "FF1F4E79" } });
    expect(sheet?.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(check.getWorksheet("メモ")?.getCell("B1").value).toBe(42);
    expect(check.definedNames.model).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "KPI表" })]),
    );
  });

  test("a formula is not overwritten without replaceFormula, and a refused change set changes nothing", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await citySheet());
    const before = await allGrids(workbook);
    const attempt = workbook.apply(OVER_FORMULA_CHANGES);
    await expect(attempt).rejects.toMatchObject({ code: "workbook.formulaProtected" });
    expect(await allGrids(workbook)).toEqual(before);
    expect(await workbook.undoHistory()).toEqual([]);
  });

  test("undo on a file: apply, save, reload, undo from the persisted history, save, reload — identical", async () => {
    const original = await XlsxWorkbook.fromBuffer(await citySheet());
    const before = await allGrids(original);
    await original.apply(changes);
    const afterReload = await reloaded(original);
    const [token] = await afterReload.undoHistory();
    expect(token.label).toBe("修正を適用");
    await afterReload.undo(token);
    const final = await reloaded(afterReload);
    expect(await allGrids(final)).toEqual(before);
    expect(await final.undoHistory()).toEqual([]);
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(Buffer.from(await final.toBuffer()) as unknown as ArrayBuffer);
    const sheet = check.getWorksheet("評価") as unknown as {
      conditionalFormattings: unknown[];
      dataValidations: { model: object };
    };
    expect(sheet.conditionalFormattings).toHaveLength(0);
    expect(Object.values(sheet.dataValidations.model).filter(Boolean)).toHaveLength(0);
    expect(check.getWorksheet(STORE_SHEET)?.state).toBe("veryHidden");
  });

  test("layouts: column widths, freeze panes, merges, print setup with title rows, names", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(await citySheet());
    await workbook.apply(LAYOUT_CHANGES);
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(Buffer.from(await workbook.toBuffer()) as unknown as ArrayBuffer);
    const sheet = check.getWorksheet("評価");
    expect(sheet?.getColumn("C").width).toBe(12);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(sheet?.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToWidth: 1,
      printTitlesRow: "1:1",
    });
    expect((await (await reloaded(workbook)).readSheet("評価")).merges).toContainEqual({
      row: 0,
      col: 4,
      rowCount: 1,
      colCount: 2,
    });
    expect(check.definedNames.model).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "KPI_表1" })]),
    );
  });

  test("settings, selection and files on disk", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kpi-xlsx-"));
    const workbook = await XlsxWorkbook.fromBuffer(await citySheet());
    await workbook.saveSettings({ bands: [1, 0.8] });
    await workbook.select("メモ", "B1");
    await saveXlsxFile(workbook, join(dir, "out.xlsx"));
    const loaded = await loadXlsxFile(join(dir, "out.xlsx"));
    expect(await loaded.loadSettings()).toEqual({ bands: [1, 0.8] });
    expect(await loaded.activeSheet()).toBe("メモ");
    expect((await readFile(join(dir, "out.xlsx"))).subarray(0, 2).toString()).toBe("PK");
  });
});

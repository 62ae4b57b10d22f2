/**
 * Issue 17: the Office adapter against documented Excel behaviour that the fake now models (each quirk is
 * cited beside its code in src/workbook/fakeExcel). Each test failed against the adapter before its fix.
 */
import { gridFromRows, type Grid } from "../../src/core/grid";
import {
  fakeFromGrids,
  FakeSheet,
  gridsFromFake,
  type FakeExcel,
  type FakeExcelOptions,
} from "../../src/workbook/fakeExcel";
import { OfficeWorkbook } from "../../src/workbook/office";
import type { ChangeSet } from "../../src/workbook/port";

const SHEET = "評価";

function table(): Grid {
  return gridFromRows(SHEET, [
    ["成果指標", "目標", "実績"],
    ["相談件数", "1,600件", 3350],
    ["講座数", 12, 10],
  ]);
}

function setup(options: FakeExcelOptions = {}): { fake: FakeExcel; port: OfficeWorkbook } {
  const fake = fakeFromGrids([table()], options);
  return { fake, port: new OfficeWorkbook(fake.portOptions()) };
}

const sheetOf = (fake: FakeExcel) => fake.state.sheet(SHEET) as FakeSheet;

describe("1. undo of a fill on cells that had none", () => {
  const style: ChangeSet = {
    label: "見出しの書式",
    styles: [{ sheet: SHEET, address: "A1:C3", fill: "#DDEBF7", fontColor: "#1F4E79", borders: "thin-all" }],
  };

  test("Excel reports No Fill as #FFFFFF, distinct in the sheet from a white fill", async () => {
    const { fake, port } = setup();
    await port.apply({ label: "白", styles: [{ sheet: SHEET, address: "B2", fill: "#FFFFFF" }] });
    expect(sheetOf(fake).cellFormats.get(FakeSheet.key(1, 1))?.fill.color).toBe("#FFFFFF");
    expect(sheetOf(fake).cellFormats.get(FakeSheet.key(0, 0))).toBeUndefined();
  });

  test("undo clears the fill (No Fill, gridlines visible) instead of painting the cells white", async () => {
    const { fake, port } = setup();
    const token = await port.apply(style);
    expect(sheetOf(fake).cellFormats.get(FakeSheet.key(0, 0))?.fill.color).toBe("#DDEBF7");
    fake.resetCounters();
    await port.undo(token);
    expect([...sheetOf(fake).cellFormats.values()].map((format) => format.fill.color)).toEqual([]);
    expect(fake.log.filter((e) => e.property === "format.fill.clear()").map((e) => e.address)).toEqual([
      "A1:C3",
    ]);
    expect(fake.syncCount).toBe(2); // a check, then one write
  });

  test("a cell the user had filled keeps its colour, its no-fill neighbours are cleared", async () => {
    const { fake, port } = setup();
    await port.apply({ label: "黄", styles: [{ sheet: SHEET, address: "B2", fill: "#FFFF00" }] });
    const token = await port.apply(style);
    await port.undo(token);
    const fills = [...sheetOf(fake).cellFormats.entries()].map(([key, format]) => [key, format.fill.color]);
    expect(fills).toEqual([[FakeSheet.key(1, 1), "#FFFF00"]]);
    expect(gridsFromFake(fake)).toEqual([table()]);
  });
});

describe("5. sheets with more than 512 merged areas (Excel方眼紙)", () => {
  /** A form of `rows` rows, each row's label merged over two cells: one merged area per row. */
  function form(rows: number): Grid {
    const grid = gridFromRows(
      "方眼紙",
      Array.from({ length: rows }, (_, r) => [`項目${r + 1}`, null, r]),
    );
    for (let r = 0; r < rows; r++) grid.merges.push({ row: r, col: 0, rowCount: 1, colCount: 2 });
    return grid;
  }

  test("the fake refuses more than 512 merged areas in one request, as Excel does", async () => {
    const fake = fakeFromGrids([form(600)]);
    const attempt = fake.run(async (context) => {
      const merged = context.workbook.worksheets.getItem("方眼紙").getRange().getMergedAreasOrNullObject();
      merged.load("address");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "GeneralException" });
  });

  test("the read takes the merged areas in row blocks and returns every one, once", async () => {
    const fake = fakeFromGrids([form(2_000)]);
    const port = new OfficeWorkbook(fake.portOptions());
    const grid = await port.readSheet("方眼紙");
    expect(grid).toEqual(form(2_000));
    expect(fake.syncCount).toBe(3); // refused, contents without merges, merges in blocks
  });

  test("when even small blocks hold more than 512, the sheet reads without merge information", async () => {
    const grid = gridFromRows("方眼紙", [
      Array.from({ length: 1_400 }, (_, c) => (c % 2 === 0 ? `欄${c}` : null)),
    ]);
    for (let c = 0; c < 1_400; c += 2) grid.merges.push({ row: 0, col: c, rowCount: 2, colCount: 2 });
    const fake = fakeFromGrids([grid]);
    const read = await new OfficeWorkbook(fake.portOptions()).readSheet("方眼紙");
    expect(read.values[0]).toEqual(grid.values[0].slice(0, read.colCount)); // the used range ends at the last value
    expect(read.merges).toEqual([]);
  });
});

describe("8. undo survives a workbook that changed since, and reports what it could not restore", () => {
  const rate = (address: string, text: string): ChangeSet => ({
    label: `条件付き書式 ${address}`,
    cells: [{ sheet: SHEET, address: "D2", value: text }],
    conditionalFormats: [{ sheet: SHEET, address, kind: "textBeginsWith", text, fill: "#C6EFCE" }],
  });

  test("a conditional format's id is its priority: undo removes its own format, not one added later", async () => {
    const { fake, port } = setup();
    const first = await port.apply(rate("C2:C3", "達成"));
    await port.apply({
      label: "後から",
      conditionalFormats: [
        {
          sheet: SHEET,
          address: "B2:B3",
          kind: "cellValue",
          operator: "lessThan",
          formula1: "0",
          fill: "#FFC7CE",
        },
      ],
    });
    expect(await port.undo(first)).toEqual({ notRestored: [] });
    expect(sheetOf(fake).conditionalFormats.map((cf) => cf.address)).toEqual(["B2:B3"]);
  });

  test("two formats added in one change set are both removed", async () => {
    const { fake, port } = setup();
    const token = await port.apply({
      label: "二つ",
      conditionalFormats: [
        { sheet: SHEET, address: "B2:B3", kind: "textBeginsWith", text: "達成", fill: "#C6EFCE" },
        { sheet: SHEET, address: "C2:C3", kind: "textEquals", text: "未達成", fill: "#FFC7CE" },
      ],
    });
    await port.undo(token);
    expect(sheetOf(fake).conditionalFormats).toEqual([]);
  });

  test("a format the user deleted is skipped and reported; one now at its priority is left alone", async () => {
    const { fake, port } = setup();
    const token = await port.apply(rate("C2:C3", "達成"));
    const sheet = sheetOf(fake);
    sheet.conditionalFormats.splice(0, 1); // the user deleted it …
    await port.apply({
      label: "利用者",
      conditionalFormats: [
        { sheet: SHEET, address: "A1:A3", kind: "textBeginsWith", text: "X", fill: "#FFFF00" },
      ],
    }); // … and another one took priority 0
    const report = await port.undo(token);
    expect(report.notRestored).toEqual([token.added[0]]);
    expect(sheet.conditionalFormats.map((cf) => cf.address)).toEqual(["A1:A3"]);
    expect(gridsFromFake(fake)).toEqual([table()]);
  });

  test("hosts below ExcelApi 1.14 (no getItemOrNullObject) count the formats first, with the same result", async () => {
    const { fake, port } = setup({ apiVersion: "1.13" });
    const first = await port.apply(rate("C2:C3", "達成"));
    await port.apply(rate("B2:B3", "未達成"));
    fake.resetCounters();
    await port.undo(first);
    expect(sheetOf(fake).conditionalFormats.map((cf) => cf.address)).toEqual(["B2:B3"]);
    expect(fake.log.some((e) => e.property === "conditionalFormats.delete()")).toBe(true);
  });

  test("a chart the user deleted is reported, the cells are still restored", async () => {
    const { fake, port } = setup();
    const token = await port.apply({
      label: "グラフ",
      cells: [{ sheet: SHEET, address: "D1", value: "グラフ" }],
      charts: [{ sheet: SHEET, type: "bar", source: "A1:C3", anchor: "E2", title: "達成率" }],
    });
    sheetOf(fake).charts.splice(0, 1);
    const report = await port.undo(token);
    expect(report.notRestored).toEqual([{ sheet: SHEET, kind: "chart", ref: token.added[0].ref }]);
    expect(gridsFromFake(fake)).toEqual([table()]);
  });

  test("a sheet the user deleted is reported; the other sheets are restored", async () => {
    const fake = fakeFromGrids([table(), gridFromRows("別", [["x"]])]);
    const port = new OfficeWorkbook(fake.portOptions());
    const token = await port.apply({
      label: "二枚",
      cells: [
        { sheet: SHEET, address: "D1", value: 1 },
        { sheet: "別", address: "B1", value: 2 },
      ],
    });
    fake.state.deleteSheet("別");
    const report = await port.undo(token);
    expect(report.notRestored).toEqual([{ sheet: "別", kind: "sheet", ref: "別" }]);
    expect(gridsFromFake(fake)).toEqual([table()]);
  });

  test("print title rows the host refuses to clear are reported, the rest of the page setup is restored", async () => {
    const { fake, port } = setup();
    const token = await port.apply({
      label: "印刷",
      layouts: [{ sheet: SHEET, print: { orientation: "landscape", paperSize: "A4", titleRows: "$1:$1" } }],
    });
    const layout = fake.run(async (context) => context.workbook.worksheets.getItem(SHEET).pageLayout);
    const page = Object.getPrototypeOf(await layout) as { setPrintTitleRows(rows: string): void };
    const original = page.setPrintTitleRows;
    page.setPrintTitleRows = function (this: unknown, rows: string) {
      if (rows === "") throw new Error("InvalidArgument: the host refuses an empty address");
      original.call(this, rows);
    };
    try {
      const report = await port.undo(token);
      expect(report.notRestored).toEqual([{ sheet: SHEET, kind: "printTitles", ref: "" }]);
      expect(sheetOf(fake).page.orientation).toBe("Portrait");
    } finally {
      page.setPrintTitleRows = original;
    }
  });
});

describe("9. names the templates define", () => {
  const template: ChangeSet = {
    label: "ひな形",
    newSheets: ["進捗"],
    cells: [{ sheet: "進捗", address: "A1", value: "成果指標" }],
    layouts: [{ sheet: "進捗", names: [{ name: "KPI_進捗", address: "$A$1:$C$3" }] }],
  };

  test("are sheet-scoped, so the template can be created again after undo", async () => {
    const { fake, port } = setup();
    const token = await port.apply(template);
    expect(fake.state.names).toEqual([{ name: "KPI_進捗", reference: "='進捗'!$A$1:$C$3", scope: "進捗" }]);
    await port.undo(token);
    expect(fake.state.names).toEqual([]);
    await port.apply(template);
    expect(fake.state.sheet("進捗")).not.toBeNull();
  });

  test("on a sheet that stays, undo deletes them", async () => {
    const { fake, port } = setup();
    const token = await port.apply({
      label: "名前",
      layouts: [{ sheet: SHEET, names: [{ name: "KPI_表1", address: "$A$1:$C$3" }] }],
    });
    expect(token.added).toContainEqual({ sheet: SHEET, kind: "name", ref: "KPI_表1" });
    await port.undo(token);
    expect(fake.state.names).toEqual([]);
  });
});

describe("10. document settings stay small enough to save", () => {
  const longText = (i: number) => `${"年度末に調査予定の説明文".repeat(6_000)}${i}`; // ~72,000 characters, ~216 KB

  test("a history of long Japanese cell texts is trimmed by bytes, so later saves still succeed", async () => {
    const fake = fakeFromGrids([gridFromRows(SHEET, [[longText(0)]])]);
    const port = new OfficeWorkbook(fake.portOptions());
    for (let i = 1; i <= 12; i++)
      await port.apply({ label: `${i}`, cells: [{ sheet: SHEET, address: "A1", value: longText(i) }] });
    expect(fake.settings.refusedCount).toBe(0);
    await port.saveSettings({ bands: [1, 0.8] });
    const reloaded = new OfficeWorkbook({ ...fake.portOptions(), settings: fake.settings.reloaded() });
    expect(await reloaded.loadSettings()).toEqual({ bands: [1, 0.8] });
    const kept = await reloaded.undoHistory();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(12);
    expect(kept[kept.length - 1].label).toBe("12");
  });

  test("a refused save puts the setting back, so the next saves are not refused too", async () => {
    const { fake, port } = setup();
    await port.saveSettings({ note: "前の設定" });
    await expect(port.saveSettings({ note: "x".repeat(3 * 1024 * 1024) })).rejects.toThrow();
    expect(await port.loadSettings()).toEqual({ note: "前の設定" });
    const token = await port.apply({ label: "後", cells: [{ sheet: SHEET, address: "D1", value: 1 }] });
    expect(fake.settings.refusedCount).toBe(1);
    const reloaded = new OfficeWorkbook({ ...fake.portOptions(), settings: fake.settings.reloaded() });
    expect((await reloaded.undoHistory()).map((t) => t.id)).toEqual([token.id]);
  });
});

describe("11. smaller quirks", () => {
  test('valueTypes "Integer" and "RichValue" (a linked data type) read as their values, not as empty', async () => {
    const { fake, port } = setup();
    const sheet = sheetOf(fake);
    sheet.set(2, 2, { value: 10, formula: null, numberFormat: null, valueType: "Integer" });
    sheet.set(1, 0, { value: "東京都", formula: null, numberFormat: null, valueType: "RichValue" });
    const grid = await port.readSheet(SHEET);
    expect(grid.values[2][2]).toBe(10);
    expect(grid.values[1][0]).toBe("東京都");
  });

  test("undo of a data validation puts back the rule it replaced", async () => {
    const { fake, port } = setup();
    await port.apply({
      label: "利用者の入力規則",
      validations: [{ sheet: SHEET, address: "C2:C3", kind: "list", list: ["達成", "未達成"] }],
    });
    const userRule = JSON.parse(
      JSON.stringify(sheetOf(fake).validations[0].props["dataValidation.rule"]),
    ) as unknown;
    const token = await port.apply({
      label: "入力規則",
      validations: [{ sheet: SHEET, address: "C2:C3", kind: "list", list: ["集計中", "-"] }],
    });
    expect(await port.undo(token)).toEqual({ notRestored: [] });
    expect(sheetOf(fake).validations.map((v) => v.address)).toEqual(["C2:C3"]);
    expect(sheetOf(fake).validations[0].props["dataValidation.rule"]).toEqual(userRule);
  });

  test("a validation that differed across its range is cleared and reported", async () => {
    const { fake, port } = setup();
    await port.apply({
      label: "一部",
      validations: [{ sheet: SHEET, address: "C2", kind: "list", list: ["達成"] }],
    });
    const token = await port.apply({
      label: "入力規則",
      validations: [{ sheet: SHEET, address: "C2:C3", kind: "list", list: ["集計中", "-"] }],
    });
    expect((await port.undo(token)).notRestored).toEqual([token.added[0]]);
    expect(sheetOf(fake).validations.map((v) => v.address)).toEqual(["C2"]);
  });

  test("selecting a cell on another sheet brings that sheet forward", async () => {
    const fake = fakeFromGrids([table(), gridFromRows("別", [["x"]])]);
    const port = new OfficeWorkbook(fake.portOptions());
    await port.select("別", "A1");
    expect(fake.state.activeSheet).toBe("別");
    expect(fake.state.selection).toEqual({ sheet: "別", address: "A1" });
  });

  test("what was written while calculation was suspended is recalculated in the same batch", async () => {
    const grid = table();
    grid.formulas[2][2] = "=B3*2";
    grid.values[2][2] = 24;
    const fake = fakeFromGrids([grid]);
    const port = new OfficeWorkbook(fake.portOptions());
    const token = await port.apply({
      label: "式",
      cells: [{ sheet: SHEET, address: "C3", formula: "=B3*3", replaceFormula: true }],
    });
    await port.undo(token);
    expect(fake.log.some((e) => e.property === "application.suspendApiCalculationUntilNextSync()")).toBe(
      true,
    );
    expect(gridsFromFake(fake)).toEqual([grid]);
  });

  test("a sheet the add-in creates is activated", async () => {
    const { fake, port } = setup();
    await port.apply({
      label: "新",
      newSheets: ["集計_R5"],
      cells: [{ sheet: "集計_R5", address: "A1", value: 1 }],
    });
    expect(fake.state.activeSheet).toBe("集計_R5");
  });
});

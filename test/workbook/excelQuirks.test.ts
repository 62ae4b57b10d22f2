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
    expect(fake.syncCount).toBe(1);
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

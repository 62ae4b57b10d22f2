/**
 * The Office adapter against Microsoft's office-addin-mock: a second, independent object model with
 * Office.js's load-then-sync rule (unloaded properties read as an error text), to catch reliance on
 * behaviour only our own fake has.
 */
import { OfficeMockObject } from "office-addin-mock";
import { FakeSettings } from "../../src/workbook/fakeExcel";
import { OfficeWorkbook } from "../../src/workbook/office";
import type { XContext } from "../../src/workbook/office/excelApi";

function mockContext(): { context: OfficeMockObject; sheet: OfficeMockObject; syncs: () => number } {
  const context = new OfficeMockObject({
    workbook: {
      application: { suspendApiCalculationUntilNextSync() {}, calculate() {} },
      worksheets: {
        getItem(this: OfficeMockObject) {
          return this.sheet;
        },
        sheet: {
          name: "評価",
          getUsedRangeOrNullObject(this: OfficeMockObject) {
            return this.used;
          },
          getRange(this: OfficeMockObject, address?: string) {
            return address === undefined ? this.whole : this.cell;
          },
          used: {
            address: "評価!B2:C3",
            rowCount: 2,
            columnCount: 2,
            values: [
              ["目標", "1,600件"],
              ["達成率", 2.09375],
            ],
            formulas: [
              ["目標", "1,600件"],
              ["達成率", "=C5/C4"],
            ],
            numberFormat: [
              ["General", "General"],
              ["General", "0.0%"],
            ],
            valueTypes: [
              ["String", "String"],
              ["String", "Double"],
            ],
            untrack() {},
          },
          whole: {
            getMergedAreasOrNullObject(this: OfficeMockObject) {
              return this.merged;
            },
            merged: { address: "評価!B2:B3" },
          },
          cell: {
            values: [["実績"]],
            formulas: [["実績"]],
            numberFormat: [["General"]],
            valueTypes: [["String"]],
            untrack() {},
          },
        },
      },
    },
  });
  const sheet = context.workbook.worksheets.sheet;
  // isNullObject is a plain property here: the mock would otherwise report it "not loaded" (a truthy text).
  sheet.used.isNullObject = false;
  sheet.whole.merged.isNullObject = false;
  let count = 0;
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    count += 1;
    await mockSync();
    // The mock propagates loaded values through nested async callbacks; let them settle.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { context, sheet, syncs: () => count };
}

function portOver(context: OfficeMockObject): OfficeWorkbook {
  return new OfficeWorkbook({
    // The mock is dynamically shaped (an index signature of `any`); it stands in for the request context.
    run: (batch) => batch(context as unknown as XContext),
    settings: new FakeSettings(),
    requirements: () => true,
  });
}

test("readSheet over office-addin-mock: one sync, values, formulas, formats, merges", async () => {
  const { context, syncs } = mockContext();
  const grid = await portOver(context).readSheet("評価");
  expect(syncs()).toBe(1);
  expect(grid).toEqual({
    sheet: "評価",
    origin: { row: 1, col: 1 },
    rowCount: 2,
    colCount: 2,
    values: [
      ["目標", "1,600件"],
      ["達成率", 2.09375],
    ],
    formulas: [
      [null, null],
      [null, "=C5/C4"],
    ],
    numberFormats: [
      [null, null],
      [null, "0.0%"],
    ],
    merges: [{ row: 1, col: 1, rowCount: 2, colCount: 1 }],
  });
});

test("apply over office-addin-mock: one sync to read the before-state, one to write", async () => {
  const { context, sheet, syncs } = mockContext();
  const token = await portOver(context).apply({
    label: "修正",
    cells: [{ sheet: "評価", address: "B4", value: "集計中" }],
  });
  expect(syncs()).toBe(2);
  expect(token.cells).toEqual([
    { sheet: "評価", address: "B4", value: "実績", formula: null, numberFormat: null },
  ]);
  expect(sheet.cell.formulas).toEqual([["集計中"]]);
});

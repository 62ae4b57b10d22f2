/**
 * The summary view's change set (a new sheet with the counts table and a native bar chart of it) through
 * the Office adapter over the fake: one chart over the table, undone with the rest; and what the .xlsx
 * adapter does with a chart it cannot write.
 */
import { gridFromRows } from "../../src/core/grid";
import { translator } from "../../src/taskpane/app/i18n";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/settings/settings";
import { countStatuses } from "../../src/taskpane/views/summary/countStatuses";
import { summaryChanges } from "../../src/taskpane/views/summary/summaryChanges";
import { fakeFromGrids, gridsFromFake } from "../../src/workbook/fakeExcel";
import { OfficeWorkbook } from "../../src/workbook/office";
import type { ChangeSet } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { REPORT, ROWS, SHEET } from "../taskpane/support/fixtures";

const t = translator("ja");
const counts = countStatuses(REPORT, "R4", DEFAULT_PANE_SETTINGS, t("ui.summary.other"));
const summary = summaryChanges("集計_R4", "R4", counts, [], t);
const tableSource = `A2:B${counts.counts.length + 2}`;

function setup() {
  const fake = fakeFromGrids([gridFromRows(SHEET, ROWS)]);
  return { fake, port: new OfficeWorkbook(fake.portOptions()) };
}

describe("Office adapter over the fake", () => {
  test("the summary adds one bar chart over its table, titled and placed, in one read and one write; undo removes it with its sheet", async () => {
    const { fake, port } = setup();
    const before = gridsFromFake(fake);
    const token = await port.apply(summary);
    expect(fake.syncCount).toBe(2);
    const charts = fake.state.sheet("集計_R4")?.charts ?? [];
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: "BarClustered",
      source: tableSource,
      seriesBy: "Auto",
      props: { "title.text": summary.charts?.[0].title, "setPosition()": "E2" },
    });
    expect(token.added).toContainEqual({ sheet: "集計_R4", kind: "chart", ref: charts[0].name });

    fake.resetCounters();
    await port.undo(token);
    expect(fake.syncCount).toBe(2); // one check (*OrNullObject lookups, issue 17 item 8), one write
    expect(fake.state.sheet("集計_R4")).toBeNull();
    expect(gridsFromFake(fake)).toEqual(before);
  });

  test("a chart on a sheet that stays is deleted by undo", async () => {
    const { fake, port } = setup();
    const onExisting: ChangeSet = { label: "グラフ", charts: [{ ...summary.charts![0], sheet: SHEET }] };
    const token = await port.apply(onExisting);
    const sheet = fake.state.sheet(SHEET);
    expect(sheet?.charts).toHaveLength(1);
    fake.resetCounters();
    await port.undo(token);
    expect(fake.syncCount).toBe(2); // one check (*OrNullObject lookups, issue 17 item 8), one write
    expect(sheet?.charts).toEqual([]);
    expect(fake.log.map((e) => e.property)).toContain("chart.delete()");
  });
});

test(".xlsx adapter: writes the summary table, leaves the chart out and names it in the token's `skipped`", async () => {
  const book = XlsxWorkbook.create([SHEET]);
  const token = await book.apply(summary);
  expect(token.skipped).toEqual([{ sheet: "集計_R4", kind: "chart", ref: tableSource }]);
  expect((await book.readSheet("集計_R4")).values[1]).toEqual([
    t("ui.summary.status"),
    t("ui.summary.countHeader"),
    t("ui.summary.share"),
  ]);
  await book.undo(token);
  expect(await book.listSheets()).toEqual([SHEET]);
});

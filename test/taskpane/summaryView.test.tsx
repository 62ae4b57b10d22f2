/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { PaneIndicator, PaneReport } from "../../src/taskpane/checking/report";
import type { ChangeSet } from "../../src/workbook/port";
import { fixedChecker, REPORT, SHEET } from "./support/fixtures";
import { button, checkThenOpen, renderApp, viewLoaded } from "./support/renderApp";

/** An indicator with R4 and R5: its statuses and, for R5, whether an actual is in. */
function indicator(id: string, r4: string | null, r5: string | null, r5Actual: number | null): PaneIndicator {
  return {
    id,
    name: id,
    periods: [
      { label: "R4", projected: false, status: r4, actual: 1 },
      { label: "R5", projected: true, status: r5, actual: r5Actual },
    ],
  };
}

const reportOf = (indicators: PaneIndicator[], summaries: PaneReport["summaries"] = []): PaneReport => ({
  ...REPORT,
  tables: [{ ...REPORT.tables[0], indicators }],
  summaries,
});

const bars = (name: RegExp) =>
  within(screen.getByRole("figure", { name }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

describe("summary view", () => {
  it("asks for a check first", async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole("tab", { name: "集計" }));
    await viewLoaded();
    expect(screen.getByText("集計する指標がありません。先に「チェック」を実行してください。")).toBeTruthy();
  });

  it("counts statuses of the chosen period, projected ones with their band, and inserts the summary", async () => {
    const { user, port } = await checkThenOpen("集計");

    const chart = screen.getByRole("figure", { name: "R5 の結果（指標 2 件）" });
    const bars = within(chart)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(bars).toEqual([
      "達成: 0 件（0%）",
      "概ね達成: 1 件（50%）",
      "未達成: 0 件（0%）",
      "集計中: 1 件（50%）",
    ]);

    await user.selectOptions(screen.getByRole("combobox", { name: "年度" }), "R4");
    expect(screen.getByRole("figure", { name: "R4 の結果（指標 2 件）" })).toBeTruthy();
    expect(screen.getByText("未達成: 1 件（50%）")).toBeTruthy();

    await user.click(button("集計表とグラフをシートに挿入"));
    expect(await screen.findByText("シート「集計_R4」に集計表とグラフを挿入しました。")).toBeTruthy();
    const [[changes]] = port.callsOf("apply") as [[ChangeSet]];
    expect(changes.newSheets).toEqual(["集計_R4"]);
    expect(changes.cells).toContainEqual({
      sheet: "集計_R4",
      address: "B5",
      value: 1,
      numberFormat: '#,##0"件"',
    });
  });

  it("opens on the latest period with actuals, not the last column", async () => {
    const report = reportOf([indicator("a", "達成", null, null), indicator("b", "未達成", null, null)]);
    await checkThenOpen("集計", { checker: fixedChecker(() => report) });
    expect((screen.getByRole("combobox", { name: "年度" }) as HTMLSelectElement).value).toBe("R4");
    expect(screen.getByRole("figure", { name: "R4 の結果（指標 2 件）" })).toBeTruthy();
  });

  it("rounds the percentages so that they add up to 100%", async () => {
    const report = reportOf([
      indicator("a", "達成", "達成", 1),
      indicator("b", "概ね達成", "概ね達成", 1),
      indicator("c", "未達成", "未達成", 1),
    ]);
    await checkThenOpen("集計", { checker: fixedChecker(() => report) });
    expect(bars(/R5/)).toEqual([
      "達成: 1 件（34%）",
      "概ね達成: 1 件（33%）",
      "未達成: 1 件（33%）",
      "集計中: 0 件（0%）",
    ]);
  });

  it("says what その他 counts, and what the sheet's own summary counts when its total differs", async () => {
    const report = reportOf(
      [indicator("a", "達成", "達成", 1), indicator("b", "達成", "-", 1), indicator("c", "達成", null, 1)],
      [{ sheet: SHEET, cell: "B3", text: "プラン全体 36単位施策", total: 36, unit: "単位施策" }],
    );
    const { user, port } = await checkThenOpen("集計", { checker: fixedChecker(() => report) });
    expect(bars(/R5/).at(-1)).toBe("その他: 2 件（67%）");
    const otherNote = "「その他」は、どの区分にも集計中にも当たらないものです: 「-」1 件、結果なし 1 件。";
    const sheetNote =
      "シートの集計「プラン全体 36単位施策」（取組状況!B3）は単位施策ごとに 36 を数えています。この集計は指標ごとに 3 件です。";
    expect(screen.getByText(otherNote)).toBeTruthy();
    expect(screen.getByText(sheetNote)).toBeTruthy();

    await user.click(button("集計表とグラフをシートに挿入"));
    const [[changes]] = port.callsOf("apply") as [[ChangeSet]];
    const values = changes.cells?.map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(["割合", otherNote, sheetNote]));
    expect(changes.cells).toContainEqual({
      sheet: "集計_R5",
      address: "C7",
      value: 0.67,
      numberFormat: "0%",
    });
  });

  it("moves focus to the message saying where the summary went", async () => {
    const { user } = await checkThenOpen("集計");
    await user.click(button("集計表とグラフをシートに挿入"));
    const done = await screen.findByText("シート「集計_R5」に集計表とグラフを挿入しました。");
    await waitFor(() => expect(document.activeElement).toBe(done));
  });
});

/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { ChangeSet } from "../../src/workbook/port";
import { button, checkThenOpen, renderApp } from "./support/renderApp";

describe("summary view", () => {
  it("asks for a check first", async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole("tab", { name: "集計" }));
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
});

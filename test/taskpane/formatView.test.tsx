/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { ChangeSet } from "../../src/workbook/port";
import { EMPTY_REPORT, fixedChecker, SHEET } from "./support/fixtures";
import { button, checkThenOpen, renderApp, viewLoaded } from "./support/renderApp";

describe("format view", () => {
  it("asks for a check first", async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole("tab", { name: "書式" }));
    await viewLoaded();
    expect(screen.getByText("修正できる指摘はありません。先に「チェック」を実行してください。")).toBeTruthy();
  });

  it("shows the empty state when no table was found", async () => {
    const { user } = renderApp({ checker: fixedChecker(() => EMPTY_REPORT) });
    await user.click(button("チェックする"));
    await screen.findByRole("heading", { name: "このシートには評価表が見つかりません" });
    await user.click(screen.getByRole("tab", { name: "書式" }));
    await viewLoaded();
    expect(screen.getByRole("heading", { name: "このシートには評価表が見つかりません" })).toBeTruthy();
  });

  it("previews numbers with unit formats and rates as 0.0%, then applies the whole look in one batch", async () => {
    const { user, port } = await checkThenOpen("書式");
    await user.click(screen.getByRole("checkbox", { name: "A4 横・見出し行を各ページに印刷" }));
    await user.click(button("書式の変更をプレビュー"));

    // Every effect is named, the ones the cell table cannot show included; print setup was unticked.
    const effects = within(screen.getByRole("list"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(effects).toEqual([
      "文字列の数値 2 セルを単位付き表示形式の数値にします",
      "達成率 2 セルを小数第1位までのパーセント（75.0% のように）で表示します",
      "結果 6 セルを条件付き書式で色分けします（ルール 7 件）",
      "表 1 件に罫線を引き、見出し 1 行を塗りつぶして太字にします",
      "シート 1 枚で見出しを固定します",
    ]);
    const rows = within(screen.getByRole("table"))
      .getAllByRole("row")
      .map((r) => r.textContent);
    // As the sheet will show them: the text 1,600件 becomes a number that still reads 1,600件.
    expect(rows).toContain(`${SHEET}!D21,600件1,600件 （数値）`);
    expect(rows).toContain(`${SHEET}!D5209.4%209.4% （数値）`);
    expect(rows).toContain(`${SHEET}!E52.022202.2%`);

    await user.click(button("適用する"));
    await screen.findByText("4 個のセルを変更しました。");
    const [[changes]] = port.callsOf("apply") as [[ChangeSet]];
    // One rule per label over the status cells' area (not per cell), exact text so 達成 leaves 達成率 alone.
    expect(changes.conditionalFormats).toHaveLength(7);
    expect(changes.conditionalFormats).toContainEqual({
      sheet: SHEET,
      address: "D4:F8",
      kind: "textEquals",
      text: "未達成見込み",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
      bold: true,
    });
    expect(changes.styles).toContainEqual({ sheet: SHEET, address: "A1:F9", borders: "thin-all" });
    expect(changes.styles).toContainEqual({
      sheet: SHEET,
      address: "A1:F1",
      fill: "#D9E1F2",
      bold: true,
      borders: "thin-all",
    });
    expect(changes.layouts).toEqual([{ sheet: SHEET, freeze: { rows: 1, columns: 0 } }]);
  });

  it("names print setup when it is part of the look, in English too", async () => {
    const { user } = renderApp({ lang: "en" });
    await user.click(button("Check"));
    await screen.findByText(/3 findings in/);
    await user.click(screen.getByRole("tab", { name: "Format" }));
    await viewLoaded();
    await user.click(button("Preview formatting"));
    expect(screen.getByText("Applying this will:")).toBeTruthy();
    const effects = within(screen.getByRole("list"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(effects).toContain("set 1 sheet(s) to print on A4 landscape with the headings on every page");
    expect(effects).toHaveLength(6);
  });
});

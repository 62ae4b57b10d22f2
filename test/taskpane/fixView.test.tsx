/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { CLEAN_REPORT, fixedChecker, REPORT, SHEET } from "./support/fixtures";
import { button, checkThenOpen, renderApp } from "./support/renderApp";

function checkThenOpenFix() {
  return checkThenOpen("修正", { checker: fixedChecker((call) => (call === 0 ? REPORT : CLEAN_REPORT)) });
}

describe("fix view", () => {
  it("asks for a check first", async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole("tab", { name: "修正" }));
    expect(screen.getByText("修正できる指摘はありません。先に「チェック」を実行してください。")).toBeTruthy();
  });

  it("previews every cell before → after, applies them in one batch and undoes it exactly", async () => {
    const { user, port } = await checkThenOpenFix();
    const before = JSON.stringify(port.grids.get(SHEET));
    await user.click(button("すべて修正（2 件）をプレビュー"));

    const table = screen.getByRole("table");
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows).toEqual(["セル変更前変更後", `${SHEET}!F4#VALUE!集計中`, `${SHEET}!F5#VALUE!（空）`]);
    expect(document.activeElement).toBe(button("適用する"));

    await user.click(button("適用する"));
    expect(await screen.findByText("2 個のセルを変更しました。")).toBeTruthy();
    expect(port.callsOf("apply")).toHaveLength(1);
    expect(port.grids.get(SHEET)?.values[3][5]).toBe("集計中");

    const undo = await screen.findByRole("button", { name: /修正を適用.*2 セル.*元に戻す/ });
    await user.click(undo);
    expect(await screen.findByText("「修正を適用」を元に戻しました。")).toBeTruthy();
    expect(JSON.stringify(port.grids.get(SHEET))).toBe(before);
  });

  it("fixes one finding, and discarding a preview writes nothing", async () => {
    const { user, port } = await checkThenOpenFix();
    await user.click(button("この指摘を修正: F5"));
    expect(within(screen.getByRole("table")).getAllByRole("row")).toHaveLength(2);
    await user.click(button("やめる"));
    expect(port.callsOf("apply")).toHaveLength(0);
    expect(button("この指摘を修正: F4")).toBeTruthy();
  });

  it("undoing an earlier apply also undoes the later ones, newest first", async () => {
    const { user, port } = await checkThenOpen("修正", { checker: fixedChecker(() => REPORT) });
    const original = JSON.stringify(port.grids.get(SHEET));
    for (const cell of ["F4", "F5"]) {
      await user.click(button(`この指摘を修正: ${cell}`));
      await user.click(button("適用する"));
      await screen.findByText("1 個のセルを変更しました。");
    }
    const list = screen.getByRole("list", { name: "このセッションで行った変更" });
    const items = within(list).getAllByRole("button");
    expect(items[1].textContent).toContain("（後の変更 1 件も戻します）");
    await user.click(items[1]);
    await screen.findByText("「修正を適用」を元に戻しました。");
    expect(port.callsOf("undo").map(([t]) => (t as { id: string }).id)).toEqual(["t2", "t1"]);
    expect(JSON.stringify(port.grids.get(SHEET))).toBe(original);
  });
});

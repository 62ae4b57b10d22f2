/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
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
    // Errors ticked, advice (numbers as text, no fix here) not listed; the preview shows each cell as displayed.
    const errors = screen.getByRole("group", { name: "提出前に直すもの（2）" });
    expect(
      within(errors)
        .getAllByRole("checkbox")
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([true, true]);
    await user.click(button("選んだものを修正（2 件）"));

    const table = screen.getByRole("table");
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows).toEqual(["セル変更前変更後", `${SHEET}!F4#VALUE!集計中`, `${SHEET}!F5#VALUE!（空）`]);
    expect(document.activeElement).toBe(button("適用する"));

    await user.click(button("適用する"));
    const result = await screen.findByText("2 個のセルを変更しました。");
    expect(document.activeElement).toBe(result);
    expect(port.callsOf("apply")).toHaveLength(1);
    expect(port.grids.get(SHEET)?.values[3][5]).toBe("集計中");

    const undo = await screen.findByRole("button", { name: /修正を適用.*2 セル.*元に戻す/ });
    await user.click(undo);
    const undone = await screen.findByText("「修正を適用」を元に戻しました。");
    // The undo button is gone; focus is on what happened, not lost to <body>.
    await waitFor(() => expect(document.activeElement).toBe(undone));
    expect(JSON.stringify(port.grids.get(SHEET))).toBe(before);
  });

  it("fixes only the ticked findings, discarding a preview writes nothing, and a row's cell is selected on click", async () => {
    const { user, port } = await checkThenOpenFix();
    await user.click(screen.getByRole("checkbox", { name: /^F4/ }));
    await user.click(button("選んだものを修正（1 件）"));
    expect(
      within(screen.getByRole("table"))
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["セル変更前変更後", `${SHEET}!F5#VALUE!（空）`]);
    await user.click(button("やめる"));
    expect(port.callsOf("apply")).toHaveLength(0);
    expect(document.activeElement).toBe(button("選んだものを修正（1 件）"));
    await user.click(button("F4 を選択"));
    expect(port.callsOf("select")).toEqual([[SHEET, "F4"]]);
  });

  it("エラーだけ修正 previews the errors whatever is ticked", async () => {
    const { user } = await checkThenOpenFix();
    await user.click(screen.getByRole("checkbox", { name: /^F4/ }));
    await user.click(button("エラーだけ修正（2 件）"));
    expect(within(screen.getByRole("table")).getAllByRole("row")).toHaveLength(3);
  });

  it("undoing an earlier apply also undoes the later ones, newest first", async () => {
    const { user, port } = await checkThenOpen("修正", { checker: fixedChecker(() => REPORT) });
    const original = JSON.stringify(port.grids.get(SHEET));
    for (const cell of ["F5", "F4"]) {
      // Only this cell's finding ticked (the report after a fix lists both again, ticked by default).
      await waitFor(() =>
        expect((screen.getAllByRole("checkbox") as HTMLInputElement[]).every((box) => box.checked)).toBe(
          true,
        ),
      );
      for (const box of screen.getAllByRole("checkbox") as HTMLInputElement[])
        if (box.checked !== new RegExp(`^${cell}`).test(box.labels?.[0]?.textContent ?? ""))
          await user.click(box);
      await user.click(button("選んだものを修正（1 件）"));
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

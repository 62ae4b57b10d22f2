/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { WorkbookError } from "../../src/workbook/errors";
import type { PaneReport } from "../../src/taskpane/checking/report";
import { EMPTY_REPORT, fixedChecker, hangingChecker, REPORT, SHEET } from "./support/fixtures";
import { button, renderApp } from "./support/renderApp";

describe("check view", () => {
  it("checks the active sheet, says first whether it can be submitted and lists findings by kind, advice collapsed", async () => {
    const { user, port } = renderApp();
    await user.click(screen.getByRole("button", { name: "チェックする" }));
    expect(await screen.findByText("評価表 1 件・指標 2 件で 3 件の指摘")).toBeTruthy();
    const verdict = screen.getByText("このままでは提出できません。提出前に直すものが 2 件あります。");
    await waitFor(() => expect(document.activeElement).toBe(verdict));
    const errors = screen.getByRole("region", { name: "提出前に直すもの（2）" });
    expect(within(errors).getByRole("heading", { level: 3 }).textContent).toContain("取組状況!A1:F9");
    const finding = within(errors).getByRole("button", { name: /F4.*#VALUE!.*集計中/ });
    expect(finding.textContent).toContain("現在: #VALUE! / 正しくは: 集計中");
    expect(within(errors).getAllByRole("button", { name: /^F\d を修正$/ })).toHaveLength(2);
    // Advice is collapsed: its heading is a toggle, its findings hidden until opened.
    const toggle = screen.getByRole("button", { name: /参考（1）/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: /D2/ })).toBeNull();
    await user.click(toggle);
    expect(screen.getByRole("button", { name: /D2.*数値が文字列/ })).toBeTruthy();
    expect(port.callsOf("readSheet")).toEqual([[SHEET]]);

    await user.click(finding);
    expect(port.callsOf("select")).toEqual([[SHEET, "F4"]]);
  });

  it("lists a table only under the kinds of its findings: advice-only tables when 参考 is opened, clean tables never", async () => {
    const table = (id: string, range: string) => ({ ...REPORT.tables[0], id, range });
    const advice = REPORT.findings[2];
    const report: PaneReport = {
      ...REPORT,
      tables: [table("t1", "A1:F9"), table("t2", "A12:F20"), table("t3", "A23:F31")],
      findings: [...REPORT.findings, { ...advice, id: "f4", cell: "D13", cells: ["D13"], tableId: "t2" }],
    };
    const { user } = renderApp({ checker: fixedChecker(() => report) });
    await user.click(button("チェックする"));
    await screen.findByText("評価表 3 件・指標 6 件で 4 件の指摘");
    const tableHeadings = () =>
      screen
        .getAllByRole("heading", { level: 3 })
        .map((h) => /![A-Z]+\d+:[A-Z]+\d+/.exec(h.textContent ?? "")?.[0]);
    expect(tableHeadings()).toEqual(["!A1:F9"]);
    await user.click(screen.getByRole("button", { name: /参考（2）/ }));
    expect(tableHeadings()).toEqual(["!A1:F9", "!A1:F9", "!A12:F20"]);
    const adviceGroup = screen.getByRole("region", { name: /参考（2）/ });
    expect(within(adviceGroup).getByRole("button", { name: /D13.*数値が文字列/ })).toBeTruthy();
    expect(screen.queryByText(/A23:F31/)).toBeNull();
  });

  it("fixes one finding from the list after a preview, then focuses the next finding", async () => {
    const afterFix: PaneReport = { ...REPORT, findings: REPORT.findings.slice(1) };
    const { user, port } = renderApp({ checker: fixedChecker((call) => (call === 0 ? REPORT : afterFix)) });
    await user.click(button("チェックする"));
    await user.click(await screen.findByRole("button", { name: "F4 を修正" }));
    const [preview] = screen.getAllByRole("region", { name: "変更されるセル（1 個）" });
    expect(within(preview).getByText("集計中")).toBeTruthy();
    expect(document.activeElement).toBe(button("適用する"));
    await user.click(button("適用する"));
    expect(port.callsOf("apply")).toHaveLength(1);
    await waitFor(() => expect(document.activeElement?.textContent).toContain("F5"));
    expect(screen.queryByRole("button", { name: "F4 を修正" })).toBeNull();
  });

  it("やめる leaves the sheet as it was and keeps focus on the finding", async () => {
    const { user, port } = renderApp();
    await user.click(button("チェックする"));
    await user.click(await screen.findByRole("button", { name: "F5 を修正" }));
    await user.click(button("やめる"));
    expect(port.callsOf("apply")).toEqual([]);
    await waitFor(() => expect(document.activeElement?.textContent).toContain("F5"));
  });

  it("checks again when the scope changes", async () => {
    const checker = fixedChecker(() => REPORT);
    const { user } = renderApp({ checker });
    await user.click(button("チェックする"));
    await screen.findByText(/3 件の指摘/);
    await user.click(screen.getByRole("radio", { name: "ブック全体" }));
    await waitFor(() => expect(checker.calls).toBe(2));
  });

  it("checks every sheet when the whole workbook is chosen", async () => {
    const { user, port } = renderApp();
    await user.click(screen.getByRole("radio", { name: "ブック全体" }));
    await user.click(screen.getByRole("button", { name: "チェックする" }));
    await screen.findByText(/3 件の指摘/);
    expect(port.callsOf("listSheets")).toHaveLength(1);
  });

  it("shows progress and can be cancelled", async () => {
    const { user } = renderApp({ checker: hangingChecker });
    await user.click(screen.getByRole("button", { name: "チェックする" }));
    expect(await screen.findByRole("progressbar", { name: "チェック中… 1 / 10" })).toBeTruthy();
    expect(button("チェックする").disabled).toBe(true);
    await user.click(screen.getByRole("button", { name: "中止" }));
    expect((await screen.findByRole("status")).textContent).toContain("チェックを中止しました。");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("says what it looked for when the sheet has no evaluation table", async () => {
    const { user } = renderApp({ checker: fixedChecker(() => EMPTY_REPORT) });
    await user.click(screen.getByRole("button", { name: "チェックする" }));
    expect(await screen.findByRole("heading", { name: "このシートには評価表が見つかりません" })).toBeTruthy();
    expect(screen.getByText(/探したもの: 「目標」「実績」「達成率」「結果」/)).toBeTruthy();
  });

  it("shows an Office error instead of a blank pane, and can dismiss it", async () => {
    const { user, port } = renderApp();
    port.failWith = new WorkbookError("workbook.sheetNotFound", { sheet: SHEET });
    await user.click(screen.getByRole("button", { name: "チェックする" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("エラーが発生しました");
    expect(alert.textContent).toContain("シート「取組状況」が見つかりません。");
    await user.click(within(alert).getByRole("button", { name: "閉じる" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect(button("チェックする").disabled).toBe(false);
  });

  it("lists a long group a page at a time", async () => {
    const many: PaneReport = {
      ...REPORT,
      findings: Array.from({ length: 120 }, (_, i) => ({
        ...REPORT.findings[0],
        id: `m${i}`,
        cell: `F${i + 2}`,
      })),
    };
    const { user } = renderApp({ checker: fixedChecker(() => many) });
    await user.click(button("チェックする"));
    const list = await screen.findByRole("region", { name: "提出前に直すもの（120）" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(50);
    await user.click(button("さらに 50 件表示（残り 70 件）"));
    expect(within(list).getAllByRole("listitem")).toHaveLength(100);
    await user.click(button("さらに 20 件表示（残り 20 件）"));
    expect(within(list).getAllByRole("listitem")).toHaveLength(120);
    expect(screen.queryByRole("button", { name: /さらに/ })).toBeNull();
  });

  it("speaks English when Office does", async () => {
    const { user } = renderApp({ lang: "en" });
    expect(screen.getByRole("tab", { name: "Check" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("3 findings in 1 tables with 2 indicators")).toBeTruthy();
    expect(screen.getByText("Not ready to submit: 2 to fix before submission.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Fix before submission (2)" })).toBeTruthy();
  });
});

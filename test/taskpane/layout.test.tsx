/** @jest-environment jsdom */
/**
 * The pane checks with the reading saved in the workbook (its custom XML part through the port): a table
 * detection misses is read by it; without the reading the same sheet has no table.
 */
import { screen } from "@testing-library/react";
import { createInThreadChecker } from "../../src/taskpane/checking/checker";
import { SUMMARY_LAYOUT, SUMMARY_SHEET, summaryRows } from "../support/layoutTables";
import { MemoryPort } from "./support/memoryPort";
import { button, renderApp, viewLoaded } from "./support/renderApp";

/** The table headings of a check's result, advice opened (a table whose findings are all advice is under it). */
async function tableShown(user: ReturnType<typeof renderApp>["user"], range: RegExp) {
  await screen.findByText(/評価表 1 件/);
  const advice = screen.queryByRole("button", { name: /参考/ });
  if (advice !== null) await user.click(advice);
  return screen.findAllByText(range);
}

test("a check uses the workbook's saved reading for the tables it names", async () => {
  const port = new MemoryPort({ [SUMMARY_SHEET]: summaryRows() });
  port.layout = JSON.stringify(SUMMARY_LAYOUT);
  const { user } = renderApp({ port, checker: createInThreadChecker() });
  await screen.findByRole("button", { name: "チェックする" });
  await user.click(button("チェックする"));
  expect(await tableShown(user, /指標総括表!A3:I12/)).not.toHaveLength(0);
  expect(port.callsOf("loadLayout")).toEqual([[]]);
});

test("without a saved reading the same sheet has no table", async () => {
  const port = new MemoryPort({ [SUMMARY_SHEET]: summaryRows() });
  const { user } = renderApp({ port, checker: createInThreadChecker() });
  await user.click(button("チェックする"));
  expect(await screen.findByRole("heading", { name: "このシートには評価表が見つかりません" })).toBeTruthy();
});

test("読み方: select → assign → the table is read at once → 保存 → reload → the same reading → 元に戻す", async () => {
  const port = new MemoryPort({ [SUMMARY_SHEET]: summaryRows() });
  const first = renderApp({ port, checker: createInThreadChecker() });
  await first.user.click(button("チェックする"));
  await screen.findByRole("heading", { name: "このシートには評価表が見つかりません" });
  await first.user.click(screen.getByRole("tab", { name: "読み方" }));
  await viewLoaded();
  const steps: [string, string][] = [
    ["E4:H4", "選択したセルは年度"],
    ["E5:H5", "選択した行は目標"],
    ["A6", "選択した行は実績"],
    ["B5", "選択した列は指標名"],
  ];
  for (const [address, say] of steps) {
    port.selected = { sheet: SUMMARY_SHEET, address };
    await first.user.click(await screen.findByRole("button", { name: say }));
  }
  expect(await screen.findByText("指標総括表!B4:H12（読み方で指定）")).toBeTruthy();
  const current = screen.getByRole("region", { name: /いま伝えた読み方/ });
  expect(current.textContent).toContain("目標: 5 行目");
  expect(current.textContent).toContain("指標名: B 列");
  await first.user.click(button("保存"));
  expect((await screen.findByRole("status")).textContent).toContain("保存しました");
  const saved = JSON.parse(port.layout ?? "null");
  expect(saved.tables[0]).toMatchObject({
    range: "B4:H12",
    blocks: { first: 5, size: 2, roles: { target: 0, actual: 1 } },
  });
  first.unmount();

  const again = renderApp({ port, checker: createInThreadChecker() });
  await screen.findByRole("button", { name: "チェックする" });
  await again.user.click(button("チェックする"));
  expect(await tableShown(again.user, /指標総括表!B4:H12/)).not.toHaveLength(0);
  await again.user.click(screen.getByRole("tab", { name: "読み方" }));
  await viewLoaded();
  expect(await screen.findByText("指標総括表!B4:H12（読み方で指定）")).toBeTruthy();
  expect(JSON.parse(port.layout ?? "null")).toEqual(saved);
  await again.user.click(button("元に戻す"));
  expect((await screen.findByRole("status")).textContent).toContain("取り除きました");
  expect(port.layout).toBeNull();
});

/** @jest-environment jsdom */
/**
 * The pane checks with the reading saved in the workbook (its custom XML part through the port): a table
 * detection misses is read by it; without the reading the same sheet has no table.
 */
import { screen, waitFor } from "@testing-library/react";
import { createInThreadChecker } from "../../src/taskpane/checking/checker";
import { SUMMARY_LAYOUT, SUMMARY_SHEET, sidewaysRows, summaryRows } from "../support/layoutTables";
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

/** Checks `port`'s sheets (no table found) and opens 読み方. */
async function openReading(port: MemoryPort, lang: "ja" | "en" = "ja") {
  const utils = renderApp({ port, checker: createInThreadChecker(), lang });
  await utils.user.click(button(lang === "ja" ? "チェックする" : "Check"));
  await screen.findByRole("heading", {
    name: lang === "ja" ? "このシートには評価表が見つかりません" : /no evaluation table/i,
  });
  await utils.user.click(screen.getByRole("tab", { name: lang === "ja" ? "読み方" : "Reading" }));
  await viewLoaded();
  return utils;
}

/** Waits until what was told is taken (the view's buttons are enabled again). */
async function settled(): Promise<void> {
  await waitFor(() =>
    expect((screen.getByRole("button", { name: /^(保存|Save)$/ }) as HTMLButtonElement).disabled).toBe(false),
  );
}

async function tell(
  utils: ReturnType<typeof renderApp>,
  steps: readonly (readonly [string, string | RegExp])[],
): Promise<void> {
  for (const [address, say] of steps) {
    utils.port.selected = { sheet: SUMMARY_SHEET, address };
    await utils.user.click(await screen.findByRole("button", { name: say }));
    await settled();
  }
}

test("読み方: periods down a column — roles become columns, names rows, and the table is read that way", async () => {
  const port = new MemoryPort({ [SUMMARY_SHEET]: sidewaysRows() });
  const utils = await openReading(port);
  expect(button("選択した行は目標")).toBeTruthy();
  await tell(utils, [["D5:D8", "選択したセルは年度"]]);
  // The periods run down: the buttons now speak of columns for roles and rows for names.
  expect(screen.queryByRole("button", { name: "選択した行は目標" })).toBeNull();
  await tell(utils, [
    ["E5", "選択した列は目標"],
    ["F5", "選択した列は実績"],
    ["E2", "選択した行は指標名"],
    ["E3", "選択した行は単位"],
    ["E1", "選択した行は番号"],
  ]);
  expect(await screen.findByText("指標総括表!D1:L8（読み方で指定）")).toBeTruthy();
  const current = screen.getByRole("region", { name: /いま伝えた読み方/ });
  expect(current.textContent).toContain("年度: D5:D8（縦に並ぶ）");
  expect(current.textContent).toContain("目標: E 列");
  expect(current.textContent).toContain("指標名: 2 行目");
  await utils.user.click(button("保存"));
  await screen.findByRole("status");
  expect(JSON.parse(port.layout ?? "null").tables[0]).toMatchObject({
    range: "D1:L8",
    periods: "D5:D8",
    blocks: { first: "E", size: 2, roles: { target: 0, actual: 1 } },
    id: 1,
    name: 2,
    unit: 3,
  });
});

test("読み方: a selection that is neither a row nor a column is not taken for the periods", async () => {
  const port = new MemoryPort({ [SUMMARY_SHEET]: summaryRows() });
  const utils = await openReading(port);
  await tell(utils, [["E4:H5", "選択したセルは年度"]]);
  expect((await screen.findByRole("status")).textContent).toBe(
    "年度は 1 行（横に並ぶ）か 1 列（縦に並ぶ）のセルを選んでください。",
  );
});

test("読み方: the table's bands chosen from a list (here the settings' own), and half to even rounding, saved with the reading", async () => {
  const port = new MemoryPort({ [SUMMARY_SHEET]: summaryRows() });
  const utils = await openReading(port);
  await tell(utils, [
    ["E4:H4", "選択したセルは年度"],
    ["E5", "選択した行は目標"],
    ["E6", "選択した行は実績"],
  ]);
  const list = screen.getByRole("combobox", { name: "区分の基準" }) as HTMLSelectElement;
  const options = [...list.options].map((o) => o.textContent);
  expect(options).toEqual(["設定・表の凡例のとおり", "達成 100%以上／概ね達成 80%以上／未達成"]);
  await utils.user.selectOptions(list, "達成 100%以上／概ね達成 80%以上／未達成");
  const current = screen.getByRole("region", { name: /いま伝えた読み方/ });
  await screen.findByText("区分の基準: 達成 100%以上／概ね達成 80%以上／未達成");
  expect(current.textContent).toContain("区分の基準");
  await utils.user.selectOptions(
    screen.getByRole("combobox", { name: "達成率の端数処理" }),
    "偶数丸め（銀行型）",
  );
  await screen.findByText("達成率の端数処理: 偶数丸め（銀行型）");
  // Taken back to inference, then told again: only what is told last is saved.
  await utils.user.selectOptions(
    screen.getByRole("combobox", { name: "区分の基準" }),
    "設定・表の凡例のとおり",
  );
  await waitFor(() => expect(screen.queryByText(/^区分の基準: /)).toBeNull());
  await settled();
  await utils.user.selectOptions(
    screen.getByRole("combobox", { name: "区分の基準" }),
    "達成 100%以上／概ね達成 80%以上／未達成",
  );
  await screen.findByText("区分の基準: 達成 100%以上／概ね達成 80%以上／未達成");
  await utils.user.click(button("保存"));
  await screen.findByRole("status");
  expect(JSON.parse(port.layout ?? "null").tables[0]).toMatchObject({
    bands: { thresholds: [1, 0.8], labels: ["達成", "概ね達成", "未達成"] },
    rounding: "half-even",
  });
});

test("Reading, in English: the same buttons and lists", async () => {
  const port = new MemoryPort({ [SUMMARY_SHEET]: sidewaysRows() });
  const utils = await openReading(port, "en");
  await tell(utils, [["D5:D8", "Selected cells are the periods"]]);
  expect(button("Selected column is the Target")).toBeTruthy();
  expect(button("Selected row is the Indicator name")).toBeTruthy();
  const list = screen.getByRole("combobox", { name: "Status bands" }) as HTMLSelectElement;
  expect([...list.options].map((o) => o.textContent)).toContain("達成 ≥ 100% / 概ね達成 ≥ 80% / 未達成");
  expect(screen.getByText("Periods: D5:D8 (down a column)")).toBeTruthy();
});

test("読み方: the roles coloured on the sheet — previewed, applied in one batch, undone from the list", async () => {
  const port = new MemoryPort({ [SUMMARY_SHEET]: summaryRows() });
  port.layout = JSON.stringify(SUMMARY_LAYOUT);
  const { user } = renderApp({ port, checker: createInThreadChecker() });
  await user.click(await screen.findByRole("button", { name: "チェックする" }));
  await tableShown(user, /指標総括表!A3:I12/);
  await user.click(screen.getByRole("tab", { name: "読み方" }));
  await viewLoaded();
  await user.click(await screen.findByRole("button", { name: "役割をシートに色分け" }));
  // Nothing is written before 適用する: the preview lists each range and its colour.
  expect(port.callsOf("apply")).toEqual([]);
  expect(screen.getByRole("row", { name: /指標総括表!E5:H5.*目標 #DCE9F7/ })).toBeTruthy();
  expect(screen.getByRole("row", { name: /指標総括表!B5:B12.*指標名/ })).toBeTruthy();
  await user.click(button("適用する"));
  expect((await screen.findByRole("status")).textContent).toContain("シートに色を付けました");
  const [[applied]] = port.callsOf("apply") as [
    [{ label: string; styles: { address: string; fill: string }[] }],
  ];
  expect(applied.label).toBe("読み方の色分け");
  expect(applied.styles).toContainEqual({ sheet: SUMMARY_SHEET, address: "E6:H6", fill: "#DFF3E4" });
  // A fill-only change writes no cell: the list says how many formats it changed, not 「0 セル」.
  const undoColours = await screen.findByRole("button", { name: /読み方の色分け.*を元に戻す/ });
  expect(undoColours.textContent).not.toContain("セル");
  await user.click(undoColours);
  await waitFor(() => expect(port.callsOf("undo")).toHaveLength(1));
});

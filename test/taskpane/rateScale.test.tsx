/** @jest-environment jsdom */
/**
 * The pane tells how each table keeps its rates where it describes the table, and its settings can decide
 * it for every table (core's `rateScale`, issue 14 case 2).
 */
import { screen } from "@testing-library/react";
import { gridFromRows } from "../../src/core/grid";
import { createInThreadChecker } from "../../src/taskpane/checking/checker";
import {
  checkSettings,
  DEFAULT_PANE_SETTINGS,
  readSettings,
  type PaneSettings,
} from "../../src/taskpane/settings/settings";
import { ROWS, SHEET } from "./support/fixtures";
import { MemoryPort } from "./support/memoryPort";
import { button, readingUnder, renderApp } from "./support/renderApp";

const FRACTIONS = "達成率の表し方: 割合（1 = 100%、パーセント表示の書式）";
const POINTS_BY_SETTING =
  "達成率の表し方: ポイント（100 = 100%、例 209.4）・設定 rateScale による（セルからの判定は「割合」）";

async function checkWith(settings: PaneSettings) {
  return createInThreadChecker().check(
    { grids: [gridFromRows(SHEET, ROWS)], settings, lang: "ja" },
    () => undefined,
    new AbortController().signal,
  );
}

test("the pane's rateScale is core's: cells (absent in core), fraction or points, read back as saved", () => {
  expect(checkSettings(DEFAULT_PANE_SETTINGS).rateScale).toBeUndefined();
  const points = { ...DEFAULT_PANE_SETTINGS, rateScale: "points" as const };
  expect(checkSettings(points).rateScale).toBe("points");
  expect(readSettings(JSON.parse(JSON.stringify(points)))).toEqual(points);
  expect(readSettings({ ...DEFAULT_PANE_SETTINGS, rateScale: "percent" })).toEqual(DEFAULT_PANE_SETTINGS);
});

test("each table of the report says how it keeps its rates; a setting decides it and is named", async () => {
  const detected = await checkWith(DEFAULT_PANE_SETTINGS);
  expect(detected.tables.map((t) => t.reading.includes(FRACTIONS))).toEqual([true]);
  const set = await checkWith({ ...DEFAULT_PANE_SETTINGS, rateScale: "points" });
  expect(set.tables.map((t) => t.reading.includes(POINTS_BY_SETTING))).toEqual([true]);
});

test("the check view shows the convention in the reading under the table's heading", async () => {
  const port = new MemoryPort({ [SHEET]: ROWS });
  const { user } = renderApp({ port, checker: createInThreadChecker() });
  await user.click(button("チェックする"));
  expect(await readingUnder(/取組状況!A1:F9/)).toContain(FRACTIONS);
});

test("the settings view saves the city's convention in the workbook", async () => {
  const port = new MemoryPort({ [SHEET]: ROWS });
  const { user } = renderApp({ port, view: "settings" });
  const cells = screen.getByRole("radio", {
    name: "表ごとに達成率のセルから判定（推奨）",
  }) as HTMLInputElement;
  expect(cells.checked).toBe(true);
  await user.click(screen.getByRole("radio", { name: "ポイント（100 = 100%、例 209.4）" }));
  await user.click(button("ブックに保存"));
  expect(await screen.findByText("設定をブックに保存しました。")).toBeTruthy();
  expect(port.settings).toMatchObject({ rateScale: "points" });
});

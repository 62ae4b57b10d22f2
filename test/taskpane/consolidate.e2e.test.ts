/**
 * The 集約 view in headless Chromium over the preview: a master opened as the workbook, a department's
 * returned .xlsx picked with the file input (read in the page; no request leaves the preview's server),
 * the per-file line, a cell unticked, applied in one batch, checked, and undone to the original — at a
 * 320 px pane without horizontal scrolling, with no axe-core violations.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import type { CellValue } from "../../src/core/grid";
import {
  axeViolations,
  openBrowser,
  startPreview,
  type Browser,
  type PreviewServer,
} from "./support/browser";

jest.setTimeout(240_000);

const SHEET = "進捗管理表";
const IDS = [1, 2, 3, 4];

/** Rows of a master or a returned copy: 目標 and 実績 per indicator, R6 actuals from `actual`. */
function rows(ids: readonly number[], actual: (id: number) => CellValue): CellValue[][] {
  return [
    ["No.", "指標名", "担当課", "", "R5", "R6"],
    ...ids.flatMap((id): CellValue[][] => [
      [id, `指標${id}`, "産業振興課", "目標", 100 + id, 110 + id],
      [null, null, null, "実績", 90 + id, actual(id)],
    ]),
  ];
}

async function writeBook(file: string, content: CellValue[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(SHEET);
  for (const row of content) sheet.addRow(row);
  await book.xlsx.writeFile(file);
}

let dir: string;
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kpi-consolidate-e2e-"));
  const samples = path.join(dir, "samples");
  mkdirSync(samples);
  await writeBook(
    path.join(samples, "master.xlsx"),
    rows(IDS, () => "集計中"),
  );
  await writeBook(
    path.join(dir, "産業振興課.xlsx"),
    rows([...IDS].reverse(), (id) => 200 + id),
  );
  server = await startPreview(["--samples", samples]);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const pane = (page: Page) => page.getByRole("main");
const snapshot = (page: Page) => page.evaluate(() => window.kpiPreview?.snapshot() ?? "");

test("pick, preview, untick, apply, check and undo at 320 px", async () => {
  const { page, requests } = browser;
  await page.goto(server.url);
  await page.waitForFunction(() => window.kpiPreview?.loaded === "master.xlsx");
  // The pane at the narrowest width Excel gives it.
  await pane(page).evaluate((el) => {
    (el.parentElement as HTMLElement).style.width = "320px";
  });
  const original = await snapshot(page);

  await pane(page).getByRole("tab", { name: "集約" }).click();
  await page.getByLabel("戻ってきたファイル（.xlsx）").setInputFiles(path.join(dir, "産業振興課.xlsx"));
  await pane(page).getByText("産業振興課: 4 セル取り込み、衝突 0").waitFor();
  expect(await axeViolations(page)).toEqual([]);
  const width = await pane(page).evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
  expect(width.client).toBeLessThanOrEqual(320);
  expect(width.scroll).toBeLessThanOrEqual(width.client);

  // By keyboard: the tick box takes focus and Space unticks it.
  await pane(page)
    .getByRole("checkbox", { name: /F5 No\.2 R6/ })
    .focus();
  await page.keyboard.press("Space");
  await pane(page).getByText("産業振興課: 3 セル取り込み、衝突 0").waitFor();
  await pane(page).getByRole("button", { name: "適用する", exact: true }).click();
  await pane(page).getByText("取り込みました。").waitFor();
  await pane(page)
    .getByText(/チェック結果: エラー \d+ 件、警告 \d+ 件/)
    .waitFor();
  const shown = (address: string) => page.locator(`td[data-address="${address}"]`).innerText();
  expect(await Promise.all(["F3", "F5", "F7", "F9"].map(shown))).toEqual(["201", "集計中", "203", "204"]);

  await pane(page)
    .getByRole("button", { name: /^集約（戻りの取り込み）.*を元に戻す$/ })
    .click();
  await pane(page)
    .getByText(/元に戻しました/)
    .waitFor();
  expect(await snapshot(page)).toBe(original);
  // Nothing left the machine: every request went to the preview's own server.
  const origin = new URL(server.url).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"))).toEqual([]);
});

/**
 * Always current (issue 18), in Chromium over the worker checker: a setting saved in 設定 re-runs the
 * check, and the check view shows the new findings without チェックする being pressed again.
 */
import { openBrowser, startPreview, type Browser, type PreviewServer } from "./support/browser";

jest.setTimeout(240_000);

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPreview();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

it("a band bound changed in 設定 refreshes the findings of 004", async () => {
  const { page } = browser;
  await page.goto(server.url);
  await page.waitForFunction(() => /^004/.test(window.kpiPreview?.loaded ?? ""));
  const pane = page.getByRole("main");
  await pane.getByRole("button", { name: "チェックする", exact: true }).click();
  const totals = pane.getByText(/件の指摘/);
  const before = await totals.innerText();

  await pane.getByRole("tab", { name: "設定" }).click();
  // 達成 from 120% instead of 100%: 004's rates between the two now disagree with the 達成 written beside them.
  await pane.getByRole("spinbutton", { name: "区分 1 の下限（%）" }).fill("120");
  await pane.getByRole("button", { name: "ブックに保存" }).click();
  await pane.getByText("設定をブックに保存しました。").waitFor();

  await pane.getByRole("tab", { name: "チェック" }).click();
  await page.waitForFunction((old) => {
    const line = [...document.querySelectorAll("main *")].find((e) => /件の指摘$/.test(e.textContent ?? ""));
    return line !== undefined && line.textContent !== old;
  }, before);
  const after = await totals.innerText();
  const count = (line: string) => Number(/(\d+) 件の指摘/.exec(line)?.[1]);
  console.log(`004 findings: ${before} → ${after}`);
  expect(count(after)).toBeGreaterThan(count(before));
});

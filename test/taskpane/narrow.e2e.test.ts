/**
 * The pane at 320 px, the narrowest Excel gives it (issue 18): the pane alone (`?pane`) in a 320 px wide
 * Chromium window, 004 checked, every view opened in turn; none may scroll sideways — in Japanese and
 * in English.
 */
import type { Page } from "playwright-core";
import { openBrowser, startPreview, type Browser, type PreviewServer } from "./support/browser";

jest.setTimeout(240_000);

const VIEWS = {
  ja: ["チェック", "修正", "集計", "書式", "集約", "提出用に確定", "テンプレート", "読み方", "設定"],
  en: ["Check", "Fix", "Summary", "Format", "Consolidate", "Finalize", "Templates", "Reading", "Settings"],
};
const CHECK = { ja: "チェックする", en: "Check" };
const LOADING = /^(読み込み中…|Loading…)$/;

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPreview();
  browser = await openBrowser();
  await browser.page.setViewportSize({ width: 320, height: 700 });
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

describe.each(["ja", "en"] as const)("at 320 px in %s", (lang) => {
  it("no view scrolls sideways", async () => {
    const { page } = browser;
    await page.goto(`${server.url}?pane${lang === "en" ? "&lang=en" : ""}`);
    await page.waitForFunction(() => /^004/.test(window.kpiPreview?.loaded ?? ""));
    const pane = page.getByRole("main");
    await pane.getByRole("button", { name: CHECK[lang], exact: true }).click();
    await pane.locator("[data-verdict]").waitFor();
    const widths: Record<string, number> = {};
    for (const name of VIEWS[lang]) {
      await pane.getByRole("tab", { name, exact: true }).click();
      await page.waitForFunction(
        (loading) =>
          ![...document.querySelectorAll("[role=status]")].some((e) =>
            new RegExp(loading).test(e.textContent ?? ""),
          ),
        LOADING.source,
      );
      widths[name] = await overflow(page);
    }
    expect(widths).toEqual(Object.fromEntries(VIEWS[lang].map((name) => [name, 0])));
  });
});

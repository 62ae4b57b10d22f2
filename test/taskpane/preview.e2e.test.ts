/**
 * The preview in headless Chromium, as a user would drive it: the 004 sample, check, see the #VALUE!
 * findings, select one, preview and apply all fixes, re-check clean, undo, and the workbook is exactly the
 * original — in Japanese and in English; axe-core on every view; screenshots for the README.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  axeViolations,
  openBrowser,
  SCREENSHOTS,
  startPreview,
  type Browser,
  type PreviewServer,
} from "./support/browser";

jest.setTimeout(240_000);

interface Words {
  check: string;
  tab: Record<"check" | "fix" | "summary" | "format" | "finalize" | "templates" | "settings", string>;
  totals: RegExp;
  nothingToFix: string;
  previewAll: RegExp;
  apply: string;
  applied: RegExp;
  undo: RegExp;
  undone: RegExp;
}

const WORDS: Record<"ja" | "en", Words> = {
  ja: {
    check: "チェックする",
    tab: {
      check: "チェック",
      fix: "修正",
      summary: "集計",
      format: "書式",
      finalize: "提出用に確定",
      templates: "テンプレート",
      settings: "設定",
    },
    totals: /件の指摘/,
    nothingToFix: "修正できる指摘はありません。",
    previewAll: /^エラーだけ修正（\d+ 件）$/,
    apply: "適用する",
    applied: /個のセルを変更しました。/,
    undo: /^修正を適用（.*）を元に戻す$/,
    undone: /元に戻しました/,
  },
  en: {
    check: "Check",
    tab: {
      check: "Check",
      fix: "Fix",
      summary: "Summary",
      format: "Format",
      finalize: "Finalize",
      templates: "Templates",
      settings: "Settings",
    },
    totals: /findings in/,
    nothingToFix: "None of the findings can be fixed automatically.",
    previewAll: /^Fix errors only \(\d+\)$/,
    apply: "Apply",
    applied: /^Changed \d+ cells\.$/,
    undo: /^Undo Apply fixes \(.*\)$/,
    undone: /^Undid/,
  },
};

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPreview();
  browser = await openBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

const pane = (page: Page) => page.getByRole("main");
const snapshot = (page: Page) => page.evaluate(() => window.kpiPreview?.snapshot() ?? "");

async function open(page: Page, lang: "ja" | "en") {
  await page.goto(`${server.url}${lang === "en" ? "?lang=en" : ""}`);
  await page.waitForFunction(() => /^004/.test(window.kpiPreview?.loaded ?? ""));
}

async function expectNoAxeViolations(page: Page, where: string) {
  const violations = await axeViolations(page);
  expect({ where, violations }).toEqual({ where, violations: [] });
}

describe.each(["ja", "en"] as const)("preview in %s", (lang) => {
  const w = WORDS[lang];

  it("checks 004, selects a #VALUE! cell, fixes all, re-checks clean and undoes to the original", async () => {
    const { page } = browser;
    await open(page, lang);
    const original = await snapshot(page);
    const firstRender = await page.evaluate(
      () => performance.getEntriesByName("kpi-first-render")[0]?.startTime,
    );
    // The first-render time itself is a benchmark figure (taskpane.first_render_ms), not a test assertion.
    expect(firstRender).toEqual(expect.any(Number));

    await pane(page).getByRole("button", { name: w.check, exact: true }).click();
    await pane(page).getByText(w.totals).waitFor();
    // Issue 18: the first screen lists at most 25 problems to act on, advice collapsed.
    const firstScreen = await pane(page).getByRole("listitem").count();
    console.log(`004 first screen after the check (${lang}): ${firstScreen} items`);
    expect(firstScreen).toBeGreaterThan(0);
    expect(firstScreen).toBeLessThanOrEqual(25);
    const valueFindings = pane(page).getByRole("button", { name: /#VALUE!/ });
    expect(await valueFindings.count()).toBeGreaterThan(0);
    const finding = valueFindings.first();
    const cell = (await finding.locator("span").first().innerText()).trim();
    await finding.click();
    await expect(page.locator(`td[data-address="${cell}"]`).getAttribute("data-selected")).resolves.toBe(
      "true",
    );
    expect(await page.locator("td[data-finding]").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, `check-${lang}.png`) });

    await pane(page).getByRole("tab", { name: w.tab.fix }).click();
    await pane(page).getByRole("button", { name: w.previewAll }).click();
    const rows = pane(page).getByRole("table").getByRole("row");
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await pane(page).getByRole("table").innerText()).toContain("#VALUE!");
    await pane(page).getByRole("button", { name: w.apply, exact: true }).click();
    await pane(page).getByText(w.applied).waitFor();
    expect(await page.locator("td", { hasText: "#VALUE!" }).count()).toBe(0);

    await pane(page).getByRole("tab", { name: w.tab.check }).click();
    await pane(page).getByRole("button", { name: w.check, exact: true }).click();
    await pane(page).getByText(w.totals).or(pane(page).getByRole("status")).first().waitFor();
    // Clean: no #VALUE! left and nothing fixable. (004's header line "36 = 19 + 9 + 8" stays an error: it
    // counts the unit measures of a second layout the sample does not hold, and no fix can know them.)
    expect(
      await pane(page)
        .getByRole("button", { name: /#VALUE!/ })
        .count(),
    ).toBe(0);
    await pane(page).getByRole("tab", { name: w.tab.fix }).click();
    // No error is left to fix (advice, numbers stored as text, may still be offered, unticked).
    await pane(page).getByText(w.nothingToFix).or(pane(page).getByRole("checkbox").first()).waitFor();
    expect(await pane(page).getByRole("button", { name: w.previewAll }).count()).toBe(0);

    await pane(page).getByRole("button", { name: w.undo }).click();
    await pane(page).getByText(w.undone).waitFor();
    expect(await snapshot(page)).toBe(original);
    expect(await page.locator("td", { hasText: "#VALUE!" }).count()).toBeGreaterThan(0);
  });

  it("has no axe-core violations in any view, and the summary chart reads at a glance", async () => {
    const { page } = browser;
    await open(page, lang);
    await expectNoAxeViolations(page, "start");
    await pane(page).getByRole("button", { name: w.check, exact: true }).click();
    await pane(page).getByText(w.totals).waitFor();
    for (const [view, name] of Object.entries(w.tab)) {
      await pane(page).getByRole("tab", { name }).click();
      // A view loaded on first opening is checked once it is there, not its loading line.
      await pane(page)
        .getByText(/^(読み込み中…|Loading…)$/)
        .waitFor({ state: "detached" });
      await expectNoAxeViolations(page, view);
    }
    await pane(page).getByRole("tab", { name: w.tab.summary }).click();
    const bars = pane(page).getByRole("figure").getByRole("listitem");
    expect(await bars.count()).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: path.join(SCREENSHOTS, `summary-${lang}.png`) });
  });
});

describe("dark Office theme", () => {
  it("follows it with no axe-core violations", async () => {
    const { page } = browser;
    await page.goto(`${server.url}?theme=dark`);
    await page.waitForFunction(() => /^004/.test(window.kpiPreview?.loaded ?? ""));
    await pane(page).getByRole("button", { name: "チェックする", exact: true }).click();
    await pane(page)
      .getByText(/件の指摘/)
      .waitFor();
    const background = await pane(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    await expectNoAxeViolations(page, "dark");
  });
});

describe("a workbook the user picks", () => {
  it("opens it in place of the sample and checks it", async () => {
    const { page } = browser;
    await open(page, "ja");
    await page
      .getByLabel("ファイルを開く (.xlsx)")
      .setInputFiles(path.join(__dirname, "../../samples/clean-kpi.xlsx"));
    await page.waitForFunction(() => window.kpiPreview?.loaded === "clean-kpi.xlsx");
    await pane(page).getByRole("button", { name: "チェックする", exact: true }).click();
    await pane(page)
      .getByText(/評価表 \d+ 件/)
      .waitFor();
    expect(
      await pane(page)
        .getByRole("button", { name: /#VALUE!/ })
        .count(),
    ).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName("kpi-check").length)).toBe(1);
  });
});

describe("a template created in the preview", () => {
  it("is the sheet shown and is read as a table to fill", async () => {
    const { page } = browser;
    await open(page, "ja");
    await pane(page).getByRole("tab", { name: "テンプレート" }).click();
    await pane(page).getByRole("button", { name: "シートを作成", exact: true }).click();
    await pane(page)
      .getByText("シート「進捗管理表」を作成しました。 評価表 1 件（記入前の指標 10）")
      .waitFor();
    const sheetButton = page.getByRole("button", { name: "進捗管理表", exact: true });
    await expect(sheetButton.getAttribute("aria-pressed")).resolves.toBe("true");
    await pane(page).getByRole("tab", { name: "チェック" }).click();
    await pane(page).getByRole("status").getByText("評価表 1 件（記入前の指標 10）").waitFor();
  });
});

describe("keyboard in a real browser", () => {
  it("moves between views with the arrow keys and reaches the check button with Tab", async () => {
    const { page } = browser;
    await open(page, "ja");
    const focused = (name: string) =>
      pane(page)
        .getByRole("tab", { name })
        .evaluate((el) => el === document.activeElement);
    await pane(page).getByRole("tab", { name: "チェック" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await focused("修正")).toBe(true);
    await page.keyboard.press("Enter");
    expect(await pane(page).getByRole("tab", { name: "修正" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    const check = pane(page).getByRole("button", { name: "チェックする", exact: true });
    for (let i = 0; i < 5 && !(await check.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    expect(await check.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await pane(page)
      .getByText(/件の指摘/)
      .waitFor();
  });
});

describe("network", () => {
  it("made no request to any other host", () => {
    const origin = new URL(server.url).origin;
    expect(browser.requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"))).toEqual([]);
  });
});

/**
 * taskpane.first_render_ms: navigation → first render of the task pane in the preview, in Debian's headless
 * Chromium (the app's `kpi-first-render` mark, relative to navigation start), median of fresh page loads.
 * taskpane.check_10k_ms: the preview's チェック on a 10,000-indicator workbook (the app's `kpi-check` measure:
 * read through the Office adapter over the fake object model, engine in the Web Worker, report shown).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openBrowser, startPreview } from "../../test/taskpane/support/browser";
import type { Figure, FigureResult } from "../figure";
import { writeKpiWorkbook } from "../generate";
import { summarize } from "../measure";

const LOADS = 7;

export const taskpaneFigure: Figure = {
  ids: ["taskpane.first_render_ms", "taskpane.check_10k_ms"],
  budget: false,
  async run(): Promise<FigureResult[]> {
    const samples = mkdtempSync(path.join(tmpdir(), "kpi-bench-samples-"));
    await writeKpiWorkbook(path.join(samples, "10000.xlsx"), 10_000);
    const server = await startPreview(["--samples", samples]);
    const browser = await openBrowser();
    try {
      const { page } = browser;
      const firstRender: number[] = [];
      for (let i = 0; i <= LOADS; i++) {
        await page.goto(server.url);
        const mark = await page.waitForFunction(
          () => performance.getEntriesByName("kpi-first-render")[0]?.startTime,
        );
        if (i > 0) firstRender.push(Number(await mark.jsonValue()));
      }
      await page.waitForFunction(() => /^10000/.test(window.kpiPreview?.loaded ?? ""), undefined, {
        timeout: 120_000,
      });
      const checks: number[] = [];
      for (let i = 0; i < 3; i++) {
        await page.evaluate(() => performance.clearMeasures("kpi-check"));
        await page.getByRole("main").getByRole("button", { name: "チェックする", exact: true }).click();
        const measure = await page.waitForFunction(
          () => performance.getEntriesByName("kpi-check")[0]?.duration,
          undefined,
          {
            timeout: 120_000,
          },
        );
        checks.push(Number(await measure.jsonValue()));
      }
      const render = summarize(firstRender);
      const check = summarize(checks);
      const other = browser.requests.filter((url) => !url.startsWith(server.url.replace(/\/[^/]*$/, "")));
      return [
        {
          id: "taskpane.first_render_ms",
          what: "preview: navigation → first render of the task pane, headless Chromium",
          goal: "< 1,000 ms",
          value: render.median,
          min: render.min,
          max: render.max,
          unit: "ms",
          detail: `${LOADS} loads; requests to other hosts: ${other.length}`,
          met: render.median < 1000 && other.length === 0,
        },
        {
          id: "taskpane.check_10k_ms",
          what: "preview: チェック on 10,000 indicators (read + worker engine + report)",
          goal: "< 3,000 ms",
          value: check.median,
          min: check.min,
          max: check.max,
          unit: "ms",
          met: check.median < 3000,
        },
      ];
    } finally {
      await browser.close();
      server.stop();
      rmSync(samples, { recursive: true, force: true });
    }
  },
};

/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { gridFromRows } from "../../src/core/grid";
import { ErrorBoundary } from "../../src/taskpane/app/ErrorBoundary";
import { LangProvider } from "../../src/taskpane/app/i18n";
import { createInThreadChecker, isAbortError } from "../../src/taskpane/checking/checker";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/settings/settings";
import { ROWS, SHEET } from "./support/fixtures";
import { MemoryPort } from "./support/memoryPort";
import { button, renderApp } from "./support/renderApp";

describe("the checker on the UI thread (the fallback where there is no worker)", () => {
  it("finds the table, computes statuses with the settings and reports the #VALUE! cells with fixes, in steps", async () => {
    const progress: number[] = [];
    const report = await createInThreadChecker().check(
      {
        grids: [gridFromRows(SHEET, ROWS)],
        settings: { ...DEFAULT_PANE_SETTINGS, projectedPeriod: "R5" },
        lang: "ja",
      },
      (p) => progress.push(p.done / p.total),
      new AbortController().signal,
    );
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
    expect(
      report.tables.map((t) => [t.range, t.indicators.map((i) => i.periods.map((p) => p.status))]),
    ).toEqual([
      [
        "A1:F9",
        [
          ["達成", "達成", "集計中"],
          ["概ね達成", "未達成", "概ね達成見込み"],
        ],
      ],
    ]);
    // The #VALUE! in F4 is listed under the pending actual that causes it, which fixes it to 集計中.
    const f4 = report.findings.filter((f) => f.cells.includes("F4"));
    expect(f4).toHaveLength(1);
    expect(f4[0].fix).toEqual(
      expect.arrayContaining([expect.objectContaining({ address: "F4", value: "集計中" })]),
    );
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    const running = createInThreadChecker().check(
      { grids: [gridFromRows(SHEET, ROWS)], settings: DEFAULT_PANE_SETTINGS, lang: "ja" },
      () => controller.abort(),
      controller.signal,
    );
    expect(isAbortError(await running.catch((e: unknown) => e))).toBe(true);
  });

  it("in the pane: check, fix all, and the re-check has no error left", async () => {
    const port = new MemoryPort({ [SHEET]: ROWS });
    const { user } = renderApp({ port, checker: createInThreadChecker() });
    await user.click(button("チェックする"));
    const errors = await screen.findByRole("region", { name: /^提出前に直すもの（\d+）$/ });
    expect(errors.textContent).toContain("#VALUE! になっています");
    await user.click(screen.getByRole("tab", { name: "修正" }));
    await user.click(screen.getByRole("button", { name: /エラーだけ修正/ }));
    await user.click(button("適用する"));
    await screen.findByText(/個のセルを変更しました。/);
    await user.click(screen.getByRole("tab", { name: "チェック" }));
    const totals = await screen.findByText(/評価表 1 件/);
    expect(screen.queryByRole("region", { name: /^提出前に直すもの/ })).toBeNull();
    expect(screen.getByText(/^提出前に直すものはありません|^提出できます/)).toBeTruthy();
    expect(totals.textContent).not.toBe("");
  });
});

describe("error boundary", () => {
  function Broken(): never {
    throw new Error("描画に失敗");
  }

  it("shows what a view threw instead of a blank pane", () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <LangProvider lang="ja">
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </LangProvider>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Excel との通信でエラーが発生しました: 描画に失敗");
    expect(within(alert).getByRole("button", { name: "閉じる" })).toBeTruthy();
  });
});

/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { ChangeSet } from "../../src/workbook/port";
import { MemoryPort } from "./support/memoryPort";
import { button, renderApp } from "./support/renderApp";

const SHEET = "提出";

function portWithFormulas() {
  const port = new MemoryPort({
    [SHEET]: [
      ["目標", "実績", "達成率", "結果"],
      [1600, 3350, 2.09375, "達成"],
      [20, "集計中", { error: "#VALUE!" }, "集計中"],
    ],
  });
  const grid = port.grids.get(SHEET)!;
  grid.formulas[1][2] = "=KPI.RATE(B2,A2)";
  grid.formulas[1][3] = "=KPI.STATUS(C2)";
  grid.formulas[2][2] = "=B3/A3";
  grid.formulas[2][3] = '=IFERROR(KPI.STATUS(C3),"")';
  return port;
}

describe("finalize view", () => {
  it("replaces KPI.* formulas with their values in place, then re-checks for #NAME?/#VALUE!", async () => {
    const port = portWithFormulas();
    const { user } = renderApp({ port });
    await user.click(screen.getByRole("tab", { name: "提出用に確定" }));
    await user.click(button("提出用に確定"));

    const rows = within(screen.getByRole("table"))
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows).toEqual([
      "セル変更前変更後",
      `${SHEET}!C2=KPI.RATE(B2,A2)2.09375`,
      `${SHEET}!D2=KPI.STATUS(C2)達成`,
      `${SHEET}!D3=IFERROR(KPI.STATUS(C3),"")集計中`,
    ]);
    await user.click(button("適用する"));
    const status = await screen.findByText("3 個の数式を値に置き換えました。");
    expect(status.parentElement?.textContent).toContain("再チェック: エラー値が 1 個残っています: C3");
    const grid = port.grids.get(SHEET)!;
    expect(grid.formulas[1][2]).toBeNull();
    expect(grid.values[1][2]).toBe(2.09375);
    expect(grid.formulas[2][2]).toBe("=B3/A3");
  });

  it("writes into a copy of the sheet and leaves the original alone", async () => {
    const port = portWithFormulas();
    const { user } = renderApp({ port });
    await user.click(screen.getByRole("tab", { name: "提出用に確定" }));
    await user.click(screen.getByRole("radio", { name: "シートのコピーに書き出す" }));
    await user.click(button("提出用に確定"));
    await user.click(button("適用する"));
    await screen.findByText("3 個の数式を値に置き換えました。");
    const [[changes]] = port.callsOf("apply") as [[ChangeSet]];
    expect(changes.newSheets).toEqual(["提出_提出用"]);
    expect(port.grids.get("提出_提出用")?.values[1][3]).toBe("達成");
    expect(port.grids.get("提出_提出用")?.formulas[2][2]).toBe("=B3/A3");
    expect(port.grids.get(SHEET)?.formulas[1][2]).toBe("=KPI.RATE(B2,A2)");
  });

  it("says so when the sheet has no KPI.* formula", async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole("tab", { name: "提出用に確定" }));
    await user.click(button("提出用に確定"));
    expect(await screen.findByText("このシートに KPI.* 関数の数式はありません。")).toBeTruthy();
  });
});

/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { createInThreadChecker } from "../../src/taskpane/checking/checker";
import type { ChangeSet } from "../../src/workbook/port";
import { button, renderApp, viewLoaded } from "./support/renderApp";

describe("templates view", () => {
  it("previews the layout of the chosen template and creates the sheet through the port", async () => {
    const { user, port } = renderApp({ view: "templates" });
    await viewLoaded();
    const layout = screen.getByRole("table");
    expect(
      within(layout)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(expect.arrayContaining(["成果指標", "R6", "R7", "R8", "目標", "実績", "結果", "達成率"]));

    const from = screen.getByRole("textbox", { name: "最初の年度（R6・令和6年度・2024）" });
    await user.clear(from);
    await user.type(from, "令和7年度");
    expect(
      within(screen.getByRole("table"))
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toContain("R9");

    await user.click(button("シートを作成"));
    const done = await screen.findByRole("status");
    expect(done.textContent).toBe("シート「進捗管理表」を作成しました。");
    const [[changes]] = port.callsOf("apply") as [[ChangeSet]];
    expect(changes.newSheets).toEqual(["進捗管理表"]);
    expect(port.grids.has("進捗管理表")).toBe(true);
  });

  it("explains a parameter it cannot use instead of creating anything", async () => {
    const { user, port } = renderApp({ view: "templates" });
    await viewLoaded();
    const from = screen.getByRole("textbox", { name: "最初の年度（R6・令和6年度・2024）" });
    await user.clear(from);
    await user.type(from, "来年");
    // On the field it is about, linked to its input.
    expect(from.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(from)).toBe("開始年度「来年」を読み取れません（例: R6、令和6年度、2024）。");
    expect(button("シートを作成").disabled).toBe(true);
    expect(port.callsOf("apply")).toHaveLength(0);
  });

  it("does not overwrite a sheet of the same name", async () => {
    const { user, port } = renderApp({ view: "templates" });
    await viewLoaded();
    await user.click(button("シートを作成"));
    await screen.findByText("シート「進捗管理表」を作成しました。");
    await user.click(button("シートを作成"));
    expect(await screen.findByText("シート「進捗管理表 (2)」を作成しました。")).toBeTruthy();
    expect(port.grids.has("進捗管理表 (2)")).toBe(true);
  });

  it("activates the new sheet and reads it as a table to fill, in the words kpi-check uses", async () => {
    const { user, port } = renderApp({ view: "templates", checker: createInThreadChecker() });
    await user.click(button("シートを作成"));
    const status = await screen.findByText(/評価表 1 件/);
    expect(status.textContent).toBe("シート「進捗管理表」を作成しました。 評価表 1 件（記入前の指標 10）");
    expect(port.callsOf("select")).toEqual([["進捗管理表", "A1"]]);
    expect(port.active).toBe("進捗管理表");

    await user.click(screen.getByRole("tab", { name: "チェック" }));
    expect(screen.getByRole("status").textContent).toBe("評価表 1 件（記入前の指標 10）");
  });

  it("says the same in English", async () => {
    const { user } = renderApp({ view: "templates", checker: createInThreadChecker(), lang: "en" });
    await user.click(screen.getByRole("button", { name: /create/i }));
    expect((await screen.findByText(/Evaluation tables: 1/)).textContent).toMatch(
      /Evaluation tables: 1 \(10 indicators to fill in\)$/,
    );
  });

  it("lets a number be cleared and retyped, and says what is wrong only when the field is left", async () => {
    const { user } = renderApp({ view: "templates" });
    await viewLoaded();
    const years = screen.getByRole("spinbutton", { name: "年数" }) as HTMLInputElement;
    await user.clear(years);
    expect(years.value).toBe("");
    expect(years.getAttribute("aria-invalid")).toBeNull();
    expect(button("シートを作成").disabled).toBe(true);
    await user.tab();
    expect(years.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(years)).toBe("整数を入力してください。");

    await user.click(years);
    await user.type(years, "5");
    expect(years.value).toBe("5");
    expect(years.getAttribute("aria-invalid")).toBeNull();
    expect(button("シートを作成").disabled).toBe(false);
    expect(
      within(screen.getByRole("table"))
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toContain("R10");

    // A number core refuses is said on the field too, in core's words.
    await user.clear(years);
    await user.type(years, "0");
    expect(describedBy(years)).toMatch(/^年度数は 1～\d+ の整数で指定してください/);
  });

  it("moves focus to the message once the sheet is created", async () => {
    const { user } = renderApp({ view: "templates" });
    await viewLoaded();
    await user.click(button("シートを作成"));
    const done = await screen.findByText("シート「進捗管理表」を作成しました。");
    await waitFor(() => expect(document.activeElement).toBe(done));
  });
});

/** The text of the elements that describe `input` (aria-describedby). */
function describedBy(input: HTMLElement): string {
  return (input.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ")
    .trim();
}

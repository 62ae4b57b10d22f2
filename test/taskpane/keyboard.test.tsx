/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { SHEET } from "./support/fixtures";
import { button, renderApp } from "./support/renderApp";

describe("keyboard", () => {
  // Tab order and arrow keys between tabs rely on layout (Fluent's tabster), which jsdom has not: the e2e
  // test walks them in Chromium. Here: the selected tab is the first stop, and every control works by key.
  it("checks, opens a finding, switches views and fixes with the keyboard alone", async () => {
    const { user, port } = renderApp();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "チェック" }));

    button("チェックする").focus();
    await user.keyboard("{Enter}");
    await screen.findByText(/3 件の指摘/);
    screen.getByRole("button", { name: /^F4.*#VALUE!/ }).focus();
    await user.keyboard(" ");
    expect(port.callsOf("select")).toEqual([[SHEET, "F4"]]);

    screen.getByRole("tab", { name: "修正" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "修正" }).getAttribute("aria-selected")).toBe("true");
    button("選んだものを修正（2 件）").focus();
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(button("適用する"));
    await user.keyboard("{Enter}");
    expect(await screen.findByText("2 個のセルを変更しました。")).toBeTruthy();
  });
});

/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/settings/settings";
import { MemoryPort } from "./support/memoryPort";
import { ROWS, SHEET } from "./support/fixtures";
import { button, checkThenOpen, renderApp } from "./support/renderApp";

describe("settings view", () => {
  it("loads the settings saved in the workbook and saves changes back", async () => {
    const port = new MemoryPort({ [SHEET]: ROWS });
    port.settings = {
      ...DEFAULT_PANE_SETTINGS,
      bands: [
        { min: 100, label: "A" },
        { min: 60, label: "B" },
        { min: null, label: "C" },
      ],
    };
    const { user } = renderApp({ port, view: "settings" });
    const top = screen.getByRole("textbox", { name: "区分 1 の表示" }) as HTMLInputElement;
    await waitFor(() => expect(top.value).toBe("A"));
    expect((screen.getByRole("spinbutton", { name: "区分 2 の下限（%）" }) as HTMLInputElement).value).toBe(
      "60",
    );

    await user.clear(top);
    await user.type(top, "◎");
    await user.click(screen.getByRole("radio", { name: "表示上の値（小数第1位で四捨五入）" }));
    await user.click(button("ブックに保存"));
    expect(await screen.findByText("設定をブックに保存しました。")).toBeTruthy();
    expect(port.settings).toMatchObject({
      bands: [
        { min: 100, label: "◎" },
        { min: 60, label: "B" },
        { min: null, label: "C" },
      ],
      banding: "displayed",
    });
  });

  it("refuses bands whose lower bounds do not decrease", async () => {
    const { user, port } = renderApp({ view: "settings" });
    const second = screen.getByRole("spinbutton", { name: "区分 2 の下限（%）" });
    await user.clear(second);
    await user.type(second, "120");
    expect(screen.getByRole("alert").textContent).toBe("区分の下限は上から順に小さくしてください。");
    // Every band input is described by the message while it stands.
    for (const input of [second, screen.getByRole("textbox", { name: "区分 1 の表示" })])
      expect(input.getAttribute("aria-describedby")?.split(" ")).toContain(screen.getByRole("alert").id);
    expect(button("ブックに保存").disabled).toBe(true);
    expect(port.callsOf("saveSettings")).toHaveLength(0);
  });

  it("switches the pane to English when the language setting says so", async () => {
    const { user } = renderApp({ view: "settings" });
    await user.selectOptions(screen.getByRole("combobox", { name: "表示言語" }), "en");
    await user.click(button("ブックに保存"));
    expect(await screen.findByRole("tab", { name: "Settings" })).toBeTruthy();
    expect(screen.getByText("Settings saved in the workbook.")).toBeTruthy();
  });

  it("offers a direction for every indicator after a check", async () => {
    const { user, port } = await checkThenOpen("設定");
    await user.selectOptions(screen.getByRole("combobox", { name: "No.2 創業件数 の方向" }), "down");
    await user.selectOptions(screen.getByRole("combobox", { name: "見込みの年度" }), "R5");
    await user.click(button("ブックに保存"));
    await screen.findByText("設定をブックに保存しました。");
    expect(port.settings).toMatchObject({ directions: { "No.2": "down" }, projectedPeriod: "R5" });
  });

  it("lets a lower bound be cleared and retyped: nothing is saved until it reads, the field says why when left", async () => {
    const { user, port } = renderApp({ view: "settings" });
    const second = screen.getByRole("spinbutton", { name: "区分 2 の下限（%）" }) as HTMLInputElement;
    await user.clear(second);
    expect(second.value).toBe("");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(button("ブックに保存").disabled).toBe(true);
    await user.tab();
    expect(second.getAttribute("aria-invalid")).toBe("true");
    const [message] = (second.getAttribute("aria-describedby") ?? "").split(" ");
    expect(document.getElementById(message)?.textContent).toBe("数値を入力してください。");

    await user.click(second);
    await user.type(second, "75.5");
    expect(second.value).toBe("75.5");
    expect(second.getAttribute("aria-invalid")).toBeNull();
    await user.click(button("ブックに保存"));
    await screen.findByText("設定をブックに保存しました。");
    expect((port.settings as { bands: { min: number | null }[] }).bands[1].min).toBe(75.5);
  });
});

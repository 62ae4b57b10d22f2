/** @jest-environment jsdom */
/**
 * The pane checks with the reading saved in the workbook (its custom XML part through the port): a table
 * detection misses is read by it; without the reading the same sheet has no table.
 */
import { screen } from "@testing-library/react";
import { createInThreadChecker } from "../../src/taskpane/checking/checker";
import { SUMMARY_LAYOUT, SUMMARY_SHEET, summaryRows } from "../support/layoutTables";
import { MemoryPort } from "./support/memoryPort";
import { button, renderApp } from "./support/renderApp";

test("a check uses the workbook's saved reading for the tables it names", async () => {
  const port = new MemoryPort({ [SUMMARY_SHEET]: summaryRows() });
  port.layout = JSON.stringify(SUMMARY_LAYOUT);
  const { user } = renderApp({ port, checker: createInThreadChecker() });
  await screen.findByRole("button", { name: "チェックする" });
  await user.click(button("チェックする"));
  expect(await screen.findByRole("region", { name: /指標総括表!A3:I12/ })).toBeTruthy();
  expect(port.callsOf("loadLayout")).toEqual([[]]);
});

test("without a saved reading the same sheet has no table", async () => {
  const port = new MemoryPort({ [SUMMARY_SHEET]: summaryRows() });
  const { user } = renderApp({ port, checker: createInThreadChecker() });
  await user.click(button("チェックする"));
  expect(await screen.findByRole("heading", { name: "このシートには評価表が見つかりません" })).toBeTruthy();
});

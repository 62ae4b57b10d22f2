/**
 * The custom functions' Japanese names by id (RATE → 達成率), from functions-ja.json: the one table the build
 * turns into the default (ja-JP) functions metadata, and what the task pane needs to write formulas with the
 * names Japanese Excel shows (src/workbook/office/functionNames.ts). (kpi-check loads the JSON through
 * scripts/ts-hooks.mjs.)
 */
import table from "./functions-ja.json";

export const JAPANESE_FUNCTION_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(table.functions).map(([id, { name }]) => [id, name]),
);

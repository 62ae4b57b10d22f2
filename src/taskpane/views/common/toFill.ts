/** What the pane says of checked tables that still have slots to fill (core's words, as kpi-check says them). */
import { toFillLine, type Lang } from "../../../core";
import type { PaneTable } from "../../checking/report";

/** 「評価表 1 件（記入前の指標 30）」 for these tables, or `null` when none has a slot left. */
export function toFillText(tables: readonly PaneTable[], lang: Lang): string | null {
  let indicators = 0;
  let unfilled = 0;
  for (const table of tables) {
    indicators += table.indicators.length;
    unfilled += table.unfilled;
  }
  return toFillLine({ tables: tables.length, indicators, unfilled }, lang);
}

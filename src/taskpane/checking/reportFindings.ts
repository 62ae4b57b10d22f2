/** Core's findings as the pane's, each under the table that holds its cell (core's `tableHolding`). */
import { tableHolding, type Finding } from "../../core";
import type { PaneFinding, PaneTable } from "./report";

export function reportFindings(findings: readonly Finding[], tables: readonly PaneTable[]): PaneFinding[] {
  return findings.map((f, i) => ({
    id: `${i}:${f.rule}:${f.sheet}!${f.cell}`,
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    tableId: tableHolding(tables, f.sheet, f.cell)?.id ?? null,
    code: f.code,
    params: { ...f.params },
    ...(f.found !== undefined ? { found: f.found } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.fix && f.fix.length > 0 ? { fix: f.fix.map((c) => ({ ...c })) } : {}),
  }));
}

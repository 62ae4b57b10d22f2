/**
 * Core's findings as the pane lists them: one per problem (core's `consolidateFindings`: a pending actual
 * with the #VALUE! it causes, a cell once), each under the table that holds its cell (core's `tableHolding`).
 */
import { consolidateFindings, tableHolding, type Finding } from "../../core";
import type { PaneFinding, PaneTable } from "./report";

export function reportFindings(findings: readonly Finding[], tables: readonly PaneTable[]): PaneFinding[] {
  return consolidateFindings(findings).map(({ lead: f, kind, severity, cells, fix }, i) => ({
    id: `${i}:${f.rule}:${f.sheet}!${f.cell}`,
    rule: f.rule,
    severity,
    kind,
    sheet: f.sheet,
    cell: f.cell,
    cells: [...cells],
    tableId: tableHolding(tables, f.sheet, f.cell)?.id ?? null,
    code: f.code,
    params: { ...f.params },
    ...(f.found !== undefined ? { found: f.found } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(fix && fix.length > 0 ? { fix: fix.map((c) => ({ ...c })) } : {}),
  }));
}

/** Core's findings as the pane's, each under the table that holds its cell. */
import { parseA1, parseRangeA1, type Finding } from "../../core";
import type { PaneFinding, PaneTable } from "./report";

function tableOf(finding: Finding, tables: readonly PaneTable[]): string | null {
  const at = parseA1(finding.cell);
  if (!at) return null;
  const table = tables.find((t) => {
    const range = t.sheet === finding.sheet ? parseRangeA1(t.range) : null;
    return (
      range !== null &&
      at.row >= range.row &&
      at.row < range.row + range.rowCount &&
      at.col >= range.col &&
      at.col < range.col + range.colCount
    );
  });
  return table?.id ?? null;
}

export function reportFindings(findings: readonly Finding[], tables: readonly PaneTable[]): PaneFinding[] {
  return findings.map((f, i) => ({
    id: `${i}:${f.rule}:${f.sheet}!${f.cell}`,
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    tableId: tableOf(f, tables),
    code: f.code,
    params: { ...f.params },
    ...(f.found !== undefined ? { found: f.found } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.fix && f.fix.length > 0 ? { fix: f.fix.map((c) => ({ ...c })) } : {}),
  }));
}

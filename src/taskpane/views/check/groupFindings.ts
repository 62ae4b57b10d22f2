/** Findings grouped by table, then by severity, with counts: what the check view lists. */
import { SEVERITIES, type Severity } from "../../../core";
import type { PaneReport, PaneFinding, PaneTable } from "../../checking/report";

export interface SeverityGroup {
  severity: Severity;
  findings: PaneFinding[];
}

export interface TableGroup {
  key: string;
  /** `null` for findings outside any table (grouped per sheet). */
  table: PaneTable | null;
  sheet: string;
  count: number;
  severities: SeverityGroup[];
}

export function groupFindings(report: PaneReport): TableGroup[] {
  const byKey = new Map<string, PaneFinding[]>();
  for (const f of report.findings) {
    const key = f.tableId ?? `sheet:${f.sheet}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const bySeverity = (findings: PaneFinding[]) =>
    SEVERITIES.map((severity) => ({
      severity,
      findings: findings.filter((f) => f.severity === severity),
    })).filter((g) => g.findings.length > 0);
  const tableGroups = report.tables
    .filter((table) => byKey.has(table.id))
    .map((table) => {
      const findings = byKey.get(table.id) ?? [];
      return {
        key: table.id,
        table,
        sheet: table.sheet,
        count: findings.length,
        severities: bySeverity(findings),
      };
    });
  const sheetGroups = [...byKey.entries()]
    .filter(([key]) => key.startsWith("sheet:"))
    .map(([key, findings]) => ({
      key,
      table: null,
      sheet: findings[0].sheet,
      count: findings.length,
      severities: bySeverity(findings),
    }));
  return [...tableGroups, ...sheetGroups];
}

/** Number of indicators over all tables. */
export function indicatorCount(report: PaneReport): number {
  return report.tables.reduce((n, t) => n + t.indicators.length, 0);
}

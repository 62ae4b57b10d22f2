/**
 * What the check view lists: the verdict, then the findings by kind (提出前に直すもの, 確認してください,
 * 参考), each kind's findings by table.
 */
import { countKinds, KINDS, verdictOf, type FindingKind, type Verdict } from "../../../core";
import type { PaneReport, PaneFinding, PaneTable } from "../../checking/report";

export interface TableGroup {
  key: string;
  /** `null` for findings outside any table (grouped per sheet). */
  table: PaneTable | null;
  sheet: string;
  findings: PaneFinding[];
}

export interface KindGroup {
  kind: FindingKind;
  count: number;
  tables: TableGroup[];
}

function byTable(report: PaneReport, findings: readonly PaneFinding[]): TableGroup[] {
  const byKey = new Map<string, PaneFinding[]>();
  for (const f of findings) {
    const key = f.tableId ?? `sheet:${f.sheet}`;
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const tables = new Map(report.tables.map((t) => [t.id, t]));
  return [...byKey.entries()].map(([key, list]) => ({
    key,
    table: tables.get(key) ?? null,
    sheet: list[0].sheet,
    findings: list,
  }));
}

export function groupFindings(report: PaneReport): KindGroup[] {
  return KINDS.map((kind) => {
    const findings = report.findings.filter((f) => f.kind === kind);
    return { kind, count: findings.length, tables: byTable(report, findings) };
  }).filter((g) => g.count > 0);
}

/** "Can I submit?" for the report's findings (one per problem). */
export function reportVerdict(report: PaneReport): Verdict {
  return verdictOf(countKinds(report.findings));
}

/** Number of indicators over all tables. */
export function indicatorCount(report: PaneReport): number {
  return report.tables.reduce((n, t) => n + t.indicators.length, 0);
}

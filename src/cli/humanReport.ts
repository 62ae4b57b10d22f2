/**
 * The report for people: per file, the verdict ("can I submit?"), then per table one line per problem
 * (core's `consolidateFindings`: the cells it explains after it), most urgent kind first, with its kind
 * and message, then the status summary and the finding counts. Rendered from the same `FileReport` that
 * `--json` prints, so both always say the same thing.
 */
import { displayText } from "./displayText";
import {
  consolidateFindings,
  KINDS,
  message,
  rateScaleLine,
  type Problem,
  tableHolding,
  toFillLine,
  type FillCounts,
  type Lang,
  type Severity,
} from "../core";
import type { CheckedFileReport, FindingReport, TableReport } from "./report";

export type SeverityCounts = Readonly<Record<Severity, number>>;

export function countBySeverity(findings: readonly { severity: Severity }[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

type ReportProblem = Problem<FindingReport>;

/** Each problem under the first table of its sheet whose range holds its cell; the rest under `null`. */
function groupByTable(report: CheckedFileReport): Map<TableReport | null, ReportProblem[]> {
  const groups = new Map<TableReport | null, ReportProblem[]>(report.tables.map((t) => [t, []]));
  groups.set(null, []);
  for (const problem of consolidateFindings(report.findings)) {
    groups.get(tableHolding(report.tables, problem.lead.sheet, problem.lead.cell))?.push(problem);
  }
  for (const problems of groups.values())
    problems.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  return groups;
}

function problemLine({ lead, kind }: ReportProblem, withSheet: boolean, lang: Lang): string {
  const cell = withSheet ? `${lead.sheet}!${lead.cell}` : lead.cell;
  return `    [${message(`rules.kind.${kind}`, lang)}] ${cell}  ${displayText(lead.message)}`;
}

/** Indicators written in and slots still to fill, of some tables. */
function fillCounts(tables: readonly TableReport[]): FillCounts {
  let indicators = 0;
  let unfilled = 0;
  for (const table of tables) {
    for (const indicator of table.indicators) {
      if (indicator.filled) indicators++;
      else unfilled++;
    }
  }
  return { tables: tables.length, indicators, unfilled };
}

function tableHeading(table: TableReport, lang: Lang): string {
  const layout = message(`ui.layout.${table.layout}`, lang);
  const { indicators, unfilled } = fillCounts([table]);
  const params = { sheet: table.sheet, range: table.range, layout, indicators, unfilled };
  return `  ${message(unfilled === 0 ? "cli.report.table" : "cli.report.tableToFill", lang, params)}`;
}

/** How a table with rate cells keeps its rates, or `null` (no rate cells: nothing to say). */
function rateScaleOfTable(table: TableReport, lang: Lang): string | null {
  const reading = table.reading;
  if (reading?.rateScale == null || (reading.roles.rate ?? 0) === 0) return null;
  return `    ${rateScaleLine(reading.rateScale, lang)}`;
}

/** `fixable`: how many findings carry a fix (`--fix` would apply them). */
export function renderFileReport(report: CheckedFileReport, fixable: number, lang: Lang): string {
  const lines = [report.file, `  ${report.verdict.message}`];
  if (report.tables.length === 0) lines.push(`  ${message("cli.report.noTables", lang)}`);
  const toFill = toFillLine(fillCounts(report.tables), lang);
  if (toFill !== null) lines.push(`  ${toFill}`);
  for (const [table, problems] of groupByTable(report)) {
    if (table === null && problems.length === 0) continue;
    lines.push(table === null ? `  ${message("cli.report.outside", lang)}` : tableHeading(table, lang));
    const scale = table === null ? null : rateScaleOfTable(table, lang);
    if (scale !== null) lines.push(scale);
    if (problems.length === 0) lines.push(`    ${message("cli.report.noFindings", lang)}`);
    for (const problem of problems) lines.push(problemLine(problem, table === null, lang));
  }
  const { indicators, byStatus } = report.summary;
  const statuses = Object.entries(byStatus).map(([label, count]) => `${label} ${count}`);
  lines.push(`  ${[message("cli.report.statuses", lang, { indicators }), ...statuses].join(" / ")}`);
  const counts = countBySeverity(report.findings);
  lines.push(`  ${message("cli.report.findings", lang, { ...counts, fixable })}`);
  return `${lines.join("\n")}\n`;
}

export function renderTotal(files: number, unreadable: number, counts: SeverityCounts, lang: Lang): string {
  return `${message("cli.report.total", lang, { files, unreadable, ...counts })}\n`;
}

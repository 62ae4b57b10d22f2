/**
 * What kpi-check reports about one file, in the shape `--json` prints (issue 6) and the human report
 * renders: core's report of tables → indicators → periods (src/core/report.ts) and, added here, the
 * findings with their message in the chosen language and the status summary.
 * A file that could not be read is `{ file, error: { code, message } }` instead. Its two long lists, the
 * indicators and the findings, are `JsonList`s made entry by entry as `--json` writes them; the human
 * report has them as arrays (`inMemory`).
 */
import {
  evaluationsByPeriod,
  indicatorReport,
  indicatorsInSheetOrder,
  isMessageCode,
  message,
  type CheckSettings,
  type Finding,
  type IndicatorReport,
  type Lang,
  type Severity,
  type TableReport,
} from "../core";
import type { CheckedFile } from "./checkFile";
import type { Failure } from "./failure";
import { JsonList } from "./jsonWriter";
import { statusSummary, type StatusSummary } from "./statusSummary";

export type { IndicatorReport, PeriodReport, TableReport } from "../core";

export interface FindingReport {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly found: string | null;
  readonly expected: string | null;
}

export interface CheckedFileReport<
  Indicators = readonly IndicatorReport[],
  Findings = readonly FindingReport[],
> {
  readonly file: string;
  readonly tables: readonly TableReport<Indicators>[];
  readonly findings: Findings;
  readonly summary: StatusSummary;
}

/** The report as `checkedFileReport` makes it: its long lists made only as they are written. */
export type StreamedFileReport = CheckedFileReport<JsonList<IndicatorReport>, JsonList<FindingReport>>;

export interface UnreadableFileReport {
  readonly file: string;
  readonly error: Failure;
}

export type FileReport = CheckedFileReport | UnreadableFileReport;

export function isUnreadable(
  report: StreamedFileReport | UnreadableFileReport,
): report is UnreadableFileReport {
  return "error" in report;
}

/** Evaluations come table by table, indicator by indicator, period by period (core's order). */
function tableReports(checked: CheckedFile): TableReport<JsonList<IndicatorReport>>[] {
  const byPeriod = evaluationsByPeriod(checked.evaluations);
  return checked.model.tables.map((table) => {
    const entries = indicatorsInSheetOrder(table);
    return {
      sheet: table.sheet,
      range: table.range,
      layout: table.layout,
      indicators: new JsonList(entries.length, (i) =>
        indicatorReport(entries[i].indicator, entries[i].filled, byPeriod),
      ),
    };
  });
}

/** Rendered in one language only (a finding's `message` renders both): 10,000 indicators give ~100,000. */
function findingReport(finding: Finding, lang: Lang): FindingReport {
  return {
    rule: finding.rule,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    message: isMessageCode(finding.code) ? message(finding.code, lang, finding.params) : finding.code,
    found: finding.found ?? null,
    expected: finding.expected ?? null,
  };
}

export function checkedFileReport(
  checked: CheckedFile,
  settings: CheckSettings,
  lang: Lang,
): StreamedFileReport {
  const indicators = checked.model.tables.reduce((n, table) => n + table.indicators.length, 0);
  const { findings } = checked;
  return {
    file: checked.file,
    tables: tableReports(checked),
    findings: new JsonList(findings.length, (i) => findingReport(findings[i], lang)),
    summary: statusSummary(indicators, checked.evaluations, settings.bands),
  };
}

/** The report with its lists made whole, for the human report (which groups and counts the findings). */
export function inMemory(report: StreamedFileReport): CheckedFileReport {
  return {
    ...report,
    tables: report.tables.map((table) => ({ ...table, indicators: table.indicators.toArray() })),
    findings: report.findings.toArray(),
  };
}

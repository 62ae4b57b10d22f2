/**
 * What kpi-check reports about one file, in the shape `--json` prints (issue 6) and the human report
 * renders: core's report of tables → indicators → periods (src/core/report.ts) and, added here, the
 * findings with their message in the chosen language and the status summary.
 * A file that could not be read is `{ file, error: { code, message } }` instead. Its two long lists, the
 * indicators and the findings, are `JsonList`s made entry by entry as `--json` writes them; the human
 * report has them as arrays (`inMemory`).
 */
import {
  countProblems,
  evaluationsByPeriod,
  findingKind,
  verdictOf,
  type FindingKind,
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
  readCountTable,
  readKpiTable,
  readStatusTable,
} from "../core";
import type { CheckedFile } from "./checkFile";
import type { Failure } from "./failure";
import { JsonList } from "./jsonWriter";
import { statusSummary, type StatusSummary } from "./statusSummary";

export type { IndicatorReport, PeriodReport, TableReport } from "../core";

export interface FindingReport {
  readonly rule: string;
  readonly severity: Severity;
  /** 提出前に直すもの (`fix`), 確認してください (`review`) or 参考 (`advice`): core's `findingKind`. */
  readonly kind: FindingKind;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly found: string | null;
  readonly expected: string | null;
  /** Cells whose error this finding explains (a pending actual's `#VALUE!` rate and status); absent if none. */
  readonly covers?: readonly string[];
}

/** "Can I submit?": no problem of kind `fix` left; counts are of problems (core's `countProblems`: the problems of `consolidateFindings`, counted). */
export interface VerdictReport {
  readonly submittable: boolean;
  readonly message: string;
  readonly fix: number;
  readonly review: number;
  readonly advice: number;
}

export interface CheckedFileReport<
  Indicators = readonly IndicatorReport[],
  Findings = readonly FindingReport[],
> {
  readonly file: string;
  readonly tables: readonly TableReport<Indicators>[];
  readonly findings: Findings;
  readonly summary: StatusSummary;
  readonly verdict: VerdictReport;
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
function tableReports(
  checked: CheckedFile,
  settings: CheckSettings,
): TableReport<JsonList<IndicatorReport>>[] {
  const byPeriod = evaluationsByPeriod(checked.evaluations);
  const kpi: TableReport<JsonList<IndicatorReport>>[] = checked.model.tables.map((table) => {
    const entries = indicatorsInSheetOrder(table);
    return {
      sheet: table.sheet,
      range: table.range,
      layout: table.layout,
      reading: readKpiTable(table, checked.evaluations, settings),
      indicators: new JsonList(entries.length, (i) =>
        indicatorReport(entries[i].indicator, entries[i].filled, byPeriod),
      ),
    };
  });
  // Summary and status tables have no indicators of their own: their reading says what they hold.
  const none = () =>
    new JsonList<IndicatorReport>(0, (i) => {
      throw new RangeError(`no indicator ${i}`);
    });
  const counts = (checked.model.countTables ?? []).map((table) => ({
    sheet: table.sheet,
    range: table.range,
    layout: "count-table" as const,
    reading: readCountTable(table),
    indicators: none(),
  }));
  const statuses = (checked.model.statusTables ?? []).map((table) => ({
    sheet: table.sheet,
    range: table.range,
    layout: "status-table" as const,
    reading: readStatusTable(table),
    indicators: none(),
  }));
  return [...kpi, ...counts, ...statuses];
}

/** Rendered in one language only (a finding's `message` renders both): 10,000 indicators give ~100,000. */
function findingReport(finding: Finding, lang: Lang): FindingReport {
  return {
    rule: finding.rule,
    severity: finding.severity,
    kind: findingKind(finding),
    sheet: finding.sheet,
    cell: finding.cell,
    message: isMessageCode(finding.code) ? message(finding.code, lang, finding.params) : finding.code,
    found: finding.found ?? null,
    expected: finding.expected ?? null,
    ...(finding.covers !== undefined ? { covers: finding.covers } : {}),
  };
}

function verdictReport(findings: readonly Finding[], lang: Lang): VerdictReport {
  const counts = countProblems(findings);
  const verdict = verdictOf(counts);
  return {
    submittable: verdict.submittable,
    message: message(verdict.code, lang, verdict.params),
    ...counts,
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
    tables: tableReports(checked, settings),
    findings: new JsonList(findings.length, (i) => findingReport(findings[i], lang)),
    summary: statusSummary(indicators, checked.evaluations, settings.bands),
    verdict: verdictReport(findings, lang),
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

/**
 * What kpi-check reports about one file, in the shape `--json` prints (issue 6) and the human report
 * renders: tables → indicators → periods with the values as written, core's exact rate and computed
 * status and the cells; findings with their message in the chosen language; the status summary.
 * A file that could not be read is `{ file, error: { code, message } }` instead. Its two long lists, the
 * indicators and the findings, are `JsonList`s made entry by entry as `--json` writes them; the human
 * report has them as arrays (`inMemory`).
 */
import {
  indicatorsInSheetOrder,
  isMessageCode,
  message,
  type CheckSettings,
  type Evaluation,
  type Finding,
  type Lang,
  type LayoutId,
  type ParsedValue,
  type Period,
  type Severity,
  type TableReading,
  readCountTable,
  readKpiTable,
  readStatusTable,
} from "../core";
import type { CheckedFile } from "./checkFile";
import type { Failure } from "./failure";
import { JsonList } from "./jsonWriter";
import { statusSummary, type StatusSummary } from "./statusSummary";

export interface PeriodReport {
  readonly label: string;
  readonly fiscalYear: number | null;
  readonly projected: boolean;
  readonly cumulative: boolean;
  /** The number in the unit as written (`1600` for `1,600件`, `130000` for `130,000千円`); `null` when none. */
  readonly target: number | null;
  readonly actual: number | null;
  /** The exact rate as a ratio (2.09375 for 209.375%); `null` when pending or not computable. */
  readonly rate: number | null;
  /** The status core computes (`達成`, `概ね達成見込み`, `集計中`…); `null` without target or actual cell. */
  readonly status: string | null;
  readonly cells: {
    readonly target: string | null;
    readonly actual: string | null;
    readonly status: string | null;
    readonly rate: string | null;
  };
}

export interface IndicatorReport {
  readonly id: string | null;
  /** `false` for a slot of a table to fill: nothing written in yet, its periods show where (no rate or status). */
  readonly filled: boolean;
  readonly name: string;
  readonly unit: string | null;
  readonly periods: readonly PeriodReport[];
}

/** A KPI table's layout, or a summary table counting statuses, or a list of published statuses. */
export type ReportLayout = LayoutId | "count-table" | "status-table";

export interface TableReport<Indicators = readonly IndicatorReport[]> {
  readonly sheet: string;
  readonly range: string;
  readonly layout: ReportLayout;
  readonly indicators: Indicators;
  /** How the table was read (roles, periods, direction, bands, rounding, confidence): a misreading shows here. */
  readonly reading: TableReading;
}

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

const numberOf = (value: ParsedValue | null) => (value?.kind === "number" ? value.value : null);

const addressOf = (cell: { readonly address: string } | undefined) => cell?.address ?? null;

/** A period with core's evaluation, or a slot's period (no evaluation: nothing to rate yet). */
function periodReport(period: Period, evaluation: Evaluation | undefined): PeriodReport {
  const rate = evaluation?.rate;
  const { cells } = period;
  return {
    label: period.label,
    fiscalYear: period.fiscalYear,
    projected: evaluation?.projected ?? period.projected,
    cumulative: period.cumulative,
    target: numberOf(period.target),
    actual: numberOf(period.actual),
    rate: rate?.kind === "rate" ? rate.value : null,
    status: evaluation?.status?.label ?? null,
    cells: {
      target: addressOf(cells.target),
      actual: addressOf(cells.actual),
      status: addressOf(cells.status),
      rate: addressOf(cells.rate),
    },
  };
}

/** Evaluations come table by table, indicator by indicator, period by period (core's order). */
function tableReports(
  checked: CheckedFile,
  settings: CheckSettings,
): TableReport<JsonList<IndicatorReport>>[] {
  const byPeriod = new Map(checked.evaluations.map((e) => [e.period, e]));
  const kpi: TableReport<JsonList<IndicatorReport>>[] = checked.model.tables.map((table) => {
    const entries = indicatorsInSheetOrder(table);
    return {
      sheet: table.sheet,
      range: table.range,
      layout: table.layout,
      reading: readKpiTable(table, checked.evaluations, settings),
      indicators: new JsonList(entries.length, (i) => {
        const { indicator, filled } = entries[i];
        const periods: PeriodReport[] = [];
        for (const period of indicator.periods) {
          const evaluation = byPeriod.get(period);
          if (evaluation !== undefined || !filled) periods.push(periodReport(period, evaluation));
        }
        return { id: indicator.id, filled, name: indicator.name, unit: indicator.unit, periods };
      }),
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
    tables: tableReports(checked, settings),
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

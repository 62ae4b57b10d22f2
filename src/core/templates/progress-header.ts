/**
 * The block above the 進捗管理表: 004's summary lines for the latest year, counted by formulas over the
 * indicators written in (empty slots are not counted) and their 結果 rows (`成果指標全体 30 / 達成見込み（概ね達成見込みを含む） 19 / 未達成見込み 9 / 集計中等 2`), and the
 * legend of the bands beside them.
 */
import { message } from "../i18n";
import { area, type SheetDraft } from "./draft";
import { quote } from "./formulas/text";
import { COUNT_FORMAT } from "../number-formats";
import { headerStyle } from "./parts";
import type { ResolvedParams, SummaryLine } from "./types";

export interface SummaryPlace {
  /** First row (the title line); the four count lines follow. */
  readonly row: number;
  /** Labels span these columns. */
  readonly labelCols: readonly [number, number];
  readonly countCol: number;
  /** Absolute range of the 区分 column of the table, and the latest year's column of the table. */
  readonly kinds: string;
  readonly statuses: string;
  /**
   * The year columns over the rows of `kinds`, and the same columns one row down (absolute): on an
   * indicator's 目標 row the first holds its targets and the second its actuals.
   */
  readonly values: readonly [string, string];
}

export const SUMMARY_LINES = 5;

export function summaryLines(draft: SheetDraft, params: ResolvedParams, at: SummaryPlace): SummaryLine[] {
  const { bands } = params;
  const year = params.years[params.years.length - 1];
  const suffix = year === params.projectedYear ? bands.projectedSuffix : "";
  const labels = bands.labels.map((label) => label + suffix);
  const last = labels.length - 1;
  const statusRow = quote(message("template.row.status", "ja"));
  const count = (texts: readonly string[]) =>
    texts.map((text) => `COUNTIFS(${at.kinds},${statusRow},${at.statuses},${quote(text)})`).join("+");

  const [first, lastLabelCol] = at.labelCols;
  draft.value(
    at.row,
    first,
    message("template.summary.title", "ja", { year: params.yearLabels[params.years.length - 1] }),
  );
  draft.merge(at.row, first, at.row, lastLabelCol);
  headerStyle(draft, area(at.row, first, at.row, at.countCol));

  const achieved =
    last > 1
      ? message("template.summary.achieved", "ja", {
          label: labels[0],
          included: labels.slice(1, last).join("・"),
        })
      : message("template.summary.band", "ja", { label: labels[0] });
  const rows: { category: SummaryLine["category"]; label: string; formula: (cells: string[]) => string }[] = [
    {
      category: "total",
      label: message("template.summary.total", "ja"),
      formula: () => filledCount(at, params.years.length),
    },
    { category: "achieved", label: achieved, formula: () => count(labels.slice(0, last)) },
    {
      category: "notAchieved",
      label: message("template.summary.band", "ja", { label: labels[last] }),
      formula: () => count([labels[last]]),
    },
    {
      category: "others",
      label: message("template.summary.others", "ja", { pending: bands.pendingLabel }),
      formula: ([total, achievedCell, notAchievedCell]) => `${total}-${achievedCell}-${notAchievedCell}`,
    },
  ];
  const cells: string[] = [];
  const lines = rows.map(({ category, label, formula }, k) => {
    const row = at.row + 1 + k;
    draft.value(row, first, label);
    draft.merge(row, first, row, lastLabelCol);
    const address = draft.formula(row, at.countCol, formula(cells), COUNT_FORMAT);
    cells.push(address);
    return { category, label, year, address };
  });
  draft.style(area(at.row + 1, first, at.row + rows.length, at.countCol), { borders: "thin-all" });
  return lines;
}

/**
 * How many indicators hold anything in a target or actual cell of any year: the indicators the checker
 * counts (an empty slot is not an indicator, see core's `KpiTable.unfilled`). Per 目標 row, MMULT with a
 * column of ones sums its filled cells across the years. ISNUMBER and ISTEXT, never `<>""`, so that an
 * error in a computed row of the range (a KPI.* function without the add-in) does not spread to the count.
 */
function filledCount(at: SummaryPlace, years: number): string {
  const filled = at.values.map((range) => `ISNUMBER(${range})+ISTEXT(${range})`).join("+");
  const ones = `{${Array.from({ length: years }, () => "1").join(";")}}`;
  const targetRow = quote(message("template.row.target", "ja"));
  return `SUMPRODUCT((${at.kinds}=${targetRow})*(MMULT(${filled},${ones})>0))`;
}

/** 〔結果の見方〕: one line per band with its bounds, the projected suffix, and the pending label. */
export function legendLines(params: ResolvedParams): string[] {
  const { bands } = params;
  const percent = (fraction: number) => `${Math.round(fraction * 1e6) / 1e4}%`;
  const last = bands.labels.length - 1;
  const lines = bands.labels.map((label, band) => {
    if (band === 0) return message("template.legend.top", "ja", { label, low: percent(bands.thresholds[0]) });
    if (band === last)
      return message("template.legend.bottom", "ja", { label, high: percent(bands.thresholds[band - 1]) });
    return message("template.legend.middle", "ja", {
      label,
      low: percent(bands.thresholds[band]),
      high: percent(bands.thresholds[band - 1]),
    });
  });
  const projected =
    params.projectedYear === null
      ? []
      : [
          message("template.legend.projected", "ja", {
            label: "～",
            suffix: bands.projectedSuffix,
            year: params.yearLabels[params.years.indexOf(params.projectedYear)],
          }),
        ];
  const words = params.pendingWords.join("」「");
  return [
    message("template.legend.title", "ja"),
    ...lines,
    ...projected,
    message("template.legend.pending", "ja", { label: bands.pendingLabel, words }),
  ];
}

/**
 * What a summary says beside its counts, on screen and in the sheet it inserts: what 「その他」 counts, and,
 * when the sheet holds its own summary with another total (004 counts 単位施策, the tables indicators), what
 * each counts.
 */
import type { Translate } from "../../app/i18n";
import type { PaneReport } from "../../checking/report";
import type { PeriodCounts } from "./countStatuses";

/** 「その他」 said as what it holds: `その他は「-」1 件、結果なし 2 件です。`, or `null` when it is empty. */
export function otherNote({ other }: PeriodCounts, t: Translate): string | null {
  if (other.length === 0) return null;
  const parts = other.map(({ label, count }) =>
    label === null ? t("ui.summary.otherEmpty", { count }) : t("ui.summary.otherText", { label, count }),
  );
  return t("ui.summary.otherIs", { parts: parts.join(t("ui.summary.listSeparator")) });
}

/** One line per summary block of the checked sheets whose total is not this summary's. */
export function sheetSummaryNotes(report: PaneReport, { total }: PeriodCounts, t: Translate): string[] {
  return report.summaries
    .filter((block) => block.total !== total)
    .map((block) =>
      t(block.unit === "" ? "ui.summary.sheetCountsPlain" : "ui.summary.sheetCounts", {
        text: block.text,
        cell: `${block.sheet}!${block.cell}`,
        total: block.total,
        unit: block.unit,
        count: total,
      }),
    );
}

/** Every note of the summary, in the order shown. */
export function summaryNotes(report: PaneReport, counts: PeriodCounts, t: Translate): string[] {
  const other = otherNote(counts, t);
  return [...(other === null ? [] : [other]), ...sheetSummaryNotes(report, counts, t)];
}

/**
 * The change set that inserts a summary: a new sheet with the counts and their shares (whole percentages
 * that add up to 100%), the total, the notes the view shows under the table, and a native bar chart.
 */
import { TABLE_HEADER_FILL } from "../../../core";
import type { ChangeSet } from "../../../workbook/port";
import type { Translate } from "../../app/i18n";
import type { PeriodCounts } from "./countStatuses";

export function summaryChanges(
  sheet: string,
  period: string,
  { counts, total }: PeriodCounts,
  notes: readonly string[],
  t: Translate,
): ChangeSet {
  const last = counts.length + 1;
  const count = { numberFormat: '#,##0"件"' };
  const share = { numberFormat: "0%" };
  return {
    label: t("ui.summary.label"),
    newSheets: [sheet],
    cells: [
      { sheet, address: "A1", value: period },
      { sheet, address: "A2", value: t("ui.summary.status") },
      { sheet, address: "B2", value: t("ui.summary.countHeader") },
      { sheet, address: "C2", value: t("ui.summary.share") },
      ...counts.flatMap((c, i) => [
        { sheet, address: `A${i + 3}`, value: c.label },
        { sheet, address: `B${i + 3}`, value: c.count, ...count },
        { sheet, address: `C${i + 3}`, value: c.share / 100, ...share },
      ]),
      { sheet, address: `A${last + 2}`, value: t("ui.summary.total") },
      { sheet, address: `B${last + 2}`, formula: `=SUM(B3:B${last + 1})`, ...count },
      { sheet, address: `C${last + 2}`, formula: `=SUM(C3:C${last + 1})`, ...share },
      ...notes.map((note, i) => ({ sheet, address: `A${last + 4 + i}`, value: note })),
    ],
    styles: [
      { sheet, address: "A2:C2", bold: true, fill: TABLE_HEADER_FILL, borders: "thin-all" },
      { sheet, address: `A3:C${last + 2}`, borders: "thin-all" },
      ...counts.map((c, i) => ({
        sheet,
        address: `A${i + 3}`,
        fill: c.colours.fill,
        fontColor: c.colours.fontColor,
      })),
    ],
    charts: [
      {
        sheet,
        type: "bar",
        source: `A2:B${last + 1}`,
        title: t("ui.summary.chartTitle", { period, total }),
        anchor: "E2",
      },
    ],
    layouts: [
      {
        sheet,
        columnWidths: [
          { column: "A", width: 16 },
          { column: "B", width: 10 },
          { column: "C", width: 8 },
        ],
      },
    ],
  };
}

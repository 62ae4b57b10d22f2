/** The change set that inserts a summary: a new sheet with the counts table and a native bar chart of it. */
import { TABLE_HEADER_FILL } from "../../../core";
import type { ChangeSet } from "../../../workbook/port";
import type { Translate } from "../../app/i18n";
import type { StatusCount } from "./countStatuses";

export function summaryChanges(
  sheet: string,
  period: string,
  counts: StatusCount[],
  t: Translate,
): ChangeSet {
  const last = counts.length + 1;
  const total = counts.reduce((n, c) => n + c.count, 0);
  return {
    label: t("ui.summary.label"),
    newSheets: [sheet],
    cells: [
      { sheet, address: "A1", value: period },
      { sheet, address: "A2", value: t("ui.summary.status") },
      { sheet, address: "B2", value: t("ui.summary.countHeader") },
      ...counts.flatMap((c, i) => [
        { sheet, address: `A${i + 3}`, value: c.label },
        { sheet, address: `B${i + 3}`, value: c.count, numberFormat: '#,##0"件"' },
      ]),
      { sheet, address: `A${last + 2}`, value: t("ui.summary.total") },
      { sheet, address: `B${last + 2}`, formula: `=SUM(B3:B${last + 1})`, numberFormat: '#,##0"件"' },
    ],
    styles: [
      { sheet, address: "A2:B2", bold: true, fill: TABLE_HEADER_FILL, borders: "thin-all" },
      { sheet, address: `A3:B${last + 2}`, borders: "thin-all" },
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
        anchor: "D2",
      },
    ],
    layouts: [
      {
        sheet,
        columnWidths: [
          { column: "A", width: 16 },
          { column: "B", width: 10 },
        ],
      },
    ],
  };
}

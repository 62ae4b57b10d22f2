/**
 * Change sets both adapters' tests apply to the same 評価 sheet (成果指標 / 年度 / R3 / R4, a formula in C4),
 * so that the Office adapter and the .xlsx adapter are held to the same requests.
 */
import type { ChangeSet } from "../../../src/workbook/port";

/** Every kind of layout on 評価: a column width, frozen panes, a merge, print setup with title rows, a name. */
export const LAYOUT_CHANGES: ChangeSet = {
  label: "x",
  layouts: [
    {
      sheet: "評価",
      columnWidths: [{ column: "C", width: 12 }],
      freeze: { rows: 1, columns: 2 },
      merges: ["E1:F1"],
      print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, titleRows: "$1:$1" },
      names: [{ name: "KPI_表1", address: "A1:D4" }],
    },
  ],
};

/** A text in D3 and a constant over C4's formula without replaceFormula: refused as a whole. */
export const OVER_FORMULA_CHANGES: ChangeSet = {
  label: "x",
  cells: [
    { sheet: "評価", address: "D3", value: "集計中" },
    { sheet: "評価", address: "C4", value: 2.1 },
  ],
};

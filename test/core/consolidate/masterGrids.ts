/** Small master and returned tables (measure rows: 目標 / 実績 / 達成率 / 結果 under R5 and R6) for the merge tests. */
import { gridFromRows, type CellValue, type Grid } from "../../../src/core/grid";

export interface Row {
  id: number;
  name: string;
  dept: string;
  target: [CellValue, CellValue];
  actual: [CellValue, CellValue];
  status?: [CellValue, CellValue];
}

export const ROWS: Row[] = [
  { id: 1, name: "相談件数", dept: "産業振興課", target: ["1,600件", "1,700件"], actual: ["1,650件", null] },
  { id: 2, name: "来場者数", dept: "観光課", target: ["1,400人", "1,500人"], actual: ["集計中", null] },
  { id: 3, name: "研修参加者数", dept: "産業振興課", target: ["200人", "220人"], actual: [null, null] },
];

/** The rows as a sheet: a header, then four role rows per indicator; `order` reorders the indicators. */
export function tableGrid(rows: readonly Row[], sheet = "進捗管理表"): Grid {
  const lines: CellValue[][] = [["No.", "指標名", "担当課", "", "R5", "R6"]];
  for (const row of rows) {
    lines.push([row.id, row.name, row.dept, "目標", ...row.target]);
    lines.push([null, null, null, "実績", ...row.actual]);
    lines.push([null, null, null, "結果", ...(row.status ?? [null, null])]);
  }
  return gridFromRows(sheet, lines);
}

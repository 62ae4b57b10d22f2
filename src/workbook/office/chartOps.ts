/**
 * Native charts: `charts.add(type, source, "Auto")`, the title, then the top-left corner at the anchor
 * cell. The chart's name (unique in its sheet, what `charts.getItem` takes) is kept for undo, which deletes
 * the chart; a chart on a new sheet goes with the sheet.
 */
import type { ChartSpec, UndoToken } from "../port";
import { estimateBytes, OPERATION_OVERHEAD_BYTES } from "./chunking";
import { sheetOf, type WriteOp } from "./writeOps";

type Added = UndoToken["added"][number];

const CHART_TYPES: Record<ChartSpec["type"], string> = {
  bar: "BarClustered",
  column: "ColumnClustered",
  pie: "Pie",
};

export function chartOp(spec: ChartSpec, added: Added[]): WriteOp {
  return {
    bytes: OPERATION_OVERHEAD_BYTES + estimateBytes(spec),
    queue(context) {
      const sheet = sheetOf(context, spec.sheet);
      const source = sheet.getRange(spec.source);
      const chart = sheet.charts.add(CHART_TYPES[spec.type], source, "Auto");
      if (spec.title !== undefined) chart.title.text = spec.title;
      chart.setPosition(spec.anchor);
      chart.load("name");
      return {
        ranges: [source],
        after: () => added.push({ sheet: spec.sheet, kind: "chart", ref: chart.name }),
      };
    },
  };
}

/**
 * 事業評価調書 (`evaluation-sheet`), the layout of 002: 基本情報, 事業費 by fiscal year (決算 / 予算), 活動指標
 * and 成果指標 with `前年度実績 / 当年度予定(目標) / 当年度実績 / 翌年度予定(目標)` columns plus the year's
 * 達成率 and 結果, and the 判定 block (A/B/C with reason cells).
 */
import { formatFiscalYear } from "../era";
import { toA1 } from "../grid";
import { message, type MessageCode } from "../i18n";
import { area, SheetDraft } from "./draft";
import { formulasFor } from "./formulas";
import { unitNumberFormat } from "../number-formats";
import { actualsNote, headerStyle, judgementInput, labelStyle, numericInput, statusFormats } from "./parts";
import { indicatorBlock, LAST_COL, type BlockContext } from "./evaluation-block";
import { printSetup, tableName } from "./sheet-setup";
import type { IndicatorCells, ResolvedParams, TemplatePlan } from "./types";

const WIDTHS = [16, 16, 16, 16, 16, 12, 12];
const BASIC = [
  "template.eval.program",
  "template.eval.department",
  "template.eval.manager",
  "template.eval.staff",
  "template.eval.policy",
] as const satisfies readonly MessageCode[];
const LONG_TEXTS = ["template.eval.purpose", "template.eval.content", "template.eval.result"] as const;
const COST_ROWS = [
  "template.eval.costProgram",
  "template.eval.costSpecific",
  "template.eval.staffing",
  "template.eval.staffCost",
] as const;
const JUDGED = [
  "template.eval.outcomeItem",
  "template.eval.scaleItem",
  "template.eval.methodItem",
  "template.eval.satisfactionItem",
] as const;
const COST_FORMAT = unitNumberFormat("");
const STAFFING_FORMAT = "0.0";

/** One row of label (column A) and a merged input area (B..G); returns the next free row. */
function labelled(draft: SheetDraft, row: number, code: MessageCode, tall = false): number {
  draft.value(row, 0, message(code, "ja"));
  labelStyle(draft, area(row, 0));
  draft.merge(row, 1, row, LAST_COL);
  draft.style(area(row, 1, row, LAST_COL), { wrap: true, verticalAlignment: tall ? "top" : "center" });
  return row + 1;
}

export function buildEvaluationSheet(params: ResolvedParams): TemplatePlan {
  const draft = new SheetDraft(params.sheet);
  const year = params.years[0];
  const label = (y: number) => formatFiscalYear(y, params.yearStyle);
  const context: BlockContext = { draft, params, formulas: formulasFor(params), year, label };

  draft.value(0, 0, message("template.evaluation-sheet.name", "ja"));
  draft.style(area(0, 0), { bold: true });

  // 基本情報
  draft.value(1, 0, message("template.eval.basic", "ja"));
  draft.value(2, 0, message("template.eval.year", "ja"));
  labelStyle(draft, area(2, 0));
  draft.value(2, 1, label(year));
  let row = 3;
  for (const code of BASIC) row = labelled(draft, row, code);
  for (const code of LONG_TEXTS) row = labelled(draft, row, code, true);
  draft.style(area(2, 0, row - 1, LAST_COL), { borders: "thin-all" });

  // 事業費 (千円): the year before settled, the year budgeted and settled, the next year budgeted.
  row += 1;
  draft.value(row, 0, message("template.eval.cost", "ja"));
  draft.value(row, 1, message("template.eval.costUnit", "ja"));
  const costHeader = row + 1;
  const costColumns = [
    message("template.eval.settled", "ja", { year: label(year - 1) }),
    message("template.eval.budget", "ja", { year: label(year) }),
    message("template.eval.settled", "ja", { year: label(year) }),
    message("template.eval.budget", "ja", { year: label(year + 1) }),
  ];
  draft.value(costHeader, 0, message("template.col.kind", "ja"));
  costColumns.forEach((text, k) => draft.value(costHeader, 1 + k, text));
  headerStyle(draft, area(costHeader, 0, costHeader, costColumns.length));
  COST_ROWS.forEach((code, r) => {
    const at = costHeader + 1 + r;
    draft.value(at, 0, message(code, "ja"));
    const format = code === "template.eval.staffing" ? STAFFING_FORMAT : COST_FORMAT;
    costColumns.forEach((_, k) => draft.format(at, 1 + k, format));
    numericInput(draft, area(at, 1, at, costColumns.length), toA1(at, 1), params);
  });
  const totalRow = costHeader + 1 + COST_ROWS.length;
  draft.value(totalRow, 0, message("template.eval.costTotal", "ja"));
  costColumns.forEach((_, k) => {
    const parts = [toA1(costHeader + 1, 1 + k), toA1(costHeader + 4, 1 + k)].join(",");
    draft.formula(totalRow, 1 + k, `IF(COUNT(${parts})=0,"",SUM(${parts}))`, COST_FORMAT);
  });
  draft.style(area(costHeader + 1, 0, totalRow, costColumns.length), { borders: "thin-all" });
  row = totalRow + 2;

  // 検証: 活動指標 and 成果指標 blocks.
  draft.value(row, 0, message("template.eval.review", "ja"));
  const note = actualsNote(params);
  if (note !== null) draft.value(row, 2, note);
  const reviewTop = row + 1;
  row = reviewTop;
  const counters = { activity: 0, outcome: 0 };
  const indicators: IndicatorCells[] = [];
  for (const kind of ["activity", "outcome"] as const) {
    for (const indicator of params.indicators.filter((i) => i.kind === kind)) {
      counters[kind] += 1;
      indicators.push(indicatorBlock(context, row, indicator, counters[kind]));
      row += 3;
    }
  }
  const reviewBottom = row - 1;
  statusFormats(draft, area(reviewTop, LAST_COL, reviewBottom, LAST_COL), params.bands);

  // 判定
  row += 1;
  const judgementHeader = row;
  draft.value(row, 0, message("template.eval.item", "ja"));
  draft.merge(row, 0, row, 1);
  draft.value(row, 2, message("template.eval.judgement", "ja"));
  draft.value(row, 3, message("template.eval.reason", "ja"));
  draft.merge(row, 3, row, LAST_COL);
  headerStyle(draft, area(row, 0, row, LAST_COL));
  const judgements: string[] = [];
  for (const code of [...JUDGED, "template.eval.overall"] as const) {
    row += 1;
    draft.value(row, 0, message(code, "ja"));
    draft.merge(row, 0, row, 1);
    draft.style(area(row, 0, row, 1), { wrap: true, verticalAlignment: "center" });
    const cell = toA1(row, 2);
    judgements.push(cell);
    judgementInput(draft, cell, params.judgementLabels);
    draft.style(cell, { horizontalAlignment: "center", verticalAlignment: "center" });
    draft.merge(row, 3, row, LAST_COL);
    draft.style(area(row, 3, row, LAST_COL), { wrap: true, verticalAlignment: "top" });
  }
  draft.style(area(judgementHeader + 1, 0, row, LAST_COL), { borders: "thin-all" });
  row += 2;
  for (const code of ["template.eval.overallReason", "template.eval.improvement"] as const)
    row = labelled(draft, row, code, true);
  draft.style(area(row - 2, 0, row - 1, LAST_COL), { borders: "thin-all" });

  WIDTHS.forEach((width, col) => draft.width(col, width));
  draft.name(tableName(params.id, params.sheet), area(reviewTop, 0, reviewBottom, LAST_COL));
  const changes = draft.toChangeSet(message("template.created", "ja", { name: params.sheet }), {
    freeze: { rows: 1, columns: 0 },
    print: printSetup(0),
  });
  return { params, changes, indicators, summary: [], judgements };
}

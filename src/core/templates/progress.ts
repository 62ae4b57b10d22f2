/**
 * 進捗管理表 (`progress`), the layout of 004's first half: No. / 単位施策No. / 単位施策 / 成果指標 / 区分 /
 * one column per fiscal year / 反映・コメント, four rows per indicator (目標 / 実績 / 結果 / 達成率), with
 * 004's summary lines and the legend of the bands above (./progress-header.ts).
 */
import { toA1 } from "../grid";
import { message } from "../i18n";
import { area, absolute, SheetDraft } from "./draft";
import { formulasFor } from "./formulas";
import { actualsNote, headerStyle, numericInput, statusFormats, statusInput } from "./parts";
import { legendLines, SUMMARY_LINES, summaryLines } from "./progress-header";
import { printSetup, tableName } from "./sheet-setup";
import type { IndicatorCells, ResolvedParams, TemplatePlan } from "./types";
import { periodTitle, yearCells, yearHeader } from "./year-columns";

const LEADING = [
  "template.col.no",
  "template.col.measureNo",
  "template.col.measure",
  "template.col.indicator",
  "template.col.kind",
] as const;
const ROWS = [
  "template.row.target",
  "template.row.actual",
  "template.row.status",
  "template.row.rate",
] as const;
const WIDTHS = [5, 12, 22, 30, 8];
const YEAR_WIDTH = 12;
const COMMENT_WIDTH = 40;
const FIRST_YEAR_COL = LEADING.length;
const KIND_COL = LEADING.length - 1;
const SUMMARY_ROW = 2;

export function buildProgress(params: ResolvedParams): TemplatePlan {
  const { bands, years } = params;
  const draft = new SheetDraft(params.sheet);
  const formulas = formulasFor(params);
  const lastYearCol = FIRST_YEAR_COL + years.length - 1;
  const commentCol = lastYearCol + 1;
  const legend = legendLines(params);
  const headerRow = SUMMARY_ROW + Math.max(SUMMARY_LINES, legend.length) + 1;
  const firstDataRow = headerRow + 1;
  const lastDataRow = firstDataRow + params.indicators.length * ROWS.length - 1;

  // Title and the note on projected values (detection reads "R5は見込値").
  periodTitle(draft, params, "template.progress.name");
  const note = actualsNote(params);
  if (note !== null) draft.value(1, 0, note);

  // Table header and indicator blocks.
  yearHeader(draft, params, headerRow, LEADING, FIRST_YEAR_COL);
  draft.value(headerRow, commentCol, message("template.col.comment", "ja"));
  headerStyle(draft, area(headerRow, 0, headerRow, commentCol));

  const indicators: IndicatorCells[] = params.indicators.map((indicator, i) => {
    const top = firstDataRow + i * ROWS.length;
    draft.value(top, 0, i + 1);
    if (indicator.measureNo !== "") draft.value(top, 1, indicator.measureNo);
    if (indicator.measure !== "") draft.value(top, 2, indicator.measure);
    const name = indicator.name === "" ? toA1(top, 3) : draft.value(top, 3, indicator.name);
    for (const col of [0, 1, 2, 3, commentCol]) draft.merge(top, col, top + ROWS.length - 1, col);
    ROWS.forEach((code, k) => draft.value(top + k, KIND_COL, message(code, "ja")));
    const rows = { target: top, actual: top + 1, status: top + 2, rate: top + 3 };
    const periods = yearCells(draft, params, formulas, indicator, rows, FIRST_YEAR_COL);
    const inputs = area(top, FIRST_YEAR_COL, top + 1, lastYearCol);
    numericInput(draft, inputs, periods[0].target, params);
    statusInput(draft, area(top + 2, FIRST_YEAR_COL, top + 2, lastYearCol), bands);
    draft.style(area(top + 2, FIRST_YEAR_COL, top + 2, lastYearCol), { horizontalAlignment: "center" });
    return { name, periods };
  });

  const table = area(headerRow, 0, lastDataRow, commentCol);
  draft.style(area(firstDataRow, 0, lastDataRow, commentCol), {
    borders: "thin-all",
    verticalAlignment: "center",
  });
  for (const col of [2, 3, commentCol])
    draft.style(area(firstDataRow, col, lastDataRow, col), { wrap: true });
  statusFormats(draft, area(firstDataRow, FIRST_YEAR_COL, lastDataRow, lastYearCol), bands);

  const summary = summaryLines(draft, params, {
    row: SUMMARY_ROW,
    labelCols: [0, KIND_COL],
    countCol: lastYearCol,
    kinds: absolute(area(firstDataRow, KIND_COL, lastDataRow, KIND_COL)),
    statuses: area(firstDataRow, lastYearCol, lastDataRow, lastYearCol),
    values: [
      absolute(area(firstDataRow, FIRST_YEAR_COL, lastDataRow, lastYearCol)),
      absolute(area(firstDataRow + 1, FIRST_YEAR_COL, lastDataRow + 1, lastYearCol)),
    ],
  });

  // Legend beside the summary, in the comment column.
  legend.forEach((line, k) => draft.value(SUMMARY_ROW + k, commentCol, line));

  WIDTHS.forEach((width, col) => draft.width(col, width));
  years.forEach((_, k) => draft.width(FIRST_YEAR_COL + k, YEAR_WIDTH));
  draft.width(commentCol, COMMENT_WIDTH);
  draft.name(tableName(params.id, params.sheet), table);

  const changes = draft.toChangeSet(message("template.created", "ja", { name: params.sheet }), {
    freeze: { rows: firstDataRow, columns: FIRST_YEAR_COL },
    print: printSetup(headerRow),
  });
  return { params, changes, indicators, summary, judgements: [] };
}

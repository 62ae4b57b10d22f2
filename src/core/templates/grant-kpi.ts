/**
 * 交付金KPI表 (`grant-kpi`), the layout of 000: per KPI the rows 目標値 / 実績値 / 達成率 under the plan's
 * fiscal years and a 累計 column, plus a 結果 row so the bands show. 累計 follows the flow rule of docs/domain.md (Achievement rate, 累計):
 * target = sum of every planned target, actual = sum of the actuals reported so far, rate = their quotient.
 */
import { toA1 } from "../grid";
import { message } from "../i18n";
import { area, SheetDraft } from "./draft";
import { formulasFor } from "./formulas";
import { RATE_FORMAT } from "../number-formats";
import { actualsNote, headerStyle, numericInput, statusFormats, statusInput } from "./parts";
import { printSetup, tableName } from "./sheet-setup";
import type { IndicatorCells, PeriodCells, ResolvedParams, TemplatePlan } from "./types";
import { periodTitle, yearCells, yearHeader } from "./year-columns";

const LEADING = ["template.col.no", "template.col.kpi", "template.col.unit", "template.col.kind"] as const;
const ROWS = [
  "template.row.targetValue",
  "template.row.actualValue",
  "template.row.rate",
  "template.row.status",
] as const;
const WIDTHS = [5, 32, 8, 8];
const YEAR_WIDTH = 12;
const FIRST_YEAR_COL = LEADING.length;
const KIND_COL = LEADING.length - 1;
const HEADER_ROW = 3;

export function buildGrantKpi(params: ResolvedParams): TemplatePlan {
  const { bands, years } = params;
  const draft = new SheetDraft(params.sheet);
  const formulas = formulasFor(params);
  const lastYearCol = FIRST_YEAR_COL + years.length - 1;
  const cumulativeCol = lastYearCol + 1;
  const firstDataRow = HEADER_ROW + 1;
  const lastDataRow = firstDataRow + params.indicators.length * ROWS.length - 1;

  periodTitle(draft, params, "template.grant-kpi.name");
  draft.value(1, 0, message("template.grant.note", "ja"));
  const note = actualsNote(params);
  if (note !== null) draft.value(2, 0, note);

  yearHeader(draft, params, HEADER_ROW, LEADING, FIRST_YEAR_COL);
  draft.value(HEADER_ROW, cumulativeCol, message("template.col.cumulative", "ja"));
  headerStyle(draft, area(HEADER_ROW, 0, HEADER_ROW, cumulativeCol));

  const indicators: IndicatorCells[] = params.indicators.map((indicator, i) => {
    const top = firstDataRow + i * ROWS.length;
    const [targetRow, actualRow, rateRow, statusRow] = [top, top + 1, top + 2, top + 3];
    draft.value(top, 0, i + 1);
    const name = indicator.name === "" ? toA1(top, 1) : draft.value(top, 1, indicator.name);
    if (indicator.unit !== "") draft.value(top, 2, indicator.unit);
    for (const col of [0, 1, 2]) draft.merge(top, col, top + ROWS.length - 1, col);
    ROWS.forEach((code, k) => draft.value(top + k, KIND_COL, message(code, "ja")));

    const periods: PeriodCells[] = yearCells(
      draft,
      params,
      formulas,
      indicator,
      { target: targetRow, actual: actualRow, rate: rateRow, status: statusRow },
      FIRST_YEAR_COL,
    );
    const targets = area(targetRow, FIRST_YEAR_COL, targetRow, lastYearCol);
    const actuals = area(actualRow, FIRST_YEAR_COL, actualRow, lastYearCol);
    const target = draft.formula(
      targetRow,
      cumulativeCol,
      formulas.cumulativeTarget(targets, years.length),
      indicator.numberFormat,
    );
    const actual = draft.formula(
      actualRow,
      cumulativeCol,
      formulas.cumulativeActual(actuals),
      indicator.numberFormat,
    );
    const rate = draft.formula(
      rateRow,
      cumulativeCol,
      formulas.cumulativeRate(actuals, targets, actual, target),
      RATE_FORMAT,
    );
    const status = draft.formula(statusRow, cumulativeCol, formulas.status(actual, target, false));
    periods.push({ period: "cumulative", target, actual, rate, status });

    numericInput(
      draft,
      area(targetRow, FIRST_YEAR_COL, actualRow, lastYearCol),
      periods[0].target ?? "",
      params,
    );
    statusInput(draft, area(statusRow, FIRST_YEAR_COL, statusRow, cumulativeCol), bands);
    draft.style(area(statusRow, FIRST_YEAR_COL, statusRow, cumulativeCol), { horizontalAlignment: "center" });
    return { name, periods };
  });

  draft.style(area(firstDataRow, 0, lastDataRow, cumulativeCol), {
    borders: "thin-all",
    verticalAlignment: "center",
  });
  draft.style(area(firstDataRow, 1, lastDataRow, 1), { wrap: true });
  statusFormats(draft, area(firstDataRow, FIRST_YEAR_COL, lastDataRow, cumulativeCol), bands);

  WIDTHS.forEach((width, col) => draft.width(col, width));
  for (let col = FIRST_YEAR_COL; col <= cumulativeCol; col++) draft.width(col, YEAR_WIDTH);
  draft.name(tableName(params.id, params.sheet), area(HEADER_ROW, 0, lastDataRow, cumulativeCol));

  const changes = draft.toChangeSet(message("template.created", "ja", { name: params.sheet }), {
    freeze: { rows: firstDataRow, columns: FIRST_YEAR_COL },
    print: printSetup(HEADER_ROW),
  });
  return { params, changes, indicators, summary: [], judgements: [] };
}

/**
 * One 活動指標 / 成果指標 block of the 事業評価調書 (002): 指標名, then `前年度実績 / 当年度予定(目標) /
 * 当年度実績 / 翌年度予定(目標)` with the evaluated year's 達成率 and 結果 computed by formulas.
 */
import { toA1 } from "../grid";
import { message } from "../i18n";
import { area, type SheetDraft } from "./draft";
import type { FormulaSet } from "./formulas";
import { RATE_FORMAT } from "../number-formats";
import { headerStyle, labelStyle, numericInput, statusInput } from "./parts";
import type { IndicatorCells, ResolvedIndicator, ResolvedParams } from "./types";

/** The last column of the sheet (G). */
export const LAST_COL = 6;

export interface BlockContext {
  readonly draft: SheetDraft;
  readonly params: ResolvedParams;
  readonly formulas: FormulaSet;
  /** The evaluated fiscal year and how years are written. */
  readonly year: number;
  readonly label: (year: number) => string;
}

/** Three rows from `top`: 指標名, the column headers, the values with the year's rate and status. */
export function indicatorBlock(
  context: BlockContext,
  top: number,
  indicator: ResolvedIndicator,
  n: number,
): IndicatorCells {
  const { draft, params, formulas, year, label } = context;
  const projected = params.projectedYear === year;
  const planned = indicator.kind === "activity" ? "template.eval.plannedOf" : "template.eval.targetOf";
  draft.value(
    top,
    0,
    message(indicator.kind === "activity" ? "template.eval.activity" : "template.eval.outcome", "ja", {
      n,
    }),
  );
  draft.merge(top, 0, top + 2, 0);
  labelStyle(draft, area(top, 0, top + 2, 0));
  draft.value(top, 1, message("template.eval.indicatorName", "ja"));
  const name = indicator.name === "" ? toA1(top, 2) : draft.value(top, 2, indicator.name);
  draft.merge(top, 2, top, LAST_COL);
  const headers = [
    message("template.eval.actualOf", "ja", { year: label(year - 1) }),
    message(planned, "ja", { year: label(year) }),
    message("template.eval.actualOf", "ja", { year: label(year) }),
    message(planned, "ja", { year: label(year + 1) }),
    message("template.eval.rateOf", "ja", { year: label(year) }),
    message("template.eval.statusOf", "ja", { year: label(year) }),
  ];
  headers.forEach((text, k) => draft.value(top + 1, 1 + k, text));
  headerStyle(draft, area(top + 1, 1, top + 1, LAST_COL));
  const values = top + 2;
  const [previousActual, target, actual, nextTarget] = [1, 2, 3, 4].map((col) =>
    draft.format(values, col, indicator.numberFormat),
  );
  numericInput(draft, area(values, 1, values, 4), previousActual, params);
  const rate = draft.formula(values, 5, formulas.rate(actual, target, indicator.direction), RATE_FORMAT);
  const status = draft.formula(values, 6, formulas.status(actual, target, projected, indicator.direction));
  statusInput(draft, status, params.bands);
  draft.style(area(top, 0, values, LAST_COL), { borders: "thin-all" });
  draft.style(status, { horizontalAlignment: "center" });
  return {
    name,
    periods: [
      { period: year - 1, actual: previousActual },
      { period: year, target, actual, rate, status },
      { period: year + 1, target: nextTarget },
    ],
  };
}

import type { TemplateDirection } from "../types";

/** What a template asks of a formula style: formula texts (without `=`) over cell references. */
export interface FormulaSet {
  /** 達成率 of one period: a fraction, or `""` while it cannot be computed. */
  rate(actual: string, target: string, direction?: TemplateDirection): string;
  /** 結果 of one period: a band label (with the projected suffix when `projected`), the pending label… */
  status(actual: string, target: string, projected: boolean, direction?: TemplateDirection): string;
  /** 累計 target (増加型 only): the sum of every planned target (`count` cells), `""` while one is missing. */
  cumulativeTarget(targets: string, count: number): string;
  /** 累計 actual: the sum of the actuals reported so far, `""` while none is. */
  cumulativeActual(actuals: string): string;
  /** 累計 rate from the row ranges of the yearly actuals and targets and the two 累計 cells. */
  cumulativeRate(
    actuals: string,
    targets: string,
    cumulativeActual: string,
    cumulativeTarget: string,
  ): string;
}

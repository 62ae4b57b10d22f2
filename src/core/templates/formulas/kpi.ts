/**
 * Formula style `kpi`: the add-in's custom functions (src/functions/functions.ts) compute rates and
 * statuses with the engine itself. The sums of the 累計 column stay plain SUMs. An empty target leaves
 * the cell empty, as in the native style (a blank form shows no errors).
 */
import { DEFAULT_BANDS, type StatusBands } from "../../status";
import { comparedRate, nativeFormulas } from "./native";
import { quote } from "./text";
import type { FormulaSet } from "./types";
import type { TemplateBanding, TemplateDirection } from "../types";

/** The custom functions the kpi style calls, by their metadata name (namespace `KPI`). */
export const KPI_FUNCTIONS = {
  rate: "KPI.RATE",
  status: "KPI.STATUS",
  band: "KPI.BAND",
  cumulative: "KPI.CUMRATE",
} as const;

function sameBands(a: StatusBands, b: StatusBands): boolean {
  const same = (x: readonly unknown[], y: readonly unknown[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    same(a.thresholds, b.thresholds) && same(a.labels, b.labels) && a.projectedSuffix === b.projectedSuffix
  );
}

/** The optional direction argument of KPI.RATE / KPI.STATUS: left out for the default (up). */
function directionArg(direction: TemplateDirection): string {
  return direction === "up" ? "" : `,${quote(direction)}`;
}

function whenTarget(target: string, formula: string): string {
  return `IF(${target}="","",${formula})`;
}

export function kpiFormulas(bands: StatusBands, banding: TemplateBanding = "exact"): FormulaSet {
  const sums = nativeFormulas(bands, []);
  const { rate, status, band, cumulative } = KPI_FUNCTIONS;
  const custom = !sameBands(bands, DEFAULT_BANDS);
  const rounded = banding === "rounded";
  const thresholds = `{${bands.thresholds.map(String).join(",")}}`;
  const labels = `{${bands.labels.map(quote).join(",")}}`;
  return {
    rate: (actual, target, direction = "up") =>
      whenTarget(target, `${rate}(${actual},${target}${directionArg(direction)})`),
    status: (actual, target, projected, direction = "up") => {
      const flag = projected ? "TRUE" : "FALSE";
      const rated = `${rate}(${actual},${target}${directionArg(direction)})`;
      // Rounded as displayed when the rate is a number; a pending or unrated label passes as it is.
      const compared = rounded ? `IFERROR(${comparedRate(rated, banding)},${rated})` : rated;
      return whenTarget(
        target,
        custom || rounded
          ? `${band}(${compared},${flag},${thresholds},${labels})`
          : `${status}(${actual},${target},${flag}${directionArg(direction)})`,
      );
    },
    cumulativeTarget: sums.cumulativeTarget,
    cumulativeActual: sums.cumulativeActual,
    cumulativeRate: (actuals, targets, _cumulativeActual, cumulativeTarget) =>
      whenTarget(cumulativeTarget, `${cumulative}(${actuals},${targets})`),
  };
}

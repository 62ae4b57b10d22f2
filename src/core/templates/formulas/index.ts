/** The formula set of the chosen style. */
import type { ResolvedParams } from "../types";
import { kpiFormulas } from "./kpi";
import { nativeFormulas } from "./native";
import type { FormulaSet } from "./types";

export type { FormulaSet } from "./types";

export function formulasFor(params: ResolvedParams): FormulaSet {
  return params.style === "kpi"
    ? kpiFormulas(params.bands, params.banding)
    : nativeFormulas(params.bands, params.pendingWords, params.banding);
}

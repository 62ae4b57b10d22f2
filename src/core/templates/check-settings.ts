/**
 * The check settings a generated sheet was built with: its bands and banding basis, and the direction of every 減少型
 * indicator keyed by the id detection gives it (`No.3`, `成果指標2`) and by its name when it has one, so
 * that checking the sheet recomputes what its formulas compute.
 */
import { message } from "../i18n";
import type { CheckSettings, IndicatorDirection } from "../rules/settings";
import type { ResolvedParams } from "./types";

function idOf(params: ResolvedParams, index: number): string {
  if (params.id !== "evaluation-sheet") return `${message("template.col.no", "ja")}${index + 1}`;
  const indicator = params.indicators[index];
  const n = params.indicators.slice(0, index + 1).filter((i) => i.kind === indicator.kind).length;
  return message(indicator.kind === "activity" ? "template.eval.activity" : "template.eval.outcome", "ja", {
    n,
  });
}

export function checkSettingsOf(params: ResolvedParams): Partial<CheckSettings> {
  const directions: Record<string, IndicatorDirection> = {};
  params.indicators.forEach((indicator, index) => {
    if (indicator.direction === "up") return;
    const setting: IndicatorDirection = { direction: indicator.direction, method: "ratio" };
    directions[idOf(params, index)] = setting;
    if (indicator.name !== "") directions[indicator.name] = setting;
  });
  return { bands: params.bands, banding: params.banding, directions };
}

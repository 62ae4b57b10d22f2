/** `runChecks`: every enabled check over the model, findings in check order. Never throws on any model. */
import type { KpiModel } from "../tables/model";
import { evaluateModel, type Evaluation } from "./evaluate";
import { CHECKS } from "./registry";
import { textMemoParser } from "../values";
import { withDefaults, type CheckSettings } from "./settings";
import type { Finding } from "./types";

export interface CheckedModel {
  readonly findings: Finding[];
  /** The evaluations the checks compared against (`evaluateModel` with the resolved settings). */
  readonly evaluations: Evaluation[];
}

/**
 * The findings and the evaluations they were made from, for a face that reports both (the CLI): the
 * model is evaluated once, not once by the checks and again by the report.
 */
export function checkModel(model: KpiModel, settings: Partial<CheckSettings> = {}): CheckedModel {
  const resolved = withDefaults(settings);
  const evaluations = evaluateModel(model.tables, resolved);
  const context = { model, settings: resolved, evaluations, parse: textMemoParser() };
  const disabled = new Set(resolved.disabledRules);
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (disabled.has(check.id)) continue;
    for (const f of check.run(context)) findings.push(f);
  }
  return { findings, evaluations };
}

/** `settings` may be partial; missing or malformed keys take their defaults (see `withDefaults`). */
export function runChecks(model: KpiModel, settings: Partial<CheckSettings> = {}): Finding[] {
  return checkModel(model, settings).findings;
}

/** `runChecks`: every enabled check over the model, findings in check order. Never throws on any model. */
import type { KpiModel } from "../tables/model";
import { evaluateModel } from "./evaluate";
import { CHECKS } from "./registry";
import { withDefaults, type CheckSettings } from "./settings";
import type { Finding } from "./types";

/** `settings` may be partial; missing or malformed keys take their defaults (see `withDefaults`). */
export function runChecks(model: KpiModel, settings: Partial<CheckSettings> = {}): Finding[] {
  const resolved = withDefaults(settings);
  const context = { model, settings: resolved, evaluations: evaluateModel(model.tables, resolved) };
  const disabled = new Set(resolved.disabledRules);
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (disabled.has(check.id)) continue;
    for (const f of check.run(context)) findings.push(f);
  }
  return findings;
}

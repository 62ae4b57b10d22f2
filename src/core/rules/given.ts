/**
 * What a table's given reading (core/layout) states for its checks: a direction for the table or per
 * indicator (its direction column, read into the indicator's stated direction), bands, and a rounding
 * rule with its decimals. Anything the reading leaves out is inferred as for a detected table.
 */
import type { Direction } from "../rate-types";
import type { StatusBands } from "../status";
import type { Indicator, KpiTable } from "../tables/model";
import type { CheckSettings } from "./settings";

export function givenDirection(table: KpiTable, indicator: Indicator): Direction | null {
  const given = table.given?.direction;
  if (given === undefined) return null;
  if (typeof given === "string") return given;
  return indicator.direction?.direction ?? null;
}

const bandsOf = new WeakMap<KpiTable, { settings: StatusBands; bands: StatusBands }>();

/** The settings' bands with the reading's thresholds and labels (projected and pending labels kept). */
export function givenBands(table: KpiTable, settings: CheckSettings): StatusBands {
  const known = bandsOf.get(table);
  if (known !== undefined && known.settings === settings.bands) return known.bands;
  const given = table.given?.bands;
  const bands = given === undefined ? settings.bands : { ...settings.bands, ...given };
  bandsOf.set(table, { settings: settings.bands, bands });
  return bands;
}

const settingsOf = new WeakMap<KpiTable, { settings: CheckSettings; resolved: CheckSettings }>();

/** The settings a table's rates are compared by: its reading's rounding rule and decimals over the settings'. */
export function givenRounding(table: KpiTable, settings: CheckSettings): CheckSettings {
  const rounding = table.given?.rounding;
  if (rounding === undefined) return settings;
  const known = settingsOf.get(table);
  if (known !== undefined && known.settings === settings) return known.resolved;
  const rule = typeof rounding === "string" ? rounding : rounding.rule;
  const digits = typeof rounding === "string" ? undefined : rounding.digits;
  const resolved: CheckSettings = {
    ...settings,
    rounding: rule === "down" ? "truncate" : rule,
    rateDecimals: digits ?? settings.rateDecimals,
  };
  settingsOf.set(table, { settings, resolved });
  return resolved;
}

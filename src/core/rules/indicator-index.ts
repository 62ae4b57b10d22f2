/** Indicators of every table indexed by a key (normalised name, measure name, id), for linear cross-table checks. */
import type { Indicator, KpiTable } from "../tables/model";
import { normaliseLabel } from "../tables/vocabulary";

export interface Occurrence {
  readonly table: KpiTable;
  readonly indicator: Indicator;
}

/** `key(indicator)` → every occurrence, in model order. */
export function indexBy(
  tables: readonly KpiTable[],
  keys: (indicator: Indicator) => readonly string[],
): Map<string, Occurrence[]> {
  const index = new Map<string, Occurrence[]>();
  for (const table of tables) {
    for (const indicator of table.indicators) {
      for (const key of new Set(keys(indicator))) {
        if (key === "") continue;
        const list = index.get(key);
        if (list === undefined) index.set(key, [{ table, indicator }]);
        else list.push({ table, indicator });
      }
    }
  }
  return index;
}

const nameKeys = new WeakMap<Indicator, string>();

/** The name compared across tables (half-width, no spaces, lower case), computed once per indicator. */
export function nameKey(indicator: Indicator): string {
  let key = nameKeys.get(indicator);
  if (key === undefined) {
    key = normaliseLabel(indicator.name);
    nameKeys.set(indicator, key);
  }
  return key;
}

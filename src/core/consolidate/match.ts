/**
 * Which master indicator a returned indicator is: the same id first (the table's No. / 指標番号 column,
 * whatever its header, as table detection read it), then the same name; and which master period a
 * returned period is: the same fiscal year (a 累計 column matches a 累計 column). Ids and names are
 * compared width-normalised, without spaces and case; `No.3` and `3` are the same id.
 */
import { toHalfWidth } from "../text";
import type { Indicator, KpiModel, KpiTable, Period } from "../tables/model";

export interface MasterIndicator {
  readonly table: KpiTable;
  readonly indicator: Indicator;
}

export type MatchedBy = "id" | "name";

export interface IndicatorMatch {
  readonly master: MasterIndicator;
  readonly by: MatchedBy;
}

function normalised(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "").toLowerCase();
}

/** The id as a key: `No.3`, `no 3` and `3` are one key. */
export function idKey(id: string | null): string | null {
  if (id === null) return null;
  const key = normalised(id).replace(/^(no\.?|#)/, "");
  return key === "" ? null : key;
}

export function nameKey(name: string): string | null {
  const key = normalised(name);
  return key === "" ? null : key;
}

/** Every indicator of a model, the slots of tables to fill included (a master may not be filled yet). */
export function indicatorsOf(model: KpiModel): MasterIndicator[] {
  return model.tables.flatMap((table) =>
    [...table.indicators, ...(table.unfilled ?? [])].map((indicator) => ({ table, indicator })),
  );
}

function push<K, V>(map: Map<K, V[]>, key: K | null, value: V): void {
  if (key === null) return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The master's indicators indexed by id and by name. */
export class MasterIndex {
  private readonly byId = new Map<string, MasterIndicator[]>();
  private readonly byName = new Map<string, MasterIndicator[]>();

  constructor(master: KpiModel) {
    for (const entry of indicatorsOf(master)) {
      push(this.byId, idKey(entry.indicator.id), entry);
      push(this.byName, nameKey(entry.indicator.name), entry);
    }
  }

  /** The master indicator `returned` is, preferring one on a sheet of the same name; `null` when none. */
  match(returned: Indicator, sheet: string): IndicatorMatch | null {
    const pick = (candidates: MasterIndicator[] | undefined) =>
      candidates === undefined ? null : (candidates.find((c) => c.table.sheet === sheet) ?? candidates[0]);
    const id = idKey(returned.id);
    const byId = id === null ? null : pick(this.byId.get(id));
    if (byId !== null) return { master: byId, by: "id" };
    const name = nameKey(returned.name);
    const byName = name === null ? null : pick(this.byName.get(name));
    return byName === null ? null : { master: byName, by: "name" };
  }
}

/** The master period a returned period is: the same fiscal year, or 累計 for 累計. */
export function matchingPeriod(master: Indicator, returned: Period): Period | null {
  return (
    master.periods.find((period) =>
      returned.cumulative
        ? period.cumulative
        : !period.cumulative && period.fiscalYear !== null && period.fiscalYear === returned.fiscalYear,
    ) ?? null
  );
}

/** Two names are the same name (width, spaces and case aside). */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Two units differ: both written and not the same (width and spaces aside). */
export function unitsDiffer(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return nameKey(a) !== nameKey(b);
}

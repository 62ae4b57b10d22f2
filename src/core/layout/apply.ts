/**
 * Detection with a reading: the tables a reading names are read by it, and detected tables that overlap
 * them are dropped; every other detected table stays as detected.
 */
import { parseRangeA1, rangesOverlap } from "../grid";
import type { KpiTable } from "../tables/model";
import type { SheetReader } from "../tables/sheet-reader";
import { buildTable } from "./build";
import { laidOut } from "./geometry";
import type { KpiLayout } from "./types";

const topOf = (table: KpiTable) => parseRangeA1(table.range)?.row ?? 0;

/** The sheet's tables: the reading's first, then the detected ones it does not cover, top to bottom. */
export function withGivenTables(
  reader: SheetReader,
  detected: readonly KpiTable[],
  layout: KpiLayout | undefined,
): KpiTable[] {
  const given = (layout?.tables ?? []).filter((t) => t.sheet === reader.sheet).map(laidOut);
  if (given.length === 0) return [...detected];
  const kept = detected.filter((table) => {
    const range = parseRangeA1(table.range);
    return range === null || !given.some((g) => rangesOverlap(range, g.range));
  });
  return [...given.map((g) => buildTable(reader, g)), ...kept].sort((a, b) => topOf(a) - topOf(b));
}

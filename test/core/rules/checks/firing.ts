/** What every check's test asks: the findings of one rule, and the one a broken table must give at a cell. */
import type { Grid } from "../../../../src/core/grid";
import { runChecks, type CheckSettings, type Finding } from "../../../../src/core/rules";
import { detectTables } from "../../../../src/core/tables";

/** The findings of `rule` on `grids` under `settings`. */
export function findingsOf(grids: Grid | Grid[], rule: string, settings?: Partial<CheckSettings>): Finding[] {
  return runChecks(detectTables(grids), settings).filter((f) => f.rule === rule);
}

/** The finding of `rule` at `cell`, which must exist and name the cell in both languages. */
export function firesAt(grids: Grid | Grid[], rule: string, cell: string): Finding {
  const found = findingsOf(grids, rule).find((f) => f.cell === cell);
  expect(found).toBeDefined();
  const f = found as Finding;
  expect(f.message.ja).toContain(cell);
  expect(f.message.en).toContain(cell);
  return f;
}

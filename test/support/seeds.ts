/**
 * The published seed tables copied into test/fixtures/seeds (tests never read ../shared), typed, and the
 * column titles of 004's first table as the published document prints them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** What a published table shows of one indicator, as text (`null` where the cell is blank). */
export interface SeedValues {
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  readonly periods: readonly string[];
  readonly target: readonly (string | null)[];
  readonly actual: readonly (string | null)[];
  readonly published_rate: readonly (string | null)[];
  readonly published_status: readonly (string | null)[];
}

/** One indicator of a seed file: its values and where the published document puts it. */
export interface SeedIndicator extends SeedValues {
  readonly baseline: string | null;
  readonly cumulative: boolean;
  readonly cumulative_scope?: string | null;
  readonly notes: string;
  readonly section: string;
  readonly unit_measures_layout2?: readonly { readonly line: number; readonly label: string }[];
}

/** The indicators of test/fixtures/seeds/`file`. */
export function loadSeed(file: string): SeedIndicator[] {
  return JSON.parse(readFileSync(join(__dirname, "../fixtures/seeds", file), "utf8")) as SeedIndicator[];
}

/** The column titles of 004's first table (No. … R5, 後期実施計画(案)への反映). */
export const HEADER_004_1 = [
  "No.",
  "単位施策No.",
  "単位施策",
  "成果指標",
  "年度",
  "R3",
  "R4",
  "R5",
  "後期実施計画(案)への反映",
] as const;

/** The published seed tables (test/fixtures/seeds) and their values as a filled template holds them. */
import fc from "fast-check";
import { decimalToNumber, parseValue, shiftDecimal } from "../../../src/core";
import type { SeedValues } from "../../support/seeds";

export { loadSeed } from "../../support/seeds";

/** A seed's values, or an indicator made up in their shape. */
export interface SeedIndicator extends SeedValues {
  /** Not in the fixtures: set by tests of 減少型 indicators. */
  readonly direction?: "up" | "down";
}

/**
 * What a person types into a generated cell for a published value: the number in the cell's unit
 * (`1,600件` → 1600, `30.0%` → 0.3 since `%` cells hold fractions, `0人(中止)` → 0), a pending word as
 * written (`集計中`, `-`), nothing for an empty value.
 */
export function typedValue(text: string | null): number | string | null {
  if (text === null || text.trim() === "") return null;
  const parsed = parseValue(text);
  if (parsed.kind === "pending") return text;
  if (parsed.kind !== "number") throw new Error(`seed value ${text} is neither a number nor pending`);
  return parsed.percent ? decimalToNumber(shiftDecimal(parsed.decimal, -2)) : parsed.value;
}

/** A made-up indicator of one year (R6): `target` and `actual` as typed, nothing published. */
export function pairSeed(
  about: Pick<SeedIndicator, "id" | "name" | "unit">,
  target: string,
  actual: string,
): SeedIndicator {
  return {
    ...about,
    periods: ["R6"],
    target: [target],
    actual: [actual],
    published_rate: [null],
    published_status: [null],
  };
}

/** 減少型 (lower is better): target ÷ actual, an actual of 0 is the best result, a target of 0 a valid goal. */
export const downs: SeedIndicator[] = [
  ["10人", "12人"],
  ["10人", "0人"],
  ["0件", "3件"],
  ["0件", "0件"],
  ["5件", "4件"],
  ["8件", "集計中"],
  ["0.56", "0.7"],
].map(([target, actual], k) => ({
  ...pairSeed(
    { id: `down${k}`, name: `減少型 ${actual} / ${target}`, unit: /[人件]/.exec(target)?.[0] ?? null },
    target,
    actual,
  ),
  direction: "down",
}));

/** `coefficient × 10^-scale` as decimal text (`448, 1` → `"44.8"`). */
function decimalText(coefficient: bigint, scale: number): string {
  const digits = coefficient.toString().padStart(scale + 1, "0");
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/**
 * Random target/actual pairs, many of them on or one unit beside a band edge (80%, 100%) at up to three
 * decimals, where a binary quotient and the exact rate can fall on different sides. Deterministic (seeded).
 */
export function edgePairs(count: number, seed: number): SeedIndicator[] {
  const pair = fc
    .record({
      target: fc.bigInt({ min: BigInt(1), max: BigInt(1_000_000) }),
      scale: fc.integer({ min: 0, max: 3 }),
      edge: fc.constantFrom(8, 10, null),
      delta: fc.constantFrom(-1, 0, 1),
      free: fc.bigInt({ min: BigInt(0), max: BigInt(2_000_000) }),
    })
    .map(({ target, scale, edge, delta, free }) => {
      // On an edge the actual has one more decimal than the target: T × 0.8 or T × 1.0, exactly, ± one unit.
      const actual =
        edge === null
          ? decimalText(free, scale)
          : decimalText(target * BigInt(edge) + BigInt(delta), scale + 1);
      return [decimalText(target, scale), actual] as const;
    });
  return fc
    .sample(pair, { numRuns: count, seed })
    .map(([target, actual], k) =>
      pairSeed({ id: `random${k}`, name: `${actual} / ${target}`, unit: null }, target, actual),
    );
}

/**
 * KPI.VALUE and KPI.UNIT: the number and the unit inside cell text as cities type it (`1,600件`,
 * `130,000千円`, `１２`, `△1,234`).
 */
import { achievementRate, baseDecimal, decimalToNumber, parseValue, type NumberValue } from "../core";
import { isBlank, type Cell } from "./cell";
import { failure, type Outcome } from "./errors";
import { noNumberOutcome } from "./no-number";
import { cellText } from "./options";
import { rateOutcome } from "./rates";

/** One `unit` as the value parser reads it (`1千円`), or `null` when the text is not a unit alone. */
function unitQuantity(unit: string): NumberValue | null {
  const one = parseValue(`1${unit}`);
  const alone = one.kind === "number" && one.note === undefined;
  return alone && one.value === 1 && one.unit !== "" ? one : null;
}

/**
 * KPI.VALUE for one cell. Without `unit`: the number as written (`130,000千円` → 130000), except that a
 * percentage is a fraction as in Excel (`30%` → 0.3) and a scale without a unit is applied (`1.2万` → 12000). With `unit`: the quantity divided by one `unit`,
 * computed exactly by the engine, so scales convert (`130,000千円` in `円` → 130000000) and kinds that
 * differ (`人` in `件`) are a unit mismatch. A bare number counts in the base unit, as everywhere in the
 * engine: 130000 in `千円` is 130, and 0.3 (a cell formatted 30%) in `%` is 30.
 */
export function valueCell(cell: Cell, unit: Cell): Outcome {
  const parsed = parseValue(cell);
  if (parsed.kind !== "number") return isBlank(cell) ? "" : noNumberOutcome(parsed);
  if (isBlank(unit)) return parsed.baseUnit === "" ? decimalToNumber(baseDecimal(parsed)) : parsed.value;
  const one = unitQuantity(cellText(unit).trim());
  if (one === null) return failure("functions.unit", { text: cellText(unit) });
  return rateOutcome(achievementRate(parsed, one), { actual: [cell], target: [unit] });
}

/** KPI.UNIT for one cell: the unit as written (`件`, `千円`, `%`); `""` for a bare number or no value. */
export function unitCell(cell: Cell): Outcome {
  const parsed = parseValue(cell);
  if (parsed.kind === "number") return parsed.unit;
  return parsed.kind === "pending" ? "" : noNumberOutcome(parsed);
}

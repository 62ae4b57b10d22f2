/** Lookups into a generated change set, for the template tests. */
import type { CellChange, ChangeSet } from "../../../src/workbook/port";

export function cellAt(changes: ChangeSet, address: string): CellChange | undefined {
  return (changes.cells ?? []).find((cell) => cell.address === address);
}

export function valueAt(changes: ChangeSet, address: string): CellChange["value"] {
  return cellAt(changes, address)?.value;
}

export function formulaAt(changes: ChangeSet, address: string): string {
  const formula = cellAt(changes, address)?.formula;
  if (formula === undefined) throw new Error(`no formula at ${address}`);
  return formula;
}

/** Every text value written, in order. */
export function texts(changes: ChangeSet): string[] {
  return (changes.cells ?? []).flatMap((cell) => (typeof cell.value === "string" ? [cell.value] : []));
}

/** A quotient as the native formulas hold it: rounded to Excel's 15 significant digits (`a/t` → the ROUND). */
export function asShown(quotient: string): string {
  return `IF(${quotient}=0,0,ROUND(${quotient},14-INT(LOG10(ABS(${quotient})))))`;
}

/**
 * The band schemes a person can give a table in the 読み方 view: the settings' bands, every legend the
 * workbook states (`達成 … 100%以上`, with its bounds), and each scheme of status words the product knows
 * (tables/words.ts: A/B/C/D, ◎○△×, 順調/やや遅れ/…) over the settings' bounds when it has as many bands.
 * A scheme of another size needs bounds: a legend on the sheet, or the settings' bands changed first.
 */
import { decimalFromNumber, shiftDecimal } from "../decimal";
import { formatNumber } from "../format";
import { bandsProblem } from "../status";
import { DEFAULT_WORDS } from "../tables/words";
import type { LayoutBands } from "./types";

const same = (a: LayoutBands, b: LayoutBands) =>
  a.thresholds.length === b.thresholds.length &&
  a.thresholds.every((t, i) => t === b.thresholds[i]) &&
  a.labels.length === b.labels.length &&
  a.labels.every((label, i) => label === b.labels[i]);

/** The choices, each once, in that order; bands core's rule refuses (unsorted bounds, a label short) are left out. */
export function bandChoices(
  settings: LayoutBands,
  legends: readonly LayoutBands[],
  schemes: readonly (readonly string[])[] = DEFAULT_WORDS.bandSchemes,
): LayoutBands[] {
  const choices: LayoutBands[] = [];
  const add = (bands: LayoutBands) => {
    if (bandsProblem(bands.thresholds, bands.labels) !== null || choices.some((c) => same(c, bands))) return;
    choices.push({ thresholds: [...bands.thresholds], labels: [...bands.labels] });
  };
  add(settings);
  legends.forEach(add);
  for (const labels of schemes)
    if (labels.length === settings.thresholds.length + 1) add({ thresholds: settings.thresholds, labels });
  return choices;
}

/** The index of `bands` among `choices`, or -1. */
export function bandChoiceIndex(choices: readonly LayoutBands[], bands: LayoutBands): number {
  return choices.findIndex((c) => same(c, bands));
}

/** Each band's label with its lower bound as a percentage (`100%`), the last band with none. */
export function bandBounds(bands: LayoutBands): { label: string; bound: string | null }[] {
  return bands.labels.map((label, i) => {
    const threshold = bands.thresholds[i];
    const exact = threshold === undefined ? null : decimalFromNumber(threshold);
    return { label, bound: exact === null ? null : formatNumber(shiftDecimal(exact, 2), "%") };
  });
}

/**
 * Colours of status categories, shared by the summary chart and the conditional formats written to Excel
 * (Excel's own good / neutral / bad cell styles). Colour is never the only cue: labels are always shown.
 */
export interface StatusColours {
  fill: string;
  font: string;
}

const GOOD: StatusColours = { fill: "#C6EFCE", font: "#006100" };
const NEUTRAL: StatusColours = { fill: "#FFEB9C", font: "#9C5700" };
const BAD: StatusColours = { fill: "#FFC7CE", font: "#9C0006" };
export const PENDING_COLOURS: StatusColours = { fill: "#EDEDED", font: "#404040" };

/** Colours of the band at `index` of `count` bands: first good, last bad, the ones between neutral. */
export function bandColours(index: number, count: number): StatusColours {
  if (index === 0) return GOOD;
  return index === count - 1 ? BAD : NEUTRAL;
}

/**
 * Colours of status categories, Excel's own good / neutral / bad cell styles: the templates' conditional
 * formats, the table look (./table-look) and the task pane's summary chart use these. Colour is never the
 * only cue: labels are always shown.
 */
export interface StatusColours {
  readonly fill: string;
  readonly fontColor: string;
}

const GOOD: StatusColours = { fill: "#C6EFCE", fontColor: "#006100" };
const FAIR: StatusColours = { fill: "#FFEB9C", fontColor: "#9C5700" };
const POOR: StatusColours = { fill: "#FFC7CE", fontColor: "#9C0006" };
/** A pending actual (集計中) and anything else outside the bands, in the table look and the summary chart. */
export const PENDING_COLOURS: StatusColours = { fill: "#EDEDED", fontColor: "#404040" };
/** Pending, dash and unrated labels in a generated sheet. */
export const UNRATED_COLOURS: StatusColours = { fill: "#EDEDED", fontColor: "#595959" };

/** Colours of the band at `index` of `count` bands: the best green, the worst red, those between amber. */
export function bandColours(index: number, count: number): StatusColours {
  if (index === 0) return GOOD;
  return index === count - 1 ? POOR : FAIR;
}

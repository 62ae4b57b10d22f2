/**
 * Parts every template uses: header styling, input rules for numeric and status cells, and the
 * conditional formats of the status bands. All texts come from the catalog; all labels from the bands.
 */
import { message } from "../i18n";
import type { StatusBands } from "../status";
import { SheetDraft } from "./draft";
import { bandColours, UNRATED_COLOURS } from "./status-colours";
import { equalsAny } from "./formulas/text";
import type { ResolvedParams } from "./types";

const HEADER_FILL = "#DDEBF7";

export function headerStyle(draft: SheetDraft, address: string): void {
  draft.style(address, {
    fill: HEADER_FILL,
    bold: true,
    wrap: true,
    horizontalAlignment: "center",
    verticalAlignment: "center",
    borders: "thin-all",
  });
}

/**
 * 004's note on actuals (`R3・R4は確定値。R5は見込値。`), from which table detection marks the projected
 * year; `null` when no year is projected.
 */
export function actualsNote(params: ResolvedParams): string | null {
  if (params.projectedYear === null) return null;
  const at = params.years.indexOf(params.projectedYear);
  const projected = params.yearLabels[at];
  const confirmed = params.yearLabels.slice(0, at).join("・");
  return confirmed === ""
    ? message("template.note.projectedOnly", "ja", { projected })
    : message("template.note.actuals", "ja", { confirmed, projected });
}

/** A row or block label beside input cells (事業評価調書). */
export function labelStyle(draft: SheetDraft, address: string): void {
  draft.style(address, { fill: HEADER_FILL, bold: true, verticalAlignment: "center" });
}

/** Every status text a cell of the given period kind may show, for list validation. */
export function statusLabels(bands: StatusBands): string[] {
  return [
    ...bands.labels,
    ...bands.labels.map((label) => label + bands.projectedSuffix),
    bands.pendingLabel,
    bands.dashLabel,
    bands.unratedLabel,
  ];
}

/**
 * Numbers or one of the pending words, in `address` whose top-left cell is `topLeft` (the custom formula is
 * relative to it, as Excel reads validation formulas).
 */
export function numericInput(
  draft: SheetDraft,
  address: string,
  topLeft: string,
  params: ResolvedParams,
): void {
  const words = params.pendingWords.join("」「");
  draft.validation({
    address,
    kind: "custom",
    formula: `=OR(ISNUMBER(${topLeft}),${equalsAny(topLeft, params.pendingWords)})`,
    inputTitle: message("template.input.valueTitle", "ja"),
    inputMessage: message("template.input.value", "ja", { words }),
    errorMessage: message("template.input.valueError", "ja", { words }),
    errorStyle: "stop",
  });
}

/** A list of the status labels on computed status cells, for a status entered by hand. */
export function statusInput(draft: SheetDraft, address: string, bands: StatusBands): void {
  draft.validation({
    address,
    kind: "list",
    list: statusLabels(bands),
    inputTitle: message("template.input.statusTitle", "ja"),
    inputMessage: message("template.input.status", "ja"),
    errorMessage: message("template.input.listError", "ja"),
    errorStyle: "stop",
  });
}

/** A list of judgements (A/B/C…) for a cell a person fills in. */
export function judgementInput(draft: SheetDraft, address: string, labels: readonly string[]): void {
  draft.validation({
    address,
    kind: "list",
    list: [...labels],
    inputTitle: message("template.input.judgementTitle", "ja"),
    inputMessage: message("template.input.judgement", "ja", { labels: labels.join("・") }),
    errorMessage: message("template.input.listError", "ja"),
    errorStyle: "stop",
  });
}

/** Colours status texts in `address` by band (with and without the projected suffix) and pending labels. */
export function statusFormats(draft: SheetDraft, address: string, bands: StatusBands): void {
  bands.labels.forEach((label, band) => {
    const colors = bandColours(band, bands.labels.length);
    for (const text of [label, label + bands.projectedSuffix]) {
      draft.conditionalFormat({ address, kind: "textEquals", text, ...colors });
    }
  });
  for (const text of [bands.pendingLabel, bands.dashLabel, bands.unratedLabel]) {
    draft.conditionalFormat({ address, kind: "textEquals", text, ...UNRATED_COLOURS });
  }
}

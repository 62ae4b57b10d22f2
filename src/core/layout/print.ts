/**
 * The reading every table of a check was read by, in the reading file's format (`--print-layout`): a
 * given table's own reading, a detected table's as `layoutOfTable` expresses it. Tables the format cannot
 * express are listed apart, so that nothing is silently left out.
 */
import type { Grid } from "../grid";
import type { KpiModel } from "../tables/model";
import { SheetReader } from "../tables/sheet-reader";
import { Vocabulary } from "../tables/vocabulary";
import { withWords } from "../tables/words";
import { layoutOfTable } from "./fromTable";
import type { KpiLayout, TableLayout } from "./types";

export interface ModelLayout {
  readonly layout: KpiLayout;
  /** Tables no reading of this version reads back exactly. */
  readonly unexpressed: readonly { readonly sheet: string; readonly range: string }[];
}

/** `words`: the settings' additional words, as detection was given them. */
export function layoutOfModel(model: KpiModel, grids: readonly Grid[], words?: unknown): ModelLayout {
  const vocabulary = new Vocabulary(withWords(words));
  const readers = new Map(grids.map((g) => [g.sheet, new SheetReader(g, undefined, vocabulary)]));
  const tables: TableLayout[] = [];
  const unexpressed: { sheet: string; range: string }[] = [];
  for (const table of model.tables) {
    const reader = readers.get(table.sheet);
    const layout = reader === undefined ? null : layoutOfTable(reader, table);
    if (layout === null) unexpressed.push({ sheet: table.sheet, range: table.range });
    else tables.push(layout);
  }
  return { layout: { version: 1, tables }, unexpressed };
}

/** A reading file's text: JSON, two-space indented, ending with a newline. */
export function layoutText(layout: KpiLayout): string {
  return `${JSON.stringify(layout, null, 2)}\n`;
}

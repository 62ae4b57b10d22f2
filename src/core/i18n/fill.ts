import type { CatalogEntry, Lang, MessageParams } from "./types";

const PARAMETER = /\{(\w+)\}/g;

/**
 * One catalog entry in `lang` with its `{name}` parameters filled in; a missing parameter stays as `{name}`.
 * Needs no catalog, so a check renders its own messages without importing the catalog that gathers them.
 */
export function fillMessage(entry: CatalogEntry, lang: Lang, params: MessageParams = {}): string {
  return entry[lang].replace(PARAMETER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

import type { CatalogEntry, Lang, MessageParams } from "./types";

const PARAMETER = /\{(\w+)\}/g;

/**
 * A template split at its parameters: literal texts at even indexes, parameter names at odd ones. Cached
 * per template text: a report renders the same few templates for 100,000 findings.
 */
const compiled = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(PARAMETER);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * One catalog entry in `lang` with its `{name}` parameters filled in; a missing parameter stays as `{name}`.
 * Needs no catalog, so a check renders its own messages without importing the catalog that gathers them.
 */
export function fillMessage(entry: CatalogEntry, lang: Lang, params: MessageParams = {}): string {
  const parts = partsOf(entry[lang]);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`;
    text += parts[i + 1];
  }
  return text;
}

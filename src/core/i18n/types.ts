/** Message catalog types shared by every area's catalog file. */

export type Lang = "ja" | "en";

/** One message in both languages; `{name}` marks a parameter. */
export interface CatalogEntry {
  readonly ja: string;
  readonly en: string;
}

/** Messages by stable code. Codes are namespaced by area (`rate.target-zero`, `rules.…`, `ui.…`). */
export type Catalog = Readonly<Record<string, CatalogEntry>>;

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The language of error messages: English when Office's display language is English, Japanese
 * otherwise (and wherever Office is absent, as in tests and Node). Functions take the language as a
 * parameter; only the entry points in functions.ts read it from Office.
 */
import type { Lang } from "../core";

export type { Lang };

/** Reads `Office.context.displayLanguage` defensively: any failure or absence means Japanese. */
export function displayLanguage(): Lang {
  try {
    const tag = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
    return typeof tag === "string" && tag.toLowerCase().startsWith("en") ? "en" : "ja";
  } catch {
    return "ja";
  }
}

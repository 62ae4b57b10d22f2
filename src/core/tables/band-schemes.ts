/**
 * Status words of the schemes tables use (A/B/C/D, S/A/B/C, ◎○△×, 順調/やや遅れ/…; `words.ts`), and
 * which scheme a table's statuses belong to. A status cell may give its meaning after the word
 * (`B 成果あり`, `A:期待を上回る`); the word is what counts.
 */
import { toHalfWidth } from "../text";

const MEANING_BREAK = /[\s:：]/;
const LEGEND = /\d\s*%|以上|未満|以下/;

function compact(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "");
}

/** The scheme word a cell starts with (`B 成果あり` → `B`), or `null` when it names none. */
export function statusWordOf(text: string, schemes: readonly (readonly string[])[]): string | null {
  const whole = compact(text);
  if (whole === "") return null;
  for (const scheme of schemes) if (scheme.includes(whole)) return whole;
  const half = toHalfWidth(text).trim();
  const first = half.split(MEANING_BREAK)[0];
  if (first === "" || first.length === half.length) return null;
  // `達成 … 達成率100%以上` states a band's bounds: a legend line, not a status.
  if (LEGEND.test(half.slice(first.length))) return null;
  for (const scheme of schemes) if (scheme.includes(first)) return first;
  return null;
}

/** The first scheme that holds every word, or `null`. */
export function schemeOf(
  words: Iterable<string>,
  schemes: readonly (readonly string[])[],
): readonly string[] | null {
  const found = [...new Set(words)];
  if (found.length === 0) return null;
  return schemes.find((scheme) => found.every((word) => scheme.includes(word))) ?? null;
}

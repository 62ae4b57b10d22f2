/**
 * The words detection reads with under some settings: the settings' `words` (in the shape of
 * tables/words.ts) with the `vocabulary` (a city's words per role and header) added to the lists they name.
 */
import type { CheckSettings, VocabularyKey } from "./settings";

type Lists = Record<string, unknown>;

/** Where each vocabulary key's words go in the word lists: a list, or a list inside a record. */
const PLACES: Readonly<Record<VocabularyKey, readonly [string] | readonly [string, string]>> = {
  target: ["roles", "target"],
  actual: ["roles", "actual"],
  rate: ["roles", "rate"],
  status: ["roles", "status"],
  id: ["identity", "id"],
  name: ["identity", "name"],
  unit: ["identity", "unit"],
  baseline: ["identity", "baseline"],
  cumulative: ["cumulative"],
  up: ["directionUp"],
  down: ["directionDown"],
};

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const recordOf = (value: unknown): Lists =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Lists) : {};

/** `DetectOptions.words` for these settings. */
export function detectWords(settings: Pick<CheckSettings, "words" | "vocabulary">): Lists {
  const words: Lists = { ...settings.words };
  for (const [key, added] of Object.entries(settings.vocabulary) as [VocabularyKey, readonly string[]][]) {
    const [list, entry] = PLACES[key];
    if (entry === undefined) words[list] = [...listOf(words[list]), ...added];
    else {
      const record = { ...recordOf(words[list]) };
      record[entry] = [...listOf(record[entry]), ...added];
      words[list] = record;
    }
  }
  return words;
}

/**
 * The one reader of check settings (a `--settings` file, the settings the task pane saves in a workbook):
 * every key is validated by the schema below and every problem is reported with the key at fault, in
 * Japanese and English. Nothing is silently replaced by a default: a key that is absent takes its default,
 * a key that is wrong makes the whole reading fail. To add a setting, add its key to `CheckSettings` (and
 * its default); the schema's type then requires its reader here.
 */
import { message, type Lang, type MessageParams } from "../i18n";
import type { SettingsMessageCode } from "../i18n/catalog/settings";
import type { DownMethod, KeepMode } from "../rate-types";
import { bandsProblem, type StatusBands } from "../status";
import {
  DEFAULT_CHECK_SETTINGS,
  VOCABULARY_KEYS,
  type CheckSettings,
  type IndicatorDirection,
  type VocabularyKey,
} from "./settings";

export interface SettingsProblem {
  readonly code: SettingsMessageCode;
  readonly params: MessageParams;
}

export type SettingsReading =
  | { readonly ok: true; readonly settings: CheckSettings }
  | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

/** Reads one value at `key`; returns `undefined` after adding a problem when the value is wrong. */
export type Reader<T> = (value: unknown, key: string, problems: SettingsProblem[]) => T | undefined;

const BOM = "\uFEFF";

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "[…]";
  if (typeof value === "object") return "{…}";
  return JSON.stringify(value) ?? String(value);
}

export function wrongType(
  problems: SettingsProblem[],
  key: string,
  value: unknown,
  type: SettingsMessageCode,
  typeParams: MessageParams = {},
): undefined {
  const params = { key, found: describe(value) };
  const expectedJa = message(type, "ja", typeParams);
  const expectedEn = message(type, "en", typeParams);
  problems.push({ code: "settings.wrong-type", params: { ...params, expectedJa, expectedEn } });
  return undefined;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const string: Reader<string> = (value, key, problems) =>
  typeof value === "string" ? value : wrongType(problems, key, value, "settings.type.string");

export const strings: Reader<readonly string[]> = (value, key, problems) =>
  Array.isArray(value) && value.every((v) => typeof v === "string")
    ? value
    : wrongType(problems, key, value, "settings.type.strings");

export const numbers: Reader<readonly number[]> = (value, key, problems) =>
  Array.isArray(value) && value.every((v) => typeof v === "number" && Number.isFinite(v))
    ? value
    : wrongType(problems, key, value, "settings.type.numbers");

export function oneOf<T extends string>(values: readonly T[]): Reader<T> {
  return (value, key, problems) =>
    values.includes(value as T)
      ? (value as T)
      : wrongType(problems, key, value, "settings.type.oneOf", { values: values.join(" / ") });
}

export function integer(min: number, max: number): Reader<number> {
  return (value, key, problems) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? (value as number)
      : wrongType(problems, key, value, "settings.type.integer", { min, max });
}

const indexes: Reader<readonly number[]> = (value, key, problems) =>
  Array.isArray(value) && value.every((v) => Number.isInteger(v) && v >= 0)
    ? value
    : wrongType(problems, key, value, "settings.type.indexes");

/** An object whose keys are read by `schema`; absent keys are left out, unknown keys are problems. */
export function object<T extends object>(schema: { readonly [K in keyof T]-?: Reader<T[K]> }): Reader<
  Partial<T>
> {
  return (value, key, problems) => {
    if (!isRecord(value)) return wrongType(problems, key, value, "settings.type.object");
    const known = Object.keys(schema);
    const read: Record<string, unknown> = {};
    let ok = true;
    for (const [name, given] of Object.entries(value)) {
      const path = key === "" ? name : `${key}.${name}`;
      if (!Object.prototype.hasOwnProperty.call(schema, name)) {
        problems.push({ code: "settings.unknown-key", params: { key: path, known: known.join(", ") } });
        ok = false;
        continue;
      }
      const result = (schema as Record<string, Reader<unknown>>)[name](given, path, problems);
      if (result === undefined) ok = false;
      else read[name] = result;
    }
    return ok ? (read as Partial<T>) : undefined;
  };
}

/** Every key of an object read by `entry` (indicator ids or names → their direction). */
function record<T>(entry: Reader<T>): Reader<Readonly<Record<string, T>>> {
  return (value, key, problems) => {
    if (!isRecord(value)) return wrongType(problems, key, value, "settings.type.object");
    const out: Record<string, T> = {};
    let ok = true;
    for (const [name, given] of Object.entries(value)) {
      const result = entry(given, `${key}.${name}`, problems);
      if (result === undefined) ok = false;
      else out[name] = result;
    }
    return ok ? out : undefined;
  };
}

const directionFields = object<IndicatorDirection>({
  direction: oneOf(["up", "down", "keep"]),
  method: oneOf<DownMethod>(["ratio", "diff", "baseline"]),
  keep: oneOf<KeepMode>(["at-least", "tolerance"]),
  negativeTarget: oneOf<"error" | "ratio">(["error", "ratio"]),
  tolerance: (value, key, problems) =>
    typeof value === "number" && Number.isFinite(value) && value >= 0
      ? value
      : wrongType(problems, key, value, "settings.type.numbers"),
});

const direction: Reader<IndicatorDirection> = (value, key, problems) => {
  const read = directionFields(value, key, problems);
  if (read === undefined) return undefined;
  if (read.direction === undefined)
    return wrongType(problems, `${key}.direction`, undefined, "settings.type.oneOf", {
      values: "up / down / keep",
    });
  return read as IndicatorDirection;
};

const bandFields = object<StatusBands>({
  thresholds: numbers,
  labels: strings,
  projectedSuffix: string,
  projectedSuffixAliases: strings,
  pendingLabel: string,
  dashLabel: string,
  unratedLabel: string,
});

/** Bands over the defaults; thresholds and labels are held to core's one rule for bands (`bandsProblem`). */
export const bands: Reader<StatusBands> = (value, key, problems) => {
  const read = bandFields(value, key, problems);
  if (read === undefined) return undefined;
  const merged: StatusBands = { ...DEFAULT_CHECK_SETTINGS.bands, ...read };
  const problem = bandsProblem(merged.thresholds, merged.labels);
  if (problem === null) return merged;
  const found = JSON.stringify(merged.thresholds);
  if (problem.code === "labels-count") {
    const { thresholds, labels } = problem;
    problems.push({ code: "settings.labels-count", params: { key: `${key}.labels`, thresholds, labels } });
  } else problems.push({ code: `settings.${problem.code}`, params: { key: `${key}.thresholds`, found } });
  return undefined;
};

/** The schema of the settings: one reader per key of `CheckSettings` (the type requires every key). */
const SETTINGS = object<CheckSettings>({
  bands,
  banding: oneOf(["exact", "rounded"]),
  rateDecimals: integer(0, 6),
  projectedPeriods: strings,
  directions: record(direction),
  defaultDirection: direction,
  pendingRate: oneOf(["label", "empty"]),
  summaryAchievedBands: indexes,
  disabledRules: strings,
  rounding: oneOf(["infer", "half-up", "half-even", "truncate"]),
  words: (value, key, problems) =>
    isRecord(value) ? value : wrongType(problems, key, value, "settings.type.object"),
  vocabulary: object<Record<VocabularyKey, readonly string[]>>(
    Object.fromEntries(VOCABULARY_KEYS.map((k) => [k, strings])) as Record<
      VocabularyKey,
      Reader<readonly string[]>
    >,
  ),
  rateScale: oneOf<"fraction" | "points">(["fraction", "points"]),
});

/** Settings given as a value (parsed JSON): the defaults with every given key validated and applied. */
export function readCheckSettings(given: unknown): SettingsReading {
  const problems: SettingsProblem[] = [];
  if (!isRecord(given)) {
    problems.push({ code: "settings.not-object", params: { found: describe(given) } });
    return { ok: false, problems };
  }
  const read = SETTINGS(given, "", problems);
  return read === undefined || problems.length > 0
    ? { ok: false, problems }
    : { ok: true, settings: { ...DEFAULT_CHECK_SETTINGS, ...read } };
}

/** Settings given as JSON text (a settings file); a UTF-8 byte order mark at the start is allowed. */
export function readCheckSettingsText(text: string): SettingsReading {
  let given: unknown;
  try {
    given = JSON.parse(text.startsWith(BOM) ? text.slice(BOM.length) : text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ code: "settings.not-json", params: { reason: (error as Error).message } }],
    };
  }
  return readCheckSettings(given);
}

/** The problems of a reading in one language, as one line. */
export function describeSettingsProblems(problems: readonly SettingsProblem[], lang: Lang): string {
  return problems.map((p) => message(p.code, lang, p.params)).join(lang === "ja" ? "／" : "; ");
}

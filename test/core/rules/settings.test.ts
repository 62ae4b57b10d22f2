/**
 * The one settings reader (core/rules/settings-schema.ts): every wrong key is a problem naming it, in both
 * languages; nothing falls back to a default silently (issue 14, item 6).
 */
import fc from "fast-check";
import {
  bandsProblem,
  DEFAULT_CHECK_SETTINGS,
  describeSettingsProblems,
  readCheckSettings,
  readCheckSettingsText,
  runChecks,
  withDefaults,
  type SettingsReading,
} from "../../../src/core";
import { detectTables } from "../../../src/core/tables";
import { COL, gridWith, ROW } from "./clean-table";

const problemsOf = (reading: SettingsReading) => (reading.ok ? [] : reading.problems);
const keysOf = (reading: SettingsReading) => problemsOf(reading).map((p) => [p.code, p.params.key]);

test("absent keys take their defaults; given keys are applied", () => {
  expect(readCheckSettings({})).toEqual({ ok: true, settings: DEFAULT_CHECK_SETTINGS });
  const reading = readCheckSettings({
    banding: "rounded",
    bands: { thresholds: [1, 0.6], labels: ["A", "B", "C"] },
    directions: { 火災件数: { direction: "down", method: "diff" } },
    disabledRules: ["target-trend"],
  });
  expect(reading.ok && reading.settings.bands).toEqual({
    ...DEFAULT_CHECK_SETTINGS.bands,
    thresholds: [1, 0.6],
    labels: ["A", "B", "C"],
  });
  expect(reading.ok && reading.settings.directions).toEqual({
    火災件数: { direction: "down", method: "diff" },
  });
});

test("unsorted thresholds are refused (every 80–100% would become 達成 and --fix would rewrite correct cells)", () => {
  expect(keysOf(readCheckSettings({ bands: { thresholds: [0.8, 1] } }))).toEqual([
    ["settings.thresholds-order", "bands.thresholds"],
  ]);
  expect(keysOf(readCheckSettings({ bands: { thresholds: [1, 0] } }))).toEqual([
    ["settings.thresholds-range", "bands.thresholds"],
  ]);
});

test("labels must be one more than thresholds", () => {
  const reading = readCheckSettings({ bands: { thresholds: [1, 0.8, 0.5], labels: ["A", "B", "C"] } });
  expect(keysOf(reading)).toEqual([["settings.labels-count", "bands.labels"]]);
  expect(describeSettingsProblems(problemsOf(reading), "ja")).toContain("境界値 3 個、区分名 3 個");
});

test("unknown keys, wrong types, null and a top-level array are problems naming the key", () => {
  const hostile = {
    banding: "sideways",
    banding2: "exact",
    rateDecimals: -1,
    projectedPeriods: "R5",
    directions: { 相談件数: { direction: "sideways" } },
    disabledRules: [1, 2],
    bands: { labels: ["A", "B"], projectedSuffix: 3 },
  };
  expect(keysOf(readCheckSettings(hostile))).toEqual([
    ["settings.wrong-type", "banding"],
    ["settings.unknown-key", "banding2"],
    ["settings.wrong-type", "rateDecimals"],
    ["settings.wrong-type", "projectedPeriods"],
    ["settings.wrong-type", "directions.相談件数.direction"],
    ["settings.wrong-type", "disabledRules"],
    ["settings.wrong-type", "bands.projectedSuffix"],
  ]);
  expect(keysOf(readCheckSettings({ banding: null }))).toEqual([["settings.wrong-type", "banding"]]);
  expect(keysOf(readCheckSettings({ banding: "rounded", bands: { banding: 1 } }))).toEqual([
    ["settings.unknown-key", "bands.banding"],
  ]);
  expect(problemsOf(readCheckSettings(null)).map((p) => p.code)).toEqual(["settings.not-object"]);
  expect(problemsOf(readCheckSettings([1, 0.8])).map((p) => p.code)).toEqual(["settings.not-object"]);
});

test("each problem reads in Japanese and English with the key at fault", () => {
  const problems = problemsOf(readCheckSettings({ banding: "sideways" }));
  expect(describeSettingsProblems(problems, "ja")).toBe(
    '「banding」は次のいずれか: exact / roundedで指定してください（"sideways" は使えません）',
  );
  expect(describeSettingsProblems(problems, "en")).toBe(
    '“banding” must be one of exact / rounded, not "sideways"',
  );
});

test("JSON text: a UTF-8 byte order mark is accepted; text that is not JSON is a problem", () => {
  const reading = readCheckSettingsText('\uFEFF{"banding":"rounded"}');
  expect(reading.ok && reading.settings.banding).toBe("rounded");
  expect(problemsOf(readCheckSettingsText("{ bands: ")).map((p) => p.code)).toEqual(["settings.not-json"]);
});

test("settings that read back are what they were: every valid CheckSettings is accepted as it is", () => {
  const reading = readCheckSettings(JSON.parse(JSON.stringify(DEFAULT_CHECK_SETTINGS)));
  expect(reading).toEqual({ ok: true, settings: DEFAULT_CHECK_SETTINGS });
});

test("property: thresholds are accepted exactly when strictly descending and above 0", () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: -1, max: 3, noNaN: true }), { maxLength: 4 }), (thresholds) => {
      const labels = thresholds.map((_, i) => `L${i}`).concat("last");
      const valid = thresholds.every((t, i) => t > 0 && (i === 0 || t < thresholds[i - 1]));
      expect(bandsProblem(thresholds, labels) === null).toBe(valid);
      expect(readCheckSettings({ bands: { thresholds, labels } }).ok).toBe(valid);
    }),
  );
});

test("a check run from code names only what differs; the bands it gives are merged over the defaults", () => {
  const model = detectTables(gridWith(ROW.status, COL.R4, "達成"));
  expect(runChecks(model, withDefaults({ banding: "exact" })).map((f) => [f.rule, f.expected])).toEqual([
    ["status-mismatch", "概ね達成"],
  ]);
});

test("rateScale: a city's rate convention, fraction or points; absent, each table's cells say; anything else names the key", () => {
  const absent = readCheckSettings({});
  expect(absent.ok && absent.settings.rateScale).toBeUndefined();
  const points = readCheckSettings({ rateScale: "points" });
  expect(points.ok && points.settings.rateScale).toBe("points");
  for (const wrong of ["percent", "text", 100, null])
    expect(keysOf(readCheckSettings({ rateScale: wrong }))).toEqual([["settings.wrong-type", "rateScale"]]);
});

test("rounding: inferred, or one rule a city states (half up, half to even, truncation); anything else names the key", () => {
  for (const rule of ["infer", "half-up", "half-even", "truncate"]) {
    const reading = readCheckSettings({ rounding: rule });
    expect(reading.ok && reading.settings.rounding).toBe(rule);
  }
  for (const wrong of ["half-odd", "down", 1])
    expect(keysOf(readCheckSettings({ rounding: wrong }))).toEqual([["settings.wrong-type", "rounding"]]);
});

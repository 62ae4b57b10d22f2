/** The pane's settings are a form of core's: read through core's one reader, converted percent ↔ fraction. */
import { DEFAULT_CHECK_SETTINGS } from "../../src/core";
import {
  checkSettings,
  DEFAULT_PANE_SETTINGS,
  paneSettingsOf,
  readSettings,
} from "../../src/taskpane/settings/settings";

const saved = (bands: { min: number | null; label: string }[]) => ({ ...DEFAULT_PANE_SETTINGS, bands });

test("the pane's defaults are core's", () => {
  expect(checkSettings(DEFAULT_PANE_SETTINGS)).toEqual(DEFAULT_CHECK_SETTINGS);
});

test("what the pane saves reads back as it was, bounds converted exactly (70% is 0.7, not 0.7000000000000001)", () => {
  const settings = {
    ...saved([
      { min: 100, label: "A" },
      { min: 70, label: "B" },
      { min: 55.5, label: "C" },
      { min: null, label: "D" },
    ]),
    projectedPeriod: "R5",
    banding: "displayed" as const,
    directions: { "No.2": "down" as const },
    language: "en" as const,
  };
  expect(readSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
  expect(checkSettings(settings).bands.thresholds).toEqual([1, 0.7, 0.555]);
  expect(paneSettingsOf(checkSettings(settings), "en")).toEqual(settings);
});

test("a saved value core's reader refuses gives the defaults, keeping the language", () => {
  const unsorted = saved([
    { min: 80, label: "A" },
    { min: 100, label: "B" },
    { min: null, label: "C" },
  ]);
  expect(readSettings({ ...unsorted, language: "ja" })).toEqual({ ...DEFAULT_PANE_SETTINGS, language: "ja" });
  expect(readSettings({ ...DEFAULT_PANE_SETTINGS, banding: "sideways" })).toEqual(DEFAULT_PANE_SETTINGS);
  expect(readSettings({ ...DEFAULT_PANE_SETTINGS, bands: "x" })).toEqual(DEFAULT_PANE_SETTINGS);
  expect(readSettings(null)).toEqual(DEFAULT_PANE_SETTINGS);
  expect(readSettings([1, 0.8])).toEqual(DEFAULT_PANE_SETTINGS);
});

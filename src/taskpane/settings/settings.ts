/**
 * The user's settings as the task pane edits and saves them inside the workbook (port.saveSettings): the
 * form of core's `CheckSettings` that the settings view shows, with band bounds in percent. The pane holds
 * no rule of its own: a saved value is converted to core's shape and read by core's one settings reader
 * (`readCheckSettings`), and every other view uses core's settings converted back (`checkSettings`). The
 * defaults are core's (004's bands).
 */
import {
  decimalFromNumber,
  decimalToNumber,
  DEFAULT_CHECK_SETTINGS,
  readCheckSettings,
  shiftDecimal,
  type CheckSettings,
  type Direction,
  type StatusBands,
} from "../../core";
import type { Lang } from "../app/i18n";

export interface StatusBand {
  /** Lower bound in percent, inclusive; `null` for the last band (everything below the previous one). */
  min: number | null;
  label: string;
}

export interface PaneSettings {
  bands: StatusBand[];
  pendingLabel: string;
  /** The period whose values are projections (`R5`), or `null`. */
  projectedPeriod: string | null;
  projectedSuffix: string;
  /** Band by the exact rate (default) or by the rate as displayed (rounded half up to 0.1 point). */
  banding: "exact" | "displayed";
  /** Direction per indicator id; indicators not listed are higher-is-better. */
  directions: Record<string, Direction>;
  /** How rates are kept in every table (core's `rateScale`); `cells`: each table's own rate cells say. */
  rateScale: "cells" | "fraction" | "points";
  language: "auto" | Lang;
}

/** `power` 2: a fraction as percent (0.7 → 70, exactly); -2: back. */
function shifted(value: number, power: number): number {
  const exact = decimalFromNumber(value);
  return exact === null ? value : decimalToNumber(shiftDecimal(exact, power));
}

/** Core's settings in the pane's form. */
export function paneSettingsOf(check: CheckSettings, language: PaneSettings["language"]): PaneSettings {
  const { thresholds, labels } = check.bands;
  return {
    bands: labels.map((label, i) => ({
      min: i < thresholds.length ? shifted(thresholds[i], 2) : null,
      label,
    })),
    pendingLabel: check.bands.pendingLabel,
    projectedPeriod: check.projectedPeriods[0] ?? null,
    projectedSuffix: check.bands.projectedSuffix,
    banding: check.banding === "rounded" ? "displayed" : "exact",
    directions: Object.fromEntries(Object.entries(check.directions).map(([id, d]) => [id, d.direction])),
    rateScale: check.rateScale ?? "cells",
    language,
  };
}

export const DEFAULT_PANE_SETTINGS: PaneSettings = paneSettingsOf(DEFAULT_CHECK_SETTINGS, "auto");

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const field = (value: unknown, key: string) => (isRecord(value) ? value[key] : undefined);

/**
 * A saved value in core's shape, keys the pane saves only, values as found (converted from percent where
 * they are numbers), so that core's reader judges them.
 */
function coreShapeOf(saved: Record<string, unknown>): Record<string, unknown> {
  const shape: Record<string, unknown> = {};
  const bands: Record<string, unknown> = {};
  if (Array.isArray(saved.bands)) {
    const mins = saved.bands.slice(0, -1).map((band) => field(band, "min"));
    bands.thresholds = mins.map((min) => (typeof min === "number" ? shifted(min, -2) : min));
    bands.labels = saved.bands.map((band) => field(band, "label"));
  } else if (saved.bands !== undefined) bands.thresholds = saved.bands;
  if (saved.pendingLabel !== undefined) bands.pendingLabel = saved.pendingLabel;
  if (saved.projectedSuffix !== undefined) bands.projectedSuffix = saved.projectedSuffix;
  if (Object.keys(bands).length > 0) shape.bands = bands;
  if (typeof saved.projectedPeriod === "string") shape.projectedPeriods = [saved.projectedPeriod];
  if (saved.banding !== undefined) shape.banding = saved.banding === "displayed" ? "rounded" : saved.banding;
  if (isRecord(saved.directions))
    shape.directions = Object.fromEntries(
      Object.entries(saved.directions).map(([id, direction]) => [id, { direction }]),
    );
  if (saved.rateScale !== undefined && saved.rateScale !== "cells") shape.rateScale = saved.rateScale;
  return shape;
}

/**
 * Reads settings saved by the pane through core's settings reader. A saved value core refuses (wrong
 * types, bands out of order…) gives the defaults; the language is the pane's own preference.
 */
export function readSettings(saved: unknown): PaneSettings {
  if (!isRecord(saved)) return DEFAULT_PANE_SETTINGS;
  const language = saved.language === "ja" || saved.language === "en" ? saved.language : "auto";
  const reading = readCheckSettings(coreShapeOf(saved));
  return paneSettingsOf(reading.ok ? reading.settings : DEFAULT_CHECK_SETTINGS, language);
}

/** The core engine's bands for these settings (lower bounds as fractions, labels best first). */
export function statusBands(settings: PaneSettings): StatusBands {
  return {
    ...DEFAULT_CHECK_SETTINGS.bands,
    thresholds: settings.bands.slice(0, -1).map((b) => shifted(b.min ?? 0, -2)),
    labels: settings.bands.map((b) => b.label),
    projectedSuffix: settings.projectedSuffix,
    pendingLabel: settings.pendingLabel,
  };
}

/** The core checks' settings for these pane settings. */
export function checkSettings(settings: PaneSettings): CheckSettings {
  return {
    ...DEFAULT_CHECK_SETTINGS,
    bands: statusBands(settings),
    banding: settings.banding === "displayed" ? "rounded" : "exact",
    projectedPeriods: settings.projectedPeriod === null ? [] : [settings.projectedPeriod],
    directions: Object.fromEntries(
      Object.entries(settings.directions).map(([id, direction]) => [id, { direction }]),
    ),
    ...(settings.rateScale === "cells" ? {} : { rateScale: settings.rateScale }),
  };
}

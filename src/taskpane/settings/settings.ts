/**
 * The user's settings as the task pane edits them and saves them inside the workbook (port.saveSettings).
 * Defaults follow docs/domain.md (004's bands). Anything unreadable in a saved value falls back to the default.
 */
import { DEFAULT_BANDS, type Direction, type StatusBands, type CheckSettings } from "../../core";
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
  language: "auto" | Lang;
}

export const DEFAULT_PANE_SETTINGS: PaneSettings = {
  bands: [
    { min: 100, label: "達成" },
    { min: 80, label: "概ね達成" },
    { min: null, label: "未達成" },
  ],
  pendingLabel: "集計中",
  projectedPeriod: null,
  projectedSuffix: "見込み",
  banding: "exact",
  directions: {},
  language: "auto",
};

const DIRECTIONS: readonly Direction[] = ["up", "down", "keep"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readBands(value: unknown): StatusBand[] | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const bands = value.map((band, i): StatusBand | null => {
    if (!isRecord(band) || typeof band.label !== "string" || band.label === "") return null;
    const last = i === value.length - 1;
    if (last) return { min: null, label: band.label };
    return typeof band.min === "number" && Number.isFinite(band.min)
      ? { min: band.min, label: band.label }
      : null;
  });
  return bands.every((b): b is StatusBand => b !== null) && bandsDescend(bands) ? bands : null;
}

/** True when every band's lower bound is below the one above it. */
export function bandsDescend(bands: readonly StatusBand[]): boolean {
  const mins = bands.slice(0, -1).map((b) => b.min);
  return mins.every((min, i) => min !== null && (i === 0 || min < (mins[i - 1] as number)));
}

function readDirections(value: unknown): Record<string, Direction> {
  if (!isRecord(value)) return {};
  const out: Record<string, Direction> = {};
  for (const [id, dir] of Object.entries(value))
    if (DIRECTIONS.includes(dir as Direction)) out[id] = dir as Direction;
  return out;
}

const str = (value: unknown, fallback: string) =>
  typeof value === "string" && value !== "" ? value : fallback;

/** Reads settings saved by any version of the pane; every missing or malformed field gets its default. */
export function readSettings(saved: unknown): PaneSettings {
  if (!isRecord(saved)) return DEFAULT_PANE_SETTINGS;
  const d = DEFAULT_PANE_SETTINGS;
  return {
    bands: readBands(saved.bands) ?? d.bands,
    pendingLabel: str(saved.pendingLabel, d.pendingLabel),
    projectedPeriod: typeof saved.projectedPeriod === "string" ? saved.projectedPeriod : null,
    projectedSuffix: str(saved.projectedSuffix, d.projectedSuffix),
    banding: saved.banding === "displayed" ? "displayed" : "exact",
    directions: readDirections(saved.directions),
    language: saved.language === "ja" || saved.language === "en" ? saved.language : "auto",
  };
}

/** The core engine's bands for these settings (lower bounds as fractions, labels best first). */
export function statusBands(settings: PaneSettings): StatusBands {
  return {
    ...DEFAULT_BANDS,
    thresholds: settings.bands.slice(0, -1).map((b) => (b.min ?? 0) / 100),
    labels: settings.bands.map((b) => b.label),
    projectedSuffix: settings.projectedSuffix,
    pendingLabel: settings.pendingLabel,
  };
}

/** The core checks' settings for these pane settings. */
export function checkSettings(settings: PaneSettings): Partial<CheckSettings> {
  return {
    bands: statusBands(settings),
    banding: settings.banding === "displayed" ? "rounded" : "exact",
    projectedPeriods: settings.projectedPeriod === null ? [] : [settings.projectedPeriod],
    directions: Object.fromEntries(
      Object.entries(settings.directions).map(([id, direction]) => [id, { direction }]),
    ),
  };
}

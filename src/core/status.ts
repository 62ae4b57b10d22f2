/**
 * Status labels (結果 / 判定 / 評価) from rates, and back. Bands are data: inclusive lower bounds on the
 * exact rate, labels per band, the 見込み suffix for projected periods and the labels for no rate.
 */
import { decimalFromNumber, shiftDecimal } from "./decimal";
import type { CellValue } from "./grid";
import { compareRatios, ratioFromDecimal, type Ratio, type RoundingRule } from "./ratio";
import type { PendingPlaceholder } from "./placeholders";
import type { RateErrorCode, RateResult } from "./rate-types";
import { roundRate } from "./rounding";
import { isDashOnly, toHalfWidth } from "./text";

export interface StatusBands {
  /**
   * Inclusive lower bounds as fractions, highest first (`[1, 0.8]` = ≥100%, ≥80%). Read at their
   * shortest decimal form, so `0.8` is exactly 80% (a non-finite threshold counts as 0).
   */
  readonly thresholds: readonly number[];
  /** One label per band, best first: `thresholds.length + 1` labels (the last is below every bound). */
  readonly labels: readonly string[];
  /** Appended to a band label for a projected period (`達成見込み`). */
  readonly projectedSuffix: string;
  /** Other suffixes read as projected by {@link parseStatus} (`見込`). */
  readonly projectedSuffixAliases: readonly string[];
  /** Status of a pending actual that awaits data (`集計中`). */
  readonly pendingLabel: string;
  /** Status when the actual is a dash (no value written, e.g. an abolished measure in 004): `-`. */
  readonly dashLabel: string;
  /** Status when no rate can be computed (zero target, invalid input…): `算定不可`. */
  readonly unratedLabel: string;
}

/** 004's bands: 達成 ≥ 100%, 概ね達成 ≥ 80%, 未達成 below; 見込み for projected periods. */
export const DEFAULT_BANDS: StatusBands = {
  thresholds: [1, 0.8],
  labels: ["達成", "概ね達成", "未達成"],
  projectedSuffix: "見込み",
  projectedSuffixAliases: ["見込"],
  pendingLabel: "集計中",
  dashLabel: "-",
  unratedLabel: "算定不可",
};

/** What is wrong with a scale of bands: thresholds not strictly descending, a threshold not above 0, or not
 * one label more than thresholds. The settings reader and KPI.BAND both hold bands to this one rule. */
export type BandsProblem =
  | { readonly code: "thresholds-order" }
  | { readonly code: "thresholds-range" }
  | { readonly code: "labels-count"; readonly thresholds: number; readonly labels: number };

/** The first problem of `thresholds` (fractions, highest first) and `labels`, or `null` when they make bands. */
export function bandsProblem(thresholds: readonly number[], labels: readonly unknown[]): BandsProblem | null {
  if (thresholds.some((t) => !Number.isFinite(t) || t <= 0)) return { code: "thresholds-range" };
  if (thresholds.some((t, i) => i > 0 && t >= thresholds[i - 1])) return { code: "thresholds-order" };
  if (labels.length !== thresholds.length + 1)
    return { code: "labels-count", thresholds: thresholds.length, labels: labels.length };
  return null;
}

export interface ClassifyOptions {
  /** The period is projected (見込値): band labels get the suffix. */
  readonly projected?: boolean;
  readonly bands?: StatusBands;
  /**
   * `exact` (default): compare the exact rate with the bounds. `rounded`: compare the rate as displayed
   * (half up to 0.1 point), as some hand formulas on a rounded cell do; 9,999 / 10,000 is then 達成.
   */
  readonly basis?: "exact" | "rounded";
  /** How the `rounded` basis rounds (default half up; a table's reading may say half to even). */
  readonly rule?: RoundingRule;
}

export type StatusResult =
  | {
      readonly kind: "band";
      /** 0 = best band (`labels[0]`). */
      readonly band: number;
      /** The label with the projected suffix when projected. */
      readonly label: string;
      readonly projected: boolean;
    }
  | { readonly kind: "pending"; readonly label: string; readonly placeholder: PendingPlaceholder }
  | { readonly kind: "unrated"; readonly label: string; readonly code: RateErrorCode };

const exactThresholds = new WeakMap<StatusBands, Ratio[]>();

function thresholdsOf(bands: StatusBands): Ratio[] {
  let ratios = exactThresholds.get(bands);
  if (ratios === undefined) {
    ratios = bands.thresholds.map((t) =>
      ratioFromDecimal(decimalFromNumber(t) ?? { coefficient: BigInt(0), exponent: 0 }),
    );
    exactThresholds.set(bands, ratios);
  }
  return ratios;
}

/** The band index of an exact rate: the first threshold it reaches, else the last band. */
export function bandOf(
  rate: Ratio,
  bands: StatusBands = DEFAULT_BANDS,
  basis: "exact" | "rounded" = "exact",
  rule: RoundingRule = "half-up",
): number {
  const compared = basis === "exact" ? rate : ratioFromDecimal(shiftDecimal(roundRate(rate, 1, rule), -2));
  const thresholds = thresholdsOf(bands);
  for (let index = 0; index < thresholds.length; index++)
    if (compareRatios(compared, thresholds[index]) >= 0) return index;
  return thresholds.length;
}

/**
 * The status of a rate. A ratio or a `rate` result → its band (+ suffix when `projected`); a pending
 * result → `pendingLabel` (`集計中`), or `dashLabel` (`-`) when the actual was a dash; an error →
 * `unratedLabel` (`算定不可`) with the error code.
 */
export function classifyStatus(rate: RateResult | Ratio, options: ClassifyOptions = {}): StatusResult {
  const bands = options.bands ?? DEFAULT_BANDS;
  const projected = options.projected ?? false;
  if ("kind" in rate && rate.kind === "pending") {
    const label = rate.placeholder === "dash" ? bands.dashLabel : bands.pendingLabel;
    return { kind: "pending", label, placeholder: rate.placeholder };
  }
  if ("kind" in rate && rate.kind === "error")
    return { kind: "unrated", label: bands.unratedLabel, code: rate.code };
  return bandStatus(
    bands,
    bandOf("kind" in rate ? rate.ratio : rate, bands, options.basis, options.rule),
    projected,
  );
}

type BandStatus = Extract<StatusResult, { kind: "band" }>;

/** Band statuses by bands object, final then projected per band: one shared immutable result each. */
const bandStatuses = new WeakMap<StatusBands, { final: BandStatus[]; projected: BandStatus[] }>();

function bandStatus(bands: StatusBands, band: number, projected: boolean): BandStatus {
  let known = bandStatuses.get(bands);
  if (known === undefined) {
    const count = Math.max(bands.labels.length, bands.thresholds.length + 1);
    const of = (isProjected: boolean) =>
      Array.from({ length: count }, (_, index) =>
        Object.freeze({
          kind: "band" as const,
          band: index,
          label: isProjected ? bands.labels[index] + bands.projectedSuffix : bands.labels[index],
          projected: isProjected,
        }),
      );
    known = { final: of(false), projected: of(true) };
    bandStatuses.set(bands, known);
  }
  return (projected ? known.projected : known.final)[band];
}

export type ParsedStatus =
  | { readonly kind: "band"; readonly band: number; readonly projected: boolean }
  | { readonly kind: "pending" }
  | { readonly kind: "dash" };

const SPACES = /\s+/g;

function normalisedLabel(text: string): string {
  return toHalfWidth(text).replace(SPACES, "").toUpperCase();
}

/** A band scale's labels as `parseStatus` compares them, normalised once per bands object. */
interface NormalisedBands {
  readonly pending: string;
  readonly labels: readonly string[];
  readonly suffixes: readonly string[];
}

const normalisedBands = new WeakMap<StatusBands, NormalisedBands>();

function normalisedBandsOf(bands: StatusBands): NormalisedBands {
  let normalised = normalisedBands.get(bands);
  if (normalised === undefined) {
    normalised = {
      pending: normalisedLabel(bands.pendingLabel),
      labels: bands.labels.map(normalisedLabel),
      suffixes: [bands.projectedSuffix, ...bands.projectedSuffixAliases].map(normalisedLabel),
    };
    normalisedBands.set(bands, normalised);
  }
  return normalised;
}

/**
 * Reads a published status back: `達成見込み` → band 0 projected; `概ね達成` → band 1; `集計中` →
 * pending; `-` → dash; anything else (including `#VALUE!`) → `null`. Full-width and half-width forms,
 * spaces and ASCII case are ignored; the suffix may be any of `projectedSuffix` and its aliases.
 */
export function parseStatus(
  label: CellValue | undefined,
  bands: StatusBands = DEFAULT_BANDS,
): ParsedStatus | null {
  if (typeof label !== "string") return null;
  const text = normalisedLabel(label);
  if (text === "") return null;
  const { pending, labels, suffixes } = normalisedBandsOf(bands);
  if (text === pending) return { kind: "pending" };
  if (isDashOnly(text)) return { kind: "dash" };
  const exact = labels.indexOf(text);
  if (exact >= 0) return { kind: "band", band: exact, projected: false };
  for (const suffix of suffixes) {
    if (suffix === "" || !text.endsWith(suffix)) continue;
    const band = labels.indexOf(text.slice(0, -suffix.length));
    if (band >= 0) return { kind: "band", band, projected: true };
  }
  return null;
}

/** Whether the exact and the displayed (rounded) rate fall in different bands (9,999 / 10,000: 100.0% but 概ね達成). */
export function roundingCrossesBand(
  rate: Ratio,
  bands: StatusBands = DEFAULT_BANDS,
  rule: RoundingRule = "half-up",
): boolean {
  return bandOf(rate, bands, "exact") !== bandOf(rate, bands, "rounded", rule);
}

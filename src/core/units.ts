/**
 * Units as officials write them after a number, and the power of ten that takes each to its base unit.
 * `千円` is 10^3 `円`, `万人` is 10^4 `人`, `万` alone is 10^4, `%` is 10^-2 of a plain number. Counting units (`件`, `社`…)
 * are their own base. A unit not listed here is kept as written (and flagged), never dropped.
 */

/** What the engine knows about one unit. */
export interface UnitInfo {
  /** The unit a value is compared and summed in (`円` for `千円`; `""` for `%` and plain numbers). */
  readonly baseUnit: string;
  /** Value in base unit = value as written × 10^power. */
  readonly power: number;
  readonly percent: boolean;
  /** `false` when the unit is not in the table below (kept as written, its own base). */
  readonly known: boolean;
}

/** Base units met in the seeds and in the documents they cite. */
export const KNOWN_BASE_UNITS: readonly string[] = [
  "円",
  "人",
  "件",
  "社",
  "店",
  "店舗",
  "回",
  "事業",
  "イベント",
  "ポイント",
  "団体",
  "世帯",
  "箇所",
  "か所",
  "カ所",
  "ヶ所",
  "人日",
  "日",
  "校",
  "台",
  "本",
  "冊",
  "個",
  "基",
  "戸",
  "区画",
  "ha",
  "m",
  "km",
  "t",
  "‰",
];

/** Japanese magnitude prefixes: `百万円`, `千円`, `万人`, `億円`… */
export const MAGNITUDE_PREFIXES: readonly { readonly prefix: string; readonly power: number }[] = [
  { prefix: "百万", power: 6 },
  { prefix: "千万", power: 7 },
  { prefix: "千", power: 3 },
  { prefix: "万", power: 4 },
  { prefix: "億", power: 8 },
  { prefix: "兆", power: 12 },
];

const PERCENT: UnitInfo = { baseUnit: "", power: -2, percent: true, known: true };
const NONE: UnitInfo = { baseUnit: "", power: 0, percent: false, known: true };
const BASE_UNITS = new Set(KNOWN_BASE_UNITS);
const cache = new Map<string, UnitInfo>();

function lookup(unit: string): UnitInfo {
  if (unit === "") return NONE;
  if (unit === "%") return PERCENT;
  if (BASE_UNITS.has(unit)) return { baseUnit: unit, power: 0, percent: false, known: true };
  for (const { prefix, power } of MAGNITUDE_PREFIXES) {
    const rest = unit.slice(prefix.length);
    // A scale alone (`1.2万`) is a scaled plain number.
    if (unit.startsWith(prefix) && (rest === "" || BASE_UNITS.has(rest))) {
      return { baseUnit: rest, power, percent: false, known: true };
    }
  }
  return { baseUnit: unit, power: 0, percent: false, known: false };
}

/** The unit's base and scale. `unit` is as written, already width-normalised (`％` → `%`). */
export function unitInfo(unit: string): UnitInfo {
  let info = cache.get(unit);
  if (info === undefined) {
    info = lookup(unit);
    if (cache.size < 1024) cache.set(unit, info);
  }
  return info;
}

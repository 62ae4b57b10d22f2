/**
 * The rate convention of a table as faces tell it (the CLI's report, the task pane). Apart from
 * ./reading.ts, which the checks import: the message catalog gathers the checks' messages, so a check
 * must not reach the catalog's index.
 */
import { message, type Lang } from "../i18n";
import type { RateScaleReading } from "./reading";

/**
 * The rate convention as faces tell it: 「達成率の表し方: ポイント（100 = 100%、例 209.4）」, and where it
 * comes from when it is not what the cells say.
 */
export function rateScaleLine(reading: RateScaleReading, lang: Lang): string {
  const line = message(`tables.rateScale.${reading.scale}`, lang);
  if (reading.source === "cells") return line;
  const detected = message(`tables.rateScale.name.${reading.detected}`, lang);
  const source = message(`tables.rateScale.${reading.source}`, lang, { detected });
  return lang === "ja" ? `${line}・${source}` : `${line}, ${source}`;
}

/**
 * Messages of the custom functions (=KPI.*): the text of the `#VALUE!` / `#N/A` errors a cell shows.
 * `{name}` placeholders are filled from the failure's params; `{text}` is the offending input as typed.
 * Errors the engine already words (`value.*`, `year.*`, `rate.*`: unit mismatch, zero or empty target…)
 * use the core catalog's text, so a user reads one wording in a cell, the task pane and the CLI; these are
 * the function-specific ones, short enough for a cell's error tooltip.
 */
import type { Catalog } from "../types";

export const functionsMessages = {
  "functions.shape": {
    ja: "範囲の大きさが合いません",
    en: "The ranges differ in size",
  },
  "functions.data-type": {
    ja: "このデータ型（画像など）の値は読めません。値を数値か文字列で入力してください",
    en: "This data type (an image…) has no value to read; enter a number or text",
  },
  "functions.not-a-rate": {
    ja: "「{text}」は達成率ではありません",
    en: "“{text}” is not a rate",
  },
  "functions.unit": {
    ja: "「{text}」は単位として使えません",
    en: "“{text}” is not a unit",
  },
  "functions.direction": {
    ja: "「{text}」は向きとして使えません（増加 / 減少 / 維持、または up / down / keep）",
    en: "“{text}” is not a direction (up / down / keep, or 増加 / 減少 / 維持)",
  },
  "functions.method": {
    ja: "「{text}」は計算方法として使えません（ratio / diff。基準値を使う方法は KPI.進捗率）",
    en: "“{text}” is not a method (ratio / diff; for the baseline method use KPI.PROGRESS)",
  },
  "functions.style": {
    ja: "「{text}」は表記として使えません（和暦 / 略 / 西暦、または long / short / western）",
    en: "“{text}” is not a style (long / short / western, or 和暦 / 略 / 西暦)",
  },
  "functions.flag": {
    ja: "「{text}」は TRUE / FALSE（見込み / 確定）ではありません",
    en: "“{text}” is not TRUE / FALSE (見込み / 確定)",
  },
  "functions.thresholds": {
    ja: "境界値は大きい順の数値で指定してください",
    en: "Thresholds must be numbers, highest first",
  },
  "functions.labels": {
    ja: "区分名は境界値より1つ多く必要です（境界値 {thresholds} 個、区分名 {labels} 個）",
    en: "There must be one label more than thresholds ({thresholds} thresholds, {labels} labels)",
  },
} as const satisfies Catalog;

/**
 * Messages of the settings reader (core/rules/settings-schema.ts): each names the key at fault, as a path
 * (`bands.thresholds`, `directions.相談件数.direction`), and says what is expected there.
 */
import type { Catalog } from "../types";

export const settingsMessages = {
  "settings.not-json": {
    ja: "JSON として読めません（{reason}）",
    en: "not JSON ({reason})",
  },
  "settings.not-object": {
    ja: "設定は {…} の形のオブジェクトで書いてください（{found} は使えません）",
    en: "settings must be an object {…}, not {found}",
  },
  "settings.unknown-key": {
    ja: "「{key}」は設定のキーではありません（使えるキー: {known}）",
    en: "“{key}” is not a settings key (known keys: {known})",
  },
  "settings.wrong-type": {
    ja: "「{key}」は{expectedJa}で指定してください（{found} は使えません）",
    en: "“{key}” must be {expectedEn}, not {found}",
  },
  "settings.thresholds-order": {
    ja: "「{key}」の境界値は大きい順に、同じ値を重ねずに並べてください（{found}）",
    en: "“{key}” must list thresholds highest first, each once ({found})",
  },
  "settings.thresholds-range": {
    ja: "「{key}」の境界値は 0 より大きい数値にしてください（{found}）",
    en: "“{key}” must hold thresholds above 0 ({found})",
  },
  "settings.labels-count": {
    ja: "「{key}」: 区分名は境界値より1つ多く必要です（境界値 {thresholds} 個、区分名 {labels} 個）",
    en: "“{key}”: there must be one label more than thresholds ({thresholds} thresholds, {labels} labels)",
  },
  "settings.type.string": { ja: "文字列", en: "a string" },
  "settings.type.strings": { ja: "文字列の配列", en: "an array of strings" },
  "settings.type.numbers": { ja: "数値の配列", en: "an array of numbers" },
  "settings.type.object": { ja: "オブジェクト {…}", en: "an object {…}" },
  "settings.type.integer": { ja: "{min} から {max} までの整数", en: "a whole number from {min} to {max}" },
  "settings.type.indexes": { ja: "0 以上の整数の配列", en: "an array of whole numbers from 0" },
  "settings.type.oneOf": { ja: "次のいずれか: {values}", en: "one of {values}" },
  "settings.type.range": { ja: "「A3:I12」の形のセル範囲", en: "a cell range such as “A3:I12”" },
  "settings.type.line": {
    ja: "1 行または 1 列のセル範囲（「E4:H4」）",
    en: "a range of one row or one column (“E4:H4”)",
  },
  "settings.type.column": { ja: "列の英字（「B」）", en: "a column letter (“B”)" },
  "settings.type.first": { ja: "1 以上の行番号または列の英字", en: "a row number from 1 or a column letter" },
  "settings.type.cells": {
    ja: '列の英字、行番号、または {"value": "…"}',
    en: 'a column letter, a row number or {"value": "…"}',
  },
  "settings.layout.version": {
    ja: "「{key}」は 1 にしてください（{found} の読み方は読めません）",
    en: "“{key}” must be 1 ({found} is not a version this add-in reads)",
  },
  "settings.layout.shape": {
    ja: "「{key}」: 表ごとに「periods」と「blocks」、または「columns」と「period」を書いてください",
    en: "“{key}”: each table needs “periods” and “blocks”, or “columns” and “period”",
  },
  "settings.layout.no-roles": {
    ja: "「{key}」に目標・実績などの役割を 1 つ以上書いてください",
    en: "“{key}” must name at least one role (target, actual…)",
  },
  "settings.layout.offset-beyond-block": {
    ja: "「{key}」: 位置 {found} はブロックの外です（大きさ {size} のブロックでは 0 から {max}）",
    en: "“{key}”: offset {found} is outside the block (a block of {size} has offsets 0 to {max})",
  },
  "settings.layout.no-sheet": {
    ja: "「{key}」: シート「{found}」はこのブックにありません",
    en: "“{key}”: there is no sheet “{found}” in this workbook",
  },
  "settings.layout.outside-sheet": {
    ja: "「{key}」: {found} はシートの使用範囲 {extent} の外にはみ出しています",
    en: "“{key}”: {found} goes outside the sheet's used range {extent}",
  },
  "settings.layout.outside-range": {
    ja: "「{key}」: {found} は表の範囲 {range} の外です",
    en: "“{key}”: {found} is outside the table's range {range}",
  },
} as const satisfies Catalog;

export type SettingsMessageCode = keyof typeof settingsMessages;

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
} as const satisfies Catalog;

export type SettingsMessageCode = keyof typeof settingsMessages;

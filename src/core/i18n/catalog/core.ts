/**
 * Messages of the core engine. Keys: `value.<InvalidValueCode>`, `issue.<ValueIssue>`,
 * `rate.<RateErrorCode>`, `rate.note.<RateNote>`, `rate.pending`, `year.<FiscalYearErrorCode>`,
 * `status.rounding-crosses-band`, `tables.*` (tables to fill). A test checks that every code of the engine has an entry.
 */
import type { Catalog } from "../types";

export const coreMessages = {
  "value.boolean": {
    ja: "TRUE/FALSE は数値として扱えません。",
    en: "TRUE/FALSE is not a number.",
  },
  "value.not-a-number": {
    ja: "「{text}」は数値として読めません。",
    en: "“{text}” cannot be read as a number.",
  },
  "value.not-finite": {
    ja: "数値が有限ではありません（{text}）。",
    en: "The number is not finite ({text}).",
  },
  "value.out-of-range": {
    ja: "数値が大きすぎるか小さすぎます（{text}）。",
    en: "The number is out of range ({text}).",
  },
  "value.separators": {
    ja: "「{text}」は桁区切りまたは小数点があいまいで、数値として読めません。",
    en: "“{text}” has ambiguous separators and cannot be read as a number.",
  },
  "value.date-or-fraction": {
    ja: "「{text}」は日付・分数・範囲のように見え、1つの数値として読めません。",
    en: "“{text}” looks like a date, a fraction or a range, not one number.",
  },
  "value.trailing-sign": {
    ja: "「{text}」は数値の後に符号があり、正負を決められません。",
    en: "“{text}” has a sign after the number; its sign is unclear.",
  },
  "value.digits-after-unit": {
    ja: "「{text}」は単位の後に数字が続いており、数値として読めません。",
    en: "“{text}” has digits right after its unit and cannot be read as a number.",
  },
  "value.multiple-numbers": {
    ja: "「{text}」には数値が複数あり、どれを使うか決められません。",
    en: "“{text}” holds several numbers; which one counts is unclear.",
  },
  "value.unsupported-type": {
    ja: "セルの内容を値として読めません。",
    en: "The cell content is not a value.",
  },
  "issue.text-number": {
    ja: "数値が文字列として入力されています（{text}）。",
    en: "The number was entered as text ({text}).",
  },
  "issue.full-width": {
    ja: "全角の数字・記号が含まれています（{text}）。",
    en: "Full-width digits or signs ({text}).",
  },
  "issue.malformed-grouping": {
    ja: "桁区切りのカンマの位置が不正です（{text}）。カンマを無視して読みました。",
    en: "Misplaced thousands separators ({text}); read ignoring the commas.",
  },
  "issue.unknown-unit": {
    ja: "単位「{unit}」は既知の単位ではありません。記載どおりに扱いました。",
    en: "Unknown unit “{unit}”; kept as written.",
  },
  "rate.target-zero": {
    ja: "算定不可：目標値が0または空です。",
    en: "Not computable: the target is 0 or empty.",
  },
  "rate.target-negative": {
    ja: "算定不可：目標値が負です。実績÷目標では達成度が逆になります（規則の設定が必要です）。",
    en: "Not computable: the target is negative; actual ÷ target would invert the result (a rule must be configured).",
  },
  "rate.target-missing": {
    ja: "算定不可：目標値が0または空です。",
    en: "Not computable: the target is 0 or empty.",
  },
  "rate.baseline-missing": {
    ja: "算定不可：基準値（現状値）がありません。",
    en: "Not computable: no baseline.",
  },
  "rate.baseline-equals-target": {
    ja: "算定不可：基準値と目標値が同じです。",
    en: "Not computable: the baseline equals the target.",
  },
  "rate.unit-mismatch": {
    ja: "算定不可：単位が異なります（{unit1} / {unit2}）。",
    en: "Not computable: the units differ ({unit1} / {unit2}).",
  },
  "rate.invalid-input": {
    ja: "算定不可：数値でない値があります。",
    en: "Not computable: an input is not a number.",
  },
  "rate.excel-error": {
    ja: "算定不可：セルがエラー（{code}）です。",
    en: "Not computable: the cell holds an error ({code}).",
  },
  "rate.no-targets": {
    ja: "算定不可：累計の目標値がありません。",
    en: "Not computable: no targets to sum.",
  },
  "rate.note.zero-actual-best": {
    ja: "実績が0のため、減少型の達成率を100%としました。",
    en: "The actual is zero: a lower-is-better rate is reported as 100%.",
  },
  "rate.pending": {
    ja: "実績が未確定のため集計中です。",
    en: "The actual is not available yet (pending).",
  },
  "year.empty": {
    ja: "年度がありません。",
    en: "No fiscal year.",
  },
  "year.unrecognized": {
    ja: "「{text}」は年度として読めません。",
    en: "“{text}” is not a fiscal year.",
  },
  "year.era-year-out-of-range": {
    ja: "元号の年が範囲外です（{text}）。",
    en: "The era year is out of range ({text}).",
  },
  "year.year-out-of-range": {
    ja: "年が範囲外です（{text}）。",
    en: "The year is out of range ({text}).",
  },
  "year.inconsistent-era": {
    ja: "西暦と和暦が一致しません（{text}）。",
    en: "The western and era years disagree ({text}).",
  },
  "year.trailing-text": {
    ja: "年度の後に余分な文字があります（{text}）。",
    en: "Extra text after the fiscal year ({text}).",
  },
  "year.extended-era": {
    ja: "改元後の年を旧元号で表記しています（{text}）。",
    en: "A year after the era change is written in the old era ({text}).",
  },
  "status.rounding-crosses-band": {
    ja: "表示上の達成率（{rate}）は区分の境界に達していますが、正確な値では「{label}」です。",
    en: "The displayed rate ({rate}) reaches a band edge, but the exact rate gives “{label}”.",
  },
  "tables.toFill": {
    ja: "評価表 {tables} 件（記入前の指標 {unfilled}）",
    en: "Evaluation tables: {tables} ({unfilled} indicators to fill in)",
  },
  "tables.partlyFilled": {
    ja: "評価表 {tables} 件（指標 {indicators}、記入前の指標 {unfilled}）",
    en: "Evaluation tables: {tables} ({indicators} indicators, {unfilled} to fill in)",
  },

  // Why a returned value is not merged (core's consolidate plan; the CLI and the pane 集約 say them).
  "merge.reason.valueChanged": { ja: "値が元表と異なる", en: "value differs from the master" },
  "merge.reason.targetChanged": { ja: "目標値の変更", en: "target changed" },
  "merge.reason.nameChanged": { ja: "指標名の変更", en: "name changed" },
  "merge.reason.unitChanged": { ja: "単位の変更", en: "unit changed" },
  "merge.reason.returnedTwice": {
    ja: "同じ指標が複数のファイルから異なる値で戻った",
    en: "the same indicator returned by two files with different values",
  },
  "merge.reason.notInMaster": { ja: "元表にない指標", en: "indicator not in the master" },
  "merge.reason.noTable": { ja: "評価表が見つからない", en: "no evaluation table found" },
} as const satisfies Catalog;

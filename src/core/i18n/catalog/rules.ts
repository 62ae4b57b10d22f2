/**
 * Messages of the checks (`rules.<rule id>[.<variant>]`). Each names the cell and the values; `{indicator}`
 * and `{period}` say which indicator and period the cell belongs to.
 */
import type { Catalog } from "../types";

export const rulesMessages = {
  "rules.error-value": {
    ja: "{cell}（{indicator} {period}）に Excel のエラー {found} が表示されています。正しくは「{expected}」です。",
    en: "{cell} ({indicator}, {period}) shows the Excel error {found}; it should read “{expected}”.",
  },
  "rules.rate-mismatch": {
    ja: "{cell}（{indicator} {period}）の達成率 {found} は、実績÷目標を 0.1 ポイントで四捨五入した {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the published rate {found} differs from actual ÷ target rounded half up to 0.1 point, {expected}.",
  },
  "rules.status-mismatch": {
    ja: "{cell}（{indicator} {period}）の結果「{found}」は、達成率から求めた「{expected}」と一致しません。",
    en: "{cell} ({indicator}, {period}): the status “{found}” is not the one the rate gives, “{expected}”.",
  },
  "rules.pending-actual": {
    ja: "{cell}（{indicator} {period}）の実績は「{found}」で未確定です。結果は「{expected}」とし、達成率は空欄または説明にしてください。",
    en: "{cell} ({indicator}, {period}): the actual “{found}” is not reported yet; the status should be “{expected}” and the rate empty or explained.",
  },
  "rules.pending-actual.broken": {
    ja: "{cell}（{indicator} {period}）の実績は「{found}」で未確定ですが、結果または達成率がエラーになっています。結果は「{expected}」にしてください。",
    en: "{cell} ({indicator}, {period}): the actual “{found}” is not reported yet, but the status or rate shows an error; the status should be “{expected}”.",
  },
  "rules.unit-mismatch": {
    ja: "{cell}（{indicator} {period}）の目標（{expected}）と実績（{found}）の単位の種類が異なるため、比較できません。",
    en: "{cell} ({indicator}, {period}): target ({expected}) and actual ({found}) are in units of different kinds and cannot be compared.",
  },
  "rules.unit-mismatch.periods": {
    ja: "{cell}（{indicator} {period}）の単位「{found}」が {other} の「{expected}」と異なります。単位と桁をそろえてください。",
    en: "{cell} ({indicator}, {period}) is written in “{found}” while {other} uses “{expected}”; use one unit and scale.",
  },
  "rules.number-as-text.target": {
    ja: "{indicator} の目標（{cells}、{count} セル）が文字列として入力された数値です（例: 「{found}」）。数値にして単位は表示形式で示すと、Excel の数式で計算できます。",
    en: "{indicator}: {count} targets ({cells}) are numbers stored as text (e.g. “{found}”); store numbers and show the unit with a number format so that formulas can use them.",
  },
  "rules.number-as-text.actual": {
    ja: "{indicator} の実績（{cells}、{count} セル）が文字列として入力された数値です（例: 「{found}」）。数値にして単位は表示形式で示すと、Excel の数式で計算できます。",
    en: "{indicator}: {count} actuals ({cells}) are numbers stored as text (e.g. “{found}”); store numbers and show the unit with a number format so that formulas can use them.",
  },
  "rules.malformed-number.malformed-grouping": {
    ja: "{cell}（{indicator} {period}）の「{found}」は桁区切りのカンマの位置が正しくありません。",
    en: "{cell} ({indicator}, {period}): “{found}” has misplaced digit-grouping commas.",
  },
  "rules.unreadable-value.target": {
    ja: "{cell}（{indicator} {period}）の目標「{found}」は数値として読めないため、達成率を算定できません。{reasonJa}",
    en: "{cell} ({indicator}, {period}): the target “{found}” is not a readable number, so no rate can be computed. {reasonEn}",
  },
  "rules.unreadable-value.actual": {
    ja: "{cell}（{indicator} {period}）の実績「{found}」は数値として読めないため、達成率を算定できません。{reasonJa}",
    en: "{cell} ({indicator}, {period}): the actual “{found}” is not a readable number, so no rate can be computed. {reasonEn}",
  },
  "rules.unreadable-value.baseline": {
    ja: "{cell}（{indicator}）の現状値「{found}」は数値として読めません。{reasonJa}",
    en: "{cell} ({indicator}): the baseline “{found}” is not a readable number. {reasonEn}",
  },
  "rules.unreadable-value.stale-status": {
    ja: "{cell}（{indicator} {period}）の結果「{found}」は、実績 {other}「{value}」が数値として読めないため確かめられません。実績を数値にしてから結果を見直してください。",
    en: "{cell} ({indicator}, {period}): the status “{found}” cannot be confirmed, since the actual {other} “{value}” is not a readable number; correct the actual, then review the status.",
  },
  "rules.malformed-number.unknown-unit": {
    ja: "{cell}（{indicator} {period}）の「{found}」の単位「{unit}」は不明です（余分な文字の可能性があります）。",
    en: "{cell} ({indicator}, {period}): the unit “{unit}” of “{found}” is unknown (possibly a stray character).",
  },
  "rules.missing-value.target": {
    ja: "{cell}（{indicator} {period}）の目標が空欄です。",
    en: "{cell} ({indicator}, {period}): the target is empty.",
  },
  "rules.missing-value.actual": {
    ja: "{cell}（{indicator} {period}）は確定値の年度ですが、実績が空欄です。",
    en: "{cell} ({indicator}, {period}): the actual of a final period is empty.",
  },
  "rules.indicator-changed": {
    ja: "{cell} の指標「{indicator}」は年度の途中で変わっています（{years}）。異なる指標の年度を比較・合算しないでください。",
    en: "{cell}: the indicator “{indicator}” changes between periods ({years}); periods of different indicators must not be compared or summed.",
  },
  "rules.cumulative-mismatch.target": {
    ja: "{cell}（{indicator} {period}）の累計目標 {found} は、各年度の目標の合計 {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the cumulative target {found} is not the sum of the yearly targets, {expected}.",
  },
  "rules.cumulative-mismatch.actual": {
    ja: "{cell}（{indicator} {period}）の累計実績 {found} は、報告済みの各年度の実績の合計 {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the cumulative actual {found} is not the sum of the reported yearly actuals, {expected}.",
  },
  "rules.cumulative-mismatch.rate": {
    ja: "{cell}（{indicator} {period}）の累計達成率 {found} は、実績の合計÷計画期間全体の目標の合計 {expected} と一致しません。",
    en: "{cell} ({indicator}, {period}): the cumulative rate {found} is not the sum of actuals ÷ the sum of all planned targets, {expected}.",
  },
  "rules.summary-mismatch": {
    ja: "{cell} の集計「{found}」は、どの数え方でも表から再現できません。試した数え方: {triedJa}",
    en: "{cell}: the summary “{found}” is not reproduced by any counting rule. Rules tried: {triedEn}",
  },
  "rules.summary-mismatch.rule.indicator-rows": {
    ja: "{range} の成果指標ごと {total} = {achieved} + {notAchieved} + {pending}",
    en: "per indicator row of {range}: {total} = {achieved} + {notAchieved} + {pending}",
  },
  "rules.summary-mismatch.rule.measure-codes": {
    ja: "{range} の単位施策番号ごと {total} = {achieved} + {notAchieved} + {pending}",
    en: "per unit-measure code of {range}: {total} = {achieved} + {notAchieved} + {pending}",
  },
  "rules.summary-mismatch.rule.unit-measures": {
    ja: "{range} の単位施策（重複なし）ごと {total} = {achieved} + {notAchieved} + {pending}",
    en: "per distinct unit measure of {range}: {total} = {achieved} + {notAchieved} + {pending}",
  },
  "rules.cross-table-mismatch.target": {
    ja: "{cell}（{indicator} {period}）の目標 {found} が、別の表 {other} の {expected} と異なります。",
    en: "{cell} ({indicator}, {period}): the target {found} differs from {expected} in another table ({other}).",
  },
  "rules.cross-table-mismatch.actual": {
    ja: "{cell}（{indicator} {period}）の実績 {found} が、別の表 {other} の {expected} と異なります。",
    en: "{cell} ({indicator}, {period}): the actual {found} differs from {expected} in another table ({other}).",
  },
  "rules.band-edge": {
    ja: "{cell}（{indicator} {period}）: 表示上の達成率は {rate} ですが、端数を含む正確な達成率では区分が変わります。判定基準（{banding}）により「{expected}」です。",
    en: "{cell} ({indicator}, {period}): the displayed rate {rate} rounds into another band than the exact rate; by the {banding} basis the status is “{expected}”.",
  },
  "rules.label-drift": {
    ja: "{cell} の指標名「{found}」は、{other} の「{expected}」と表記が異なります。同じ指標なら表記をそろえてください。",
    en: "{cell}: the indicator name “{found}” is spelled “{expected}” at {other}; use one spelling for one indicator.",
  },
  "rules.target-trend.previous": {
    ja: "{cell} から（{indicator}）: 目標が前年度の実績を下回っています（増加型の指標）: {list}。意図した設定か確認してください。",
    en: "From {cell} ({indicator}): targets below the previous period's actual in a higher-is-better indicator: {list}. Check that this is intended.",
  },
  "rules.target-trend.baseline": {
    ja: "{cell} から（{indicator}）: 目標が現状値 {other} を下回っています（増加型の指標）: {list}。意図した設定か確認してください。",
    en: "From {cell} ({indicator}): targets below the baseline {other} in a higher-is-better indicator: {list}. Check that this is intended.",
  },
  "rules.hardcoded-rate.rate": {
    ja: "{cell} の達成率 {found} は直接入力された値です（この表の達成率 {total} 個のうち {formulas} 個は数式）。",
    en: "{cell}: the rate {found} is typed in, while {formulas} of the table's {total} rates are formulas.",
  },
  "rules.hardcoded-rate.status": {
    ja: "{cell} の結果「{found}」は直接入力された値です（この表の結果 {total} 個のうち {formulas} 個は数式）。",
    en: "{cell}: the status “{found}” is typed in, while {formulas} of the table's {total} statuses are formulas.",
  },
  "rules.inconsistent-format.rate-format": {
    ja: "{cell} の達成率 {found} がパーセント表示（{expected}）になっていません。",
    en: "{cell}: the rate {found} is not formatted as a percentage ({expected}).",
  },
  "rules.inconsistent-format.rate-text": {
    ja: "{cell} の達成率「{found}」の表示が他と異なります（小数第1位までのパーセント {expected} にしてください）。",
    en: "{cell}: the rate “{found}” is not written like the others (a percentage with one decimal, {expected}).",
  },
  "rules.inconsistent-format.placeholder": {
    ja: "{cell} の「{found}」は、この表の他のセルの「{expected}」と異なる記号です。",
    en: "{cell}: “{found}” is a different placeholder from the table's “{expected}”.",
  },
} as const satisfies Catalog;

/**
 * Strings of the generated sheets (進捗管理表, 交付金KPI表, 事業評価調書) and of template parameter errors.
 * The sheets themselves are written in Japanese (`ja`); `en` serves the task pane's description of a
 * template and the CLI's English output. `{name}` placeholders are filled by the caller.
 */
import type { Catalog } from "../types";

export const templateMessages = {
  "template.progress.name": { ja: "進捗管理表", en: "Progress table" },
  "template.grant-kpi.name": { ja: "交付金KPI表", en: "Grant KPI table" },
  "template.evaluation-sheet.name": { ja: "事業評価調書", en: "Program evaluation sheet" },
  "template.created": { ja: "テンプレート「{name}」を作成", en: "Create template “{name}”" },
  "template.period": { ja: "（{from}～{to}）", en: " ({from}–{to})" },

  "template.col.no": { ja: "No.", en: "No." },
  "template.col.measureNo": { ja: "単位施策No.", en: "Measure No." },
  "template.col.measure": { ja: "単位施策", en: "Measure" },
  "template.col.indicator": { ja: "成果指標", en: "Indicator" },
  "template.col.kpi": { ja: "重要業績評価指標", en: "Key performance indicator" },
  "template.col.unit": { ja: "単位", en: "Unit" },
  "template.col.kind": { ja: "区分", en: "Row" },
  "template.col.comment": { ja: "反映・コメント", en: "Comment" },
  "template.col.cumulative": { ja: "累計", en: "Cumulative" },

  "template.row.target": { ja: "目標", en: "Target" },
  "template.row.actual": { ja: "実績", en: "Actual" },
  "template.row.status": { ja: "結果", en: "Status" },
  "template.row.rate": { ja: "達成率", en: "Achievement rate" },
  "template.row.targetValue": { ja: "目標値", en: "Target" },
  "template.row.actualValue": { ja: "実績値", en: "Actual" },

  "template.summary.title": { ja: "〔集計〕{year}の成果指標", en: "[Summary] indicators in {year}" },
  "template.summary.total": { ja: "成果指標全体", en: "All indicators" },
  "template.summary.achieved": {
    ja: "成果指標{label}（{included}を含む）",
    en: "Indicators {label} (including {included})",
  },
  "template.summary.band": { ja: "成果指標{label}", en: "Indicators {label}" },
  "template.summary.others": { ja: "成果指標{pending}等", en: "Indicators {pending} and other" },
  "template.legend.title": { ja: "〔結果の見方〕", en: "[How to read the status]" },
  "template.legend.top": { ja: "{label} … 達成率{low}以上", en: "{label} … rate {low} or more" },
  "template.legend.middle": {
    ja: "{label} … 達成率{low}以上{high}未満",
    en: "{label} … rate from {low} up to {high}",
  },
  "template.legend.bottom": { ja: "{label} … 達成率{high}未満", en: "{label} … rate below {high}" },
  "template.legend.projected": {
    ja: "{label}{suffix} … 見込値の年度（{year}）の結果",
    en: "{label}{suffix} … status of the projected year ({year})",
  },
  "template.note.actuals": {
    ja: "〔実績について〕 {confirmed}は確定値。{projected}は見込値。",
    en: "[Actuals] {confirmed}: final values. {projected}: projections.",
  },
  "template.note.projectedOnly": {
    ja: "〔実績について〕 {projected}は見込値。",
    en: "[Actuals] {projected}: projections.",
  },
  "template.legend.pending": {
    ja: "{label} … 実績が空欄または「{words}」",
    en: "{label} … actual empty or “{words}”",
  },

  "template.input.valueTitle": { ja: "数値を入力", en: "Enter a number" },
  "template.input.value": {
    ja: "数値（単位なし）を入力してください。未確定のときは「{words}」のいずれかを入力できます。",
    en: "Enter a number without its unit. While pending, enter one of “{words}”.",
  },
  "template.input.valueError": {
    ja: "数値、または「{words}」のいずれかを入力してください。",
    en: "Enter a number or one of “{words}”.",
  },
  "template.input.statusTitle": { ja: "結果", en: "Status" },
  "template.input.status": {
    ja: "通常は数式で自動判定されます。手入力する場合は一覧から選んでください。",
    en: "Normally computed by the formula; when entered by hand, pick one from the list.",
  },
  "template.input.judgementTitle": { ja: "判定", en: "Judgement" },
  "template.input.judgement": { ja: "{labels} のいずれかを選んでください。", en: "Pick one of {labels}." },
  "template.input.listError": { ja: "一覧から選んでください。", en: "Pick an entry from the list." },

  "template.grant.title": { ja: "重要業績評価指標（KPI）の達成状況", en: "KPI achievement" },
  "template.grant.note": {
    ja: "累計の目標値は計画期間の全年度の目標値の合計、累計の実績値は報告済み実績値の合計、累計の達成率はその比です。",
    en: "The cumulative target sums every planned year; the cumulative actual sums the actuals reported; the rate is their quotient.",
  },

  "template.eval.basic": { ja: "◎基本情報", en: "Basic information" },
  "template.eval.year": { ja: "年度", en: "Fiscal year" },
  "template.eval.program": { ja: "事業名", en: "Program" },
  "template.eval.department": { ja: "所属名", en: "Department" },
  "template.eval.manager": { ja: "課長名", en: "Section chief" },
  "template.eval.staff": { ja: "担当者名", en: "Person in charge" },
  "template.eval.policy": { ja: "施策名", en: "Policy" },
  "template.eval.purpose": { ja: "目的", en: "Purpose" },
  "template.eval.content": { ja: "取組内容", en: "Activities" },
  "template.eval.result": { ja: "実施結果", en: "Results" },
  "template.eval.cost": { ja: "◎事業費", en: "Program cost" },
  "template.eval.costUnit": { ja: "（単位：千円）", en: "(thousand yen)" },
  "template.eval.settled": { ja: "{year}決算", en: "{year} settled" },
  "template.eval.budget": { ja: "{year}予算", en: "{year} budget" },
  "template.eval.costProgram": { ja: "事業費", en: "Program cost" },
  "template.eval.costSpecific": { ja: "うち特定財源", en: "of which earmarked" },
  "template.eval.staffing": { ja: "人工", en: "Staff-years" },
  "template.eval.staffCost": { ja: "人件費", en: "Staff cost" },
  "template.eval.costTotal": { ja: "計（事業費＋人件費）", en: "Total (program + staff)" },
  "template.eval.review": { ja: "◎検証（振り返り）", en: "Review" },
  "template.eval.activity": { ja: "活動指標{n}", en: "Activity indicator {n}" },
  "template.eval.outcome": { ja: "成果指標{n}", en: "Outcome indicator {n}" },
  "template.eval.indicatorName": { ja: "指標名", en: "Indicator" },
  "template.eval.actualOf": { ja: "{year}実績", en: "{year} actual" },
  "template.eval.plannedOf": { ja: "{year}予定", en: "{year} planned" },
  "template.eval.targetOf": { ja: "{year}目標", en: "{year} target" },
  "template.eval.rateOf": { ja: "{year}達成率", en: "{year} rate" },
  "template.eval.statusOf": { ja: "{year}結果", en: "{year} status" },
  "template.eval.item": { ja: "項目", en: "Item" },
  "template.eval.judgement": { ja: "判定", en: "Judgement" },
  "template.eval.reason": { ja: "理由", en: "Reason" },
  "template.eval.outcomeItem": {
    ja: "事業の成果（目的をどの程度達成できたか）",
    en: "Outcome (how far the purpose was reached)",
  },
  "template.eval.scaleItem": { ja: "事業規模（事業ボリュームは適切か）", en: "Scale (is the volume right)" },
  "template.eval.methodItem": {
    ja: "事業の実施手法（事業の効率性、実施主体は適切か）",
    en: "Method (efficiency, right implementer)",
  },
  "template.eval.satisfactionItem": {
    ja: "対象者の満足度（対象者のニーズに応えているか）",
    en: "Satisfaction (are needs met)",
  },
  "template.eval.overall": { ja: "今回の評価", en: "Overall evaluation" },
  "template.eval.overallReason": { ja: "評価の理由", en: "Reason for the evaluation" },
  "template.eval.improvement": { ja: "今後の改善点", en: "Improvements" },

  "template.error.unknownTemplate": {
    ja: "テンプレート「{id}」はありません（{ids}）。",
    en: "There is no template “{id}” ({ids}).",
  },
  "template.error.from": {
    ja: "開始年度「{text}」を読み取れません（例: R6、令和6年度、2024）。",
    en: "Cannot read the first fiscal year “{text}” (e.g. R6, 令和6年度, 2024).",
  },
  "template.error.years": {
    ja: "年度数は {min}～{max} の整数で指定してください（{value}）。",
    en: "The number of years must be a whole number from {min} to {max} ({value}).",
  },
  "template.error.indicators": {
    ja: "指標数は {min}～{max} の整数で指定してください（{value}）。",
    en: "The number of indicators must be a whole number from {min} to {max} ({value}).",
  },
  "template.error.projected": {
    ja: "見込値の年度「{text}」が対象期間（{from}～{to}）にありません。",
    en: "The projected year “{text}” is not within the period ({from}–{to}).",
  },
  "template.error.bands": {
    ja: "結果の区分が正しくありません（しきい値は大きい順、ラベルはしきい値の数＋1）。",
    en: "The status bands are malformed (thresholds highest first, one more label than thresholds).",
  },
  "template.error.pendingWord": {
    ja: "「{word}」は未確定を表す語として読み取れません。",
    en: "“{word}” is not read as a pending placeholder.",
  },
  "template.error.cumulativeDirection": {
    ja: "交付金KPI表の累計は増加型の指標だけに使えます（減少型:「{name}」）。",
    en: "The cumulative column of the grant KPI table is for higher-is-better indicators only (lower-is-better: “{name}”).",
  },
  "template.error.option": {
    ja: "{option} に「{value}」は指定できません（{allowed}）。",
    en: "{option} cannot be “{value}” ({allowed}).",
  },
  "template.error.judgements": {
    ja: "判定のラベルを1つ以上、カンマを含めずに指定してください。",
    en: "Give at least one judgement label, without commas.",
  },
  "template.error.sheetName": {
    ja: "シート名「{name}」は使えません（31文字以内、: \\ / ? * [ ] を含まない）。",
    en: "“{name}” cannot be a sheet name (31 characters at most, none of : \\ / ? * [ ]).",
  },
} as const satisfies Catalog;

export type TemplateMessageCode = keyof typeof templateMessages;

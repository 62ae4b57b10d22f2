import type { Catalog } from "../types";

/**
 * Every string the task pane and the preview show, in Japanese and English. `{name}` placeholders are
 * filled by the caller. Keys are grouped by view (`ui.check.*`, `ui.fix.*`…); tests find elements by these texts.
 */
export const uiMessages = {
  "ui.app.title": { ja: "KPI評価アドイン", en: "KPI Evaluation Add-in" },
  "ui.app.views": { ja: "機能", en: "Views" },
  "ui.app.error": { ja: "エラーが発生しました", en: "Something went wrong" },
  "ui.app.errorDetail": {
    ja: "Excel との通信でエラーが発生しました: {message}",
    en: "Excel reported an error: {message}",
  },
  "ui.app.dismiss": { ja: "閉じる", en: "Dismiss" },

  "ui.app.officeMissing": {
    ja: "Office.js を読み込めませんでした。ネットワーク接続を確認して、作業ウィンドウを開き直してください。",
    en: "Office.js could not be loaded. Check the network connection and reopen the task pane.",
  },
  "ui.view.check": { ja: "チェック", en: "Check" },
  "ui.view.fix": { ja: "修正", en: "Fix" },
  "ui.view.summary": { ja: "集計", en: "Summary" },
  "ui.view.format": { ja: "書式", en: "Format" },
  "ui.view.finalize": { ja: "提出用に確定", en: "Finalize" },
  "ui.view.settings": { ja: "設定", en: "Settings" },
  "ui.view.templates": { ja: "テンプレート", en: "Templates" },
  "ui.view.consolidate": { ja: "集約", en: "Consolidate" },

  "ui.scope.label": { ja: "チェックする範囲", en: "What to check" },
  "ui.scope.sheet": { ja: "作業中のシート", en: "Active sheet" },
  "ui.scope.workbook": { ja: "ブック全体", en: "Whole workbook" },

  "ui.check.run": { ja: "チェックする", en: "Check" },
  "ui.check.cancel": { ja: "中止", en: "Cancel" },
  "ui.check.cancelled": { ja: "チェックを中止しました。", en: "The check was cancelled." },
  "ui.check.progress": { ja: "チェック中… {done} / {total}", en: "Checking… {done} of {total}" },
  "ui.check.reading": { ja: "シートを読み取り中…", en: "Reading the sheet…" },
  "ui.check.notRun": {
    ja: "「チェックする」を押すと、評価表の計算・表記の誤りを探します。",
    en: "Press “Check” to look for calculation and notation errors in the evaluation tables.",
  },
  "ui.check.clean": {
    ja: "問題は見つかりませんでした（評価表 {tables} 件、指標 {indicators} 件）。",
    en: "No problems found ({tables} tables, {indicators} indicators).",
  },
  "ui.check.totals": {
    ja: "評価表 {tables} 件・指標 {indicators} 件で {findings} 件の指摘",
    en: "{findings} findings in {tables} tables with {indicators} indicators",
  },
  "ui.check.table": { ja: "{sheet}!{range}（{layout}）", en: "{sheet}!{range} ({layout})" },
  "ui.check.sheetLevel": { ja: "{sheet}（表の外）", en: "{sheet} (outside tables)" },
  "ui.check.findingCount": { ja: "{count} 件", en: "{count}" },
  "ui.check.found": { ja: "現在: {value}", en: "Found: {value}" },
  "ui.check.expected": { ja: "正しくは: {value}", en: "Expected: {value}" },
  "ui.check.select": { ja: "{cell} を選択", en: "Select {cell}" },
  "ui.check.fixable": { ja: "修正できます", en: "Fixable" },
  "ui.check.empty": {
    ja: "このシートには評価表が見つかりません",
    en: "No evaluation table was found on this sheet",
  },
  "ui.check.emptyWorkbook": {
    ja: "このブックには評価表が見つかりません",
    en: "No evaluation table was found in this workbook",
  },
  "ui.check.emptyHint": {
    ja: "探したもの: 「目標」「実績」「達成率」「結果」などの行・列見出しと、R5・令和5年度・H28 などの年度見出し。",
    en: "Looked for: row or column headings such as 目標 (target), 実績 (actual), 達成率 (rate), 結果 (status), and fiscal-year headings such as R5, 令和5年度 or H28.",
  },

  "ui.layout.measure-rows": {
    ja: "目標・実績・結果・達成率の行",
    en: "target / actual / status / rate rows",
  },
  "ui.layout.value-rows": {
    ja: "目標値・実績値・達成率の行（累計あり）",
    en: "target / actual / rate rows with totals",
  },
  "ui.layout.small-blocks": { ja: "指標ごとの小さな表", en: "a small block per indicator" },
  "ui.layout.indicator-rows": {
    ja: "指標ごとの行（現状値あり）",
    en: "one row per indicator with a baseline",
  },
  "ui.layout.evaluation-sheet": { ja: "事業評価調書", en: "evaluation sheet" },
  "ui.layout.column-roles": { ja: "年度・区分ごとの列", en: "a column per period and role" },
  "ui.layout.count-table": { ja: "評価区分ごとの件数の集計表", en: "a count of statuses per field" },
  "ui.layout.status-table": { ja: "評価の一覧", en: "a list of published statuses" },
  "ui.list.more": {
    ja: "さらに {count} 件表示（残り {hidden} 件）",
    en: "Show {count} more ({hidden} not shown)",
  },
  "ui.severity.error": { ja: "エラー", en: "Errors" },
  "ui.severity.warning": { ja: "警告", en: "Warnings" },
  "ui.severity.info": { ja: "情報", en: "Information" },

  "ui.fix.none": {
    ja: "修正できる指摘はありません。先に「チェック」を実行してください。",
    en: "There is nothing to fix. Run a check first.",
  },
  "ui.fix.noneAfterCheck": {
    ja: "修正できる指摘はありません。",
    en: "None of the findings can be fixed automatically.",
  },
  "ui.fix.previewAll": { ja: "すべて修正（{count} 件）をプレビュー", en: "Preview all fixes ({count})" },
  "ui.fix.previewOne": { ja: "この指摘を修正", en: "Fix this finding" },
  "ui.fix.previewTitle": { ja: "変更されるセル（{count} 個）", en: "Cells that will change ({count})" },
  "ui.fix.cell": { ja: "セル", en: "Cell" },
  "ui.fix.before": { ja: "変更前", en: "Before" },
  "ui.fix.after": { ja: "変更後", en: "After" },
  "ui.fix.apply": { ja: "適用する", en: "Apply" },
  "ui.fix.discard": { ja: "やめる", en: "Discard" },
  "ui.fix.applied": { ja: "{count} 個のセルを変更しました。", en: "Changed {count} cells." },
  "ui.fix.label": { ja: "修正を適用", en: "Apply fixes" },
  "ui.fix.empty": { ja: "（空）", en: "(empty)" },

  "ui.undo.title": { ja: "元に戻す", en: "Undo" },
  "ui.undo.history": { ja: "このセッションで行った変更", en: "Changes made in this session" },
  "ui.undo.none": { ja: "元に戻せる変更はありません。", en: "There is nothing to undo." },
  "ui.undo.item": {
    ja: "{label}（{time}、{count} セル）を元に戻す",
    en: "Undo {label} ({time}, {count} cells)",
  },
  "ui.undo.alsoLater": {
    ja: "（後の変更 {count} 件も戻します）",
    en: " (also undoes {count} later changes)",
  },
  "ui.undo.done": { ja: "「{label}」を元に戻しました。", en: "Undid “{label}”." },
  "ui.undo.partial": {
    ja: "ただし {count} 件は、その後シート・グラフ・条件付き書式などが削除または変更されていたため戻せませんでした。",
    en: " {count} item(s) could not be restored: a sheet, chart or conditional format was deleted or changed since.",
  },

  "ui.summary.period": { ja: "年度", en: "Period" },
  "ui.summary.noData": {
    ja: "集計する指標がありません。先に「チェック」を実行してください。",
    en: "There are no indicators to count. Run a check first.",
  },
  "ui.summary.chartTitle": {
    ja: "{period} の結果（指標 {total} 件）",
    en: "Status in {period} ({total} indicators)",
  },
  "ui.summary.count": { ja: "{label}: {count} 件（{percent}）", en: "{label}: {count} ({percent})" },
  "ui.summary.insert": { ja: "集計表とグラフをシートに挿入", en: "Insert the summary table and chart" },
  "ui.summary.inserted": {
    ja: "シート「{sheet}」に集計表とグラフを挿入しました。",
    en: "Inserted the summary into “{sheet}”.",
  },
  "ui.summary.sheetName": { ja: "集計_{period}", en: "Summary_{period}" },
  "ui.summary.status": { ja: "結果", en: "Status" },
  "ui.summary.countHeader": { ja: "件数", en: "Count" },
  "ui.summary.other": { ja: "その他", en: "Other" },
  "ui.summary.total": { ja: "合計", en: "Total" },
  "ui.summary.label": { ja: "集計を挿入", en: "Insert summary" },

  "ui.format.intro": {
    ja: "見つかった評価表に標準の書式を設定します。変更はプレビューしてから適用でき、元に戻せます。",
    en: "Applies the standard look to the detected tables. Preview before applying; it can be undone.",
  },
  "ui.format.numbers": {
    ja: "文字列の数値を単位付き表示形式の数値にする",
    en: "Numbers stored as text become numbers with unit formats",
  },
  "ui.format.rates": { ja: "達成率を 0.0% 表示にする", en: "Rates shown as 0.0%" },
  "ui.format.status": {
    ja: "結果のセルを条件付き書式で色分け（最も低い区分は太字。区分名の文字で区別できるので色がなくても読めます）",
    en: "Status cells coloured by conditional formatting (the lowest band also bold; the labels themselves tell the bands apart without colour)",
  },
  "ui.format.borders": { ja: "罫線と見出しの塗りつぶし", en: "Borders and header fill" },
  "ui.format.freeze": { ja: "見出しを固定", en: "Freeze the headings" },
  "ui.format.print": {
    ja: "A4 横・見出し行を各ページに印刷",
    en: "A4 landscape print with repeated headings",
  },
  "ui.format.preview": { ja: "書式の変更をプレビュー", en: "Preview formatting" },
  "ui.format.label": { ja: "書式を設定", en: "Format tables" },
  "ui.format.summary": {
    ja: "数値 {numbers} セル、達成率 {rates} セル、結果 {statuses} セル、表 {tables} 件",
    en: "{numbers} number cells, {rates} rate cells, {statuses} status cells, {tables} tables",
  },

  "ui.finalize.intro": {
    ja: "アドインを持たない提出先のために、KPI.* 関数の数式を計算結果の値に置き換えます。",
    en: "For recipients without the add-in, replaces KPI.* formulas with their values.",
  },
  "ui.finalize.inPlace": {
    ja: "このシートで置き換える（元に戻せます）",
    en: "Replace in this sheet (undoable)",
  },
  "ui.finalize.copy": { ja: "シートのコピーに書き出す", en: "Write into a copy of the sheet" },
  "ui.finalize.mode": { ja: "確定のしかた", en: "How to finalize" },
  "ui.finalize.run": { ja: "提出用に確定", en: "Finalize" },
  "ui.finalize.none": {
    ja: "このシートに KPI.* 関数の数式はありません。",
    en: "This sheet has no KPI.* formulas.",
  },
  "ui.finalize.label": { ja: "提出用に確定", en: "Finalize for submission" },
  "ui.finalize.copyName": { ja: "{sheet}_提出用", en: "{sheet}_final" },
  "ui.finalize.done": {
    ja: "{count} 個の数式を値に置き換えました。",
    en: "Replaced {count} formulas with values.",
  },
  "ui.finalize.clean": {
    ja: "再チェック: #NAME? / #VALUE! は残っていません。",
    en: "Re-check: no #NAME? or #VALUE! remains.",
  },
  "ui.finalize.dirty": {
    ja: "再チェック: エラー値が {count} 個残っています: {cells}",
    en: "Re-check: {count} error values remain: {cells}",
  },

  "ui.consolidate.intro": {
    ja: "各課から戻ってきたブックの値を、このブックの空欄・集計中のセルに取り込みます。ファイルはこのパソコンの中で読み込まれ、外部には送信されません。",
    en: "Brings the values of the workbooks the departments returned into this workbook's empty or pending cells. The files are read on this computer and sent nowhere.",
  },
  "ui.consolidate.loading": { ja: "読み込み中…", en: "Loading…" },
  "ui.consolidate.pick": { ja: "戻ってきたファイルを選ぶ", en: "Choose the returned files" },
  "ui.consolidate.files": { ja: "戻ってきたファイル（.xlsx）", en: "Returned files (.xlsx)" },
  "ui.consolidate.reading": { ja: "ファイルを読み込み中…", en: "Reading the files…" },
  "ui.consolidate.fileLine": {
    ja: "{file}: {cells} セル取り込み、衝突 {conflicts}",
    en: "{file}: {cells} cells merged, {conflicts} conflicts",
  },
  "ui.consolidate.fileLineUnmatched": {
    ja: "{file}: {cells} セル取り込み、衝突 {conflicts}、取り込めない指標 {unmatched}",
    en: "{file}: {cells} cells merged, {conflicts} conflicts, {unmatched} indicators not merged",
  },
  "ui.consolidate.unreadable": {
    ja: "{file}: 読み込めませんでした（{problem}）",
    en: "{file}: could not be read ({problem})",
  },
  "ui.consolidate.fill": { ja: "取り込むセル（{count}）", en: "Cells to fill ({count})" },
  "ui.consolidate.conflicts": { ja: "衝突（{count}）", en: "Conflicts ({count})" },
  "ui.consolidate.unmatched": { ja: "取り込めない指標（{count}）", en: "Indicators not merged ({count})" },
  "ui.consolidate.conflict": { ja: "{place}（{reason}）", en: "{place} ({reason})" },
  "ui.consolidate.unmatchedLine": {
    ja: "{file}: {indicator}（{reason}）",
    en: "{file}: {indicator} ({reason})",
  },
  "ui.consolidate.master": { ja: "元表", en: "Master" },
  "ui.consolidate.returned": { ja: "戻り（{file}）", en: "Returned ({file})" },
  "ui.consolidate.take": { ja: "戻りの値を採用する", en: "Take the returned value" },
  "ui.consolidate.nothing": {
    ja: "取り込める値はありません（このブックの評価表と一致する指標がないか、値がすでに入っています）。",
    en: "Nothing to merge: no indicator matches this workbook's tables, or the values are already there.",
  },
  "ui.consolidate.noMaster": {
    ja: "このブックに評価表が見つからないため、取り込めません。元表のブックを開いてから選んでください。",
    en: "This workbook has no evaluation table to merge into. Open the master workbook, then choose the files.",
  },
  "ui.consolidate.label": { ja: "集約（戻りの取り込み）", en: "Consolidate returned values" },
  "ui.consolidate.applied": { ja: "取り込みました。", en: "Merged." },
  "ui.consolidate.checked": {
    ja: "チェック結果: エラー {errors} 件、警告 {warnings} 件",
    en: "Check: {errors} errors, {warnings} warnings",
  },

  "ui.settings.bands": { ja: "判定の区分", en: "Status bands" },
  "ui.settings.bandLabel": { ja: "区分 {n} の表示", en: "Label of band {n}" },
  "ui.settings.bandMin": { ja: "区分 {n} の下限（%）", en: "Lower bound of band {n} (%)" },
  "ui.settings.projected": { ja: "見込みの年度", en: "Projected period" },
  "ui.settings.projectedNone": { ja: "なし", en: "None" },
  "ui.settings.projectedSuffix": { ja: "見込みの表示に付ける語", en: "Suffix for projected statuses" },
  "ui.settings.rounding": { ja: "判定に使う達成率", en: "Rate used for banding" },
  "ui.settings.exact": { ja: "計算した正確な値（推奨）", en: "Exact rate (recommended)" },
  "ui.settings.displayed": {
    ja: "表示上の値（小数第1位で四捨五入）",
    en: "Displayed rate (rounded to 0.1%)",
  },
  "ui.settings.direction": { ja: "指標ごとの方向", en: "Direction per indicator" },
  "ui.settings.directionOf": { ja: "{name} の方向", en: "Direction of {name}" },
  "ui.settings.noIndicators": {
    ja: "指標ごとの設定は「チェック」の後に表示されます。",
    en: "Per-indicator settings appear after a check.",
  },
  "ui.direction.higher": { ja: "増加型（多いほど良い）", en: "Higher is better" },
  "ui.direction.lower": { ja: "減少型（少ないほど良い）", en: "Lower is better" },
  "ui.direction.keep": { ja: "維持型", en: "Keep level" },
  "ui.settings.language": { ja: "表示言語", en: "Language" },
  "ui.settings.languageAuto": { ja: "Office に合わせる", en: "Same as Office" },
  "ui.settings.languageJa": { ja: "日本語", en: "日本語 (Japanese)" },
  "ui.settings.languageEn": { ja: "English（英語）", en: "English" },
  "ui.settings.save": { ja: "ブックに保存", en: "Save in the workbook" },
  "ui.settings.saved": { ja: "設定をブックに保存しました。", en: "Settings saved in the workbook." },
  "ui.settings.invalid": {
    ja: "区分の下限は上から順に小さくしてください。",
    en: "Band lower bounds must decrease from top to bottom.",
  },

  "ui.templates.template": { ja: "テンプレート", en: "Template" },
  "ui.templates.from": {
    ja: "最初の年度（R6・令和6年度・2024）",
    en: "First fiscal year (R6, 令和6年度, 2024)",
  },
  "ui.templates.years": { ja: "年数", en: "Number of years" },
  "ui.templates.indicators": { ja: "指標の数", en: "Number of indicators" },
  "ui.templates.projected": { ja: "見込みの年度（任意）", en: "Projected year (optional)" },
  "ui.templates.style": { ja: "数式の書き方", en: "Formula style" },
  "ui.templates.styleNative": {
    ja: "Excel の関数（アドインがなくても同じ結果）",
    en: "Plain Excel functions (same results without the add-in)",
  },
  "ui.templates.styleKpi": { ja: "KPI.* 関数", en: "KPI.* functions" },
  "ui.templates.yearStyle": { ja: "年度の書き方", en: "Fiscal-year headers" },
  "ui.templates.yearShort": { ja: "R6", en: "R6" },
  "ui.templates.yearWareki": { ja: "令和6年度", en: "令和6年度 (Japanese era)" },
  "ui.templates.yearWestern": { ja: "2024年度", en: "2024年度 (western)" },
  "ui.templates.sheetName": { ja: "シート名（任意）", en: "Sheet name (optional)" },
  "ui.templates.layout": {
    ja: "レイアウトのプレビュー（先頭 {rows} 行 × {cols} 列）",
    en: "Layout preview (first {rows} rows × {cols} columns)",
  },
  "ui.templates.create": { ja: "シートを作成", en: "Create the sheet" },
  "ui.templates.created": { ja: "シート「{sheet}」を作成しました。", en: "Created the sheet “{sheet}”." },
  "ui.preview.title": { ja: "KPI評価アドイン プレビュー", en: "KPI Evaluation Add-in preview" },
  "ui.preview.workbook": { ja: "ブック", en: "Workbook" },
  "ui.preview.sheet": { ja: "シート", en: "Sheet" },
  "ui.preview.open": { ja: "ファイルを開く (.xlsx)", en: "Open a file (.xlsx)" },
  "ui.preview.sample": { ja: "サンプル", en: "Sample" },
  "ui.preview.moreRows": {
    ja: "先頭の {shown} 行を表示しています（全 {total} 行）。",
    en: "Showing the first {shown} of {total} rows.",
  },
  "ui.preview.sheets": { ja: "シート見出し", en: "Sheet tabs" },
  "ui.preview.loading": { ja: "ブックを読み込み中…", en: "Loading the workbook…" },
} as const satisfies Catalog;

export type UiMessageKey = keyof typeof uiMessages;

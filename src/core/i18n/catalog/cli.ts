/**
 * Messages of the kpi-check command line (src/cli): usage, argument errors, the human report's headings
 * and summary lines, progress and what `--fix` and `template` wrote. Findings and workbook errors come
 * from the rules and workbook catalogs; layout names from the ui catalog (`ui.layout.*`).
 */
import type { Catalog } from "../types";

export const cliMessages = {
  "cli.usage": {
    ja: [
      "使い方:",
      "  kpi-check <ファイル.xlsx>... [--json] [--sheet シート名] [--settings 設定.json] [--layout 読み方.json] [--print-layout] [--fix -o 出力 [--force]] [--lang ja|en]",
      "  kpi-check template <id> [--from R6] [--years 3] [--indicators 30] [--style native|kpi] [--projected R8] -o 出力.xlsx [--force]",
      "  kpi-check merge 元表.xlsx 回答1.xlsx... -o 出力.xlsx [--json] [--prefer returned] [--force]",
      "  kpi-check split 元表.xlsx --by 担当課 -o フォルダー [--force]",
      "  kpi-check --help | --version",
      "",
      "  --json           結果を1つの JSON 文書として標準出力に書きます",
      "  --sheet 名前     このシートだけを確認します（複数指定可）",
      "  --settings FILE  確認の設定（JSON: 区分、方向、見込値の年度、市の用語 vocabulary など）",
      "  --layout FILE    表の読み方（JSON、README 参照）。ブックに保存された読み方より優先します",
      "  --print-layout   確認に使った各表の読み方を同じ JSON の形で書きます（直して --layout に渡せます）",
      "  --fix -o OUT     自動修正できる指摘をすべて直した写しを OUT に書きます（元のファイルは変更しません）。",
      "                   ファイルが複数のときは OUT をフォルダーとし、同じファイル名で書きます",
      "  --force          既にある出力ファイルを置き換えます（指定しないときは書かずに終了します）",
      "  --lang ja|en     表示の言語（既定 ja）",
      "  merge            各課から戻った表の値を元表の空欄・集計中のセルに取り込んだ写しを OUT に書き、確認します。",
      "                   元表と違う値は衝突として一覧にし、上書きしません（--prefer returned で戻った値を採用）",
      "  template の id:  progress（進捗管理表）、grant-kpi（交付金KPI表）、evaluation-sheet（事業評価調書）",
      "",
      "終了コード: 0 エラーなし、1 エラーの指摘あり（merge: 衝突あり）、2 読めないファイルがあった・引数が正しくない",
    ].join("\n"),
    en: [
      "Usage:",
      "  kpi-check <file.xlsx>... [--json] [--sheet NAME] [--settings FILE] [--layout FILE] [--print-layout] [--fix -o OUT [--force]] [--lang ja|en]",
      "  kpi-check template <id> [--from R6] [--years 3] [--indicators 30] [--style native|kpi] [--projected R8] -o OUT.xlsx [--force]",
      "  kpi-check merge MASTER.xlsx RETURNED.xlsx... -o OUT.xlsx [--json] [--prefer returned] [--force]",
      "  kpi-check split MASTER.xlsx --by HEADER -o DIR [--force]",
      "  kpi-check --help | --version",
      "",
      "  --json           print one JSON document on stdout",
      "  --sheet NAME     check only this sheet (may be repeated)",
      "  --settings FILE  check settings (JSON: bands, directions, projected years, a city's vocabulary…)",
      "  --layout FILE    how to read the tables (JSON, see the README); over the reading saved in the workbook",
      "  --print-layout   print the reading used for every table in that JSON format (to correct and give back)",
      "  --fix -o OUT     write a copy with every fixable finding fixed to OUT (the input is never modified);",
      "                   with several files OUT is a directory and each copy keeps its file name",
      "  --force          replace an output file that already exists (without it, nothing is written)",
      "  --lang ja|en     language of the output (default ja)",
      "  merge            copy the returned workbooks' values into the master's empty or pending cells, write OUT",
      "                   and check it; values that differ are listed as conflicts, never overwritten",
      "                   (--prefer returned takes the returned value)",
      "  template ids:    progress (進捗管理表), grant-kpi (交付金KPI表), evaluation-sheet (事業評価調書)",
      "",
      "Exit codes: 0 no errors, 1 error findings (merge: conflicts), 2 a file could not be read or the arguments are wrong",
    ].join("\n"),
  },

  "cli.error.arguments": {
    ja: "引数が正しくありません: {reason}",
    en: "Invalid arguments: {reason}",
  },
  "cli.error.noFiles": {
    ja: "確認する .xlsx ファイルを指定してください。",
    en: "Name at least one .xlsx file to check.",
  },
  "cli.error.lang": {
    ja: "--lang は ja か en です（{value}）。",
    en: "--lang is ja or en ({value}).",
  },
  "cli.error.style": {
    ja: "--style は native か kpi です（{value}）。",
    en: "--style is native or kpi ({value}).",
  },
  "cli.error.number": {
    ja: "{option} には整数を指定してください（{value}）。",
    en: "{option} takes a whole number ({value}).",
  },
  "cli.error.fixNeedsOutput": {
    ja: "--fix には -o で出力先を指定してください（元のファイルは上書きしません）。",
    en: "--fix needs -o with the output (the input is never overwritten).",
  },
  "cli.error.outputWithoutFix": {
    ja: "-o は --fix か template と一緒に使います。",
    en: "-o is used with --fix or with template.",
  },
  "cli.error.outputNotDirectory": {
    ja: "ファイルが複数のときは -o にフォルダーを指定してください（{path}）。",
    en: "With several files, -o must be a directory ({path}).",
  },
  "cli.error.outputIsInput": {
    ja: "出力先「{path}」は確認するファイルそのものです。元のファイルは上書きしません。",
    en: "The output “{path}” is an input file; inputs are never overwritten.",
  },
  "cli.error.sameName": {
    ja: "ファイル名「{name}」が重複しているため、同じフォルダーに書き出せません。",
    en: "Two inputs are named “{name}”; their copies cannot go to one directory.",
  },
  "cli.error.templateId": {
    ja: "テンプレートの id を指定してください（{ids}）。",
    en: "Name a template id ({ids}).",
  },
  "cli.error.templateOutput": {
    ja: "template には -o で出力ファイルを指定してください。",
    en: "template needs -o with the output file.",
  },
  "cli.error.templateExtra": {
    ja: "template に渡せる id は1つです（{extra}）。",
    en: "template takes one id ({extra}).",
  },
  "cli.error.settingsInvalid": {
    ja: "設定ファイル「{path}」の設定に誤りがあります: {problemsJa}",
    en: "The settings file “{path}” is not valid: {problemsEn}",
  },
  "cli.error.layout": {
    ja: "読み方ファイル「{path}」を読み取れません（{reason}）。",
    en: "Cannot read the reading file “{path}” ({reason}).",
  },
  "cli.error.layoutInvalid": {
    ja: "読み方「{path}」に誤りがあります: {problemsJa}",
    en: "The reading “{path}” is not valid: {problemsEn}",
  },
  "cli.error.printLayout": {
    ja: "--print-layout はファイル 1 つに、--json・--fix なしで使います。",
    en: "--print-layout takes one file, without --json or --fix.",
  },
  "cli.layout.unexpressed": {
    ja: "{sheet}!{range} の表は、読み方ファイルの形では書き表せません（検出のまま読みます）。",
    en: "The table at {sheet}!{range} cannot be written in the reading format (it is read as detected).",
  },
  "cli.error.settings": {
    ja: "設定ファイル「{path}」を読み取れません（{reason}）。",
    en: "Cannot read the settings file “{path}” ({reason}).",
  },
  "cli.error.fix": {
    ja: "修正版を書き出せませんでした: {reason}",
    en: "The fixed copy could not be written: {reason}",
  },
  "cli.error.prefer": {
    ja: "--prefer には master か returned を指定してください（「{value}」）。",
    en: "--prefer takes master or returned (not “{value}”).",
  },
  "cli.error.mergeFiles": {
    ja: "merge には元表と、戻ってきたファイルを1つ以上指定してください。",
    en: "merge needs the master and at least one returned file.",
  },
  "cli.error.mergeOutput": {
    ja: "merge には出力ファイルを -o で指定してください（元表は変更しません）。",
    en: "merge needs an output file (-o OUT.xlsx); the master is never modified.",
  },
  "cli.error.splitArguments": {
    ja: "split には元表を1つと --by 見出し、-o フォルダーを指定してください。",
    en: "split needs one master, --by HEADER and -o DIR.",
  },
  "cli.error.splitNotEmpty": {
    ja: "出力フォルダー「{path}」は空ではありません。置き換えるには --force を指定してください。",
    en: "The output folder “{path}” is not empty; add --force to write into it.",
  },
  "cli.error.splitNoColumn": {
    ja: "見出しが「{header}」の列を持つ評価表が見つかりません。",
    en: "No evaluation table has a column headed “{header}”.",
  },
  "cli.split.written": {
    ja: "{path} を書き出しました（指標 {indicators}）。",
    en: "Wrote {path} ({indicators} indicators).",
  },
  "cli.error.internal": {
    ja: "内部エラーのため処理を続けられませんでした。元のファイルは変更していません。",
    en: "An internal error stopped the run; the input files are unchanged.",
  },
  "cli.error.unexpected": {
    ja: "予期しないエラーです（{reason}）。",
    en: "Unexpected error ({reason}).",
  },

  "cli.severity.error": { ja: "エラー", en: "error" },
  "cli.severity.warning": { ja: "警告", en: "warning" },
  "cli.severity.info": { ja: "情報", en: "info" },

  "cli.report.table": {
    ja: "表 {sheet}!{range}（{layout}）指標 {indicators}",
    en: "Table {sheet}!{range} ({layout}), {indicators} indicators",
  },
  "cli.report.tableToFill": {
    ja: "表 {sheet}!{range}（{layout}）指標 {indicators}・記入前 {unfilled}",
    en: "Table {sheet}!{range} ({layout}), {indicators} indicators, {unfilled} to fill in",
  },
  "cli.report.noTables": {
    ja: "評価表が見つかりませんでした。",
    en: "No evaluation table was found.",
  },
  "cli.report.outside": { ja: "表の外", en: "Outside the tables" },
  "cli.report.noFindings": { ja: "指摘はありません。", en: "No findings." },
  "cli.report.statuses": {
    ja: "集計（各指標の最新年度）: 指標 {indicators}",
    en: "Summary (each indicator's latest year): {indicators} indicators",
  },
  "cli.report.findings": {
    ja: "指摘: エラー {error} / 警告 {warning} / 情報 {info}（自動修正できるもの {fixable}）",
    en: "Findings: {error} errors / {warning} warnings / {info} info ({fixable} fixable)",
  },
  "cli.report.total": {
    ja: "合計: ファイル {files}（読めなかったもの {unreadable}）/ エラー {error} / 警告 {warning} / 情報 {info}",
    en: "Total: {files} files ({unreadable} unreadable) / {error} errors / {warning} warnings / {info} info",
  },

  "cli.fix.written": {
    ja: "修正版を書き出しました: {path}（指摘 {findings} 件、{cells} セル）",
    en: "Wrote the fixed copy {path} ({findings} findings, {cells} cells)",
  },
  "cli.template.written": {
    ja: "{path} に「{sheet}」を書き出しました（指標 {indicators}）。",
    en: "Wrote “{sheet}” to {path} ({indicators} indicators).",
  },

  "cli.merge.file": {
    ja: "{file}: {merged} セル取り込み、衝突 {conflicts}、元表にない指標 {unmatched}",
    en: "{file}: {merged} cells merged, {conflicts} conflicts, {unmatched} indicators not in the master",
  },
  "cli.merge.conflict": {
    ja: "  衝突 {sheet}!{cell} {place}: 元表「{master}」／戻り「{returned}」（{reason}）",
    en: "  conflict {sheet}!{cell} {place}: master “{master}” / returned “{returned}” ({reason})",
  },
  "cli.merge.unmatched": {
    ja: "  取り込めない {indicator}（{reason}）",
    en: "  not merged {indicator} ({reason})",
  },
  "cli.merge.written": {
    ja: "集約版を書き出しました: {path}（{cells} セル）",
    en: "Wrote the merged workbook {path} ({cells} cells)",
  },
  "cli.merge.taken": { ja: "戻りの値を採用", en: "returned value taken" },

  "cli.progress.reading": { ja: "読み込み中", en: "reading" },
  "cli.progress.checking": { ja: "確認中", en: "checking" },
  "cli.progress.fixing": { ja: "修正版を書き出し中", en: "writing the fixed copy" },
} as const satisfies Catalog;

export type CliMessageCode = keyof typeof cliMessages;

/**
 * Messages of the workbook adapters (Office.js and .xlsx): errors the user sees when a workbook
 * cannot be read or changed. Codes are stable (tests, the CLI's JSON and logs refer to them);
 * `{name}` placeholders are filled from the error's params.
 */
import type { Catalog } from "../types";

export const workbookMessages = {
  "workbook.sheetNotFound": {
    ja: "シート「{sheet}」が見つかりません。",
    en: "Sheet “{sheet}” was not found.",
  },
  "workbook.sheetExists": {
    ja: "シート「{sheet}」は既にあります。",
    en: "Sheet “{sheet}” already exists.",
  },
  "workbook.localizedFunctions": {
    ja: "Excel の表示言語（{language}）では、KPI 関数を使う数式を正しく書き込めるか確認できていないため、書き込みませんでした。数式の形式は「Excel の標準関数」を選んでください。",
    en: "Formulas that call the KPI functions were not written: writing them cannot be vouched for in this display language ({language}). Choose Excel's native formulas instead.",
  },
  "workbook.badAddress": {
    ja: "セル番地「{address}」が正しくありません（1つのセルを A1 形式で指定してください）。",
    en: "“{address}” is not a valid single-cell address (use A1 notation).",
  },
  "workbook.formulaProtected": {
    ja: "{sheet}!{address} には数式が入っています。数式を上書きする変更は明示的に指定したときだけ行います。",
    en: "{sheet}!{address} holds a formula; it is only overwritten when the change says so explicitly.",
  },
  "workbook.payloadTooLarge": {
    ja: "シート「{sheet}」のデータが大きすぎて Excel から読み取れません。",
    en: "Sheet “{sheet}” is too large to be read from Excel.",
  },
  "workbook.fileNotFound": {
    ja: "ファイル「{path}」が見つかりません。",
    en: "File “{path}” was not found.",
  },
  "workbook.fileUnreadable": {
    ja: "ファイル「{path}」を読み取れません（{reason}）。",
    en: "File “{path}” cannot be read ({reason}).",
  },
  "workbook.fileTooLarge": {
    ja: "ファイルが大きすぎます（{size} バイト、上限 {limit} バイト）。",
    en: "The file is too large ({size} bytes; the limit is {limit} bytes).",
  },
  "workbook.uncompressedTooLarge": {
    ja: "ファイルを展開すると大きすぎます（{size} バイト、上限 {limit} バイト）。圧縮爆弾の可能性があります。",
    en: "The file expands to too much data ({size} bytes; the limit is {limit} bytes); it may be a zip bomb.",
  },
  "workbook.tooManyCells": {
    ja: "シート「{sheet}」のセル数が多すぎます（{cells} セル、上限 {limit} セル）。",
    en: "Sheet “{sheet}” has too many cells ({cells}; the limit is {limit}).",
  },
  "workbook.sharedStringsTooLarge": {
    ja: "共有文字列が大きすぎます（{size} バイト、上限 {limit} バイト）。",
    en: "The shared strings are too large ({size} bytes; the limit is {limit} bytes).",
  },
  "workbook.malformedXml": {
    ja: "ファイルの中身（{part}）が壊れています。",
    en: "Part {part} of the file is malformed XML.",
  },
  "workbook.passwordProtected": {
    ja: "パスワードで保護されたファイルは読み取れません。保護を解除して保存し直してください。",
    en: "Password-protected files cannot be read; remove the password and save the file again.",
  },
  "workbook.notXlsx": {
    ja: "Excel ブック（.xlsx）ではありません。",
    en: "This is not an Excel workbook (.xlsx).",
  },
  "workbook.corrupt": {
    ja: "ファイルが壊れていて読み取れません（{reason}）。",
    en: "The file is corrupt and cannot be read ({reason}).",
  },
} as const satisfies Catalog;

export type WorkbookMessageCode = keyof typeof workbookMessages;

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
    ja: "ファイル「{path}」を読み書きできません（システムのエラー）。",
    en: "File “{path}” could not be read or written (a system error).",
  },
  "workbook.isDirectory": {
    ja: "「{path}」はフォルダーです。Excel ファイルを指定してください。",
    en: "“{path}” is a directory, not an Excel file.",
  },
  "workbook.accessDenied": {
    ja: "「{path}」を読み書きする権限がありません。",
    en: "No permission to read or write “{path}”.",
  },
  "workbook.diskFull": {
    ja: "ディスクの空きが足りないため「{path}」を書き出せませんでした。既にあったファイルはそのままです。",
    en: "Not enough disk space to write “{path}”; a file already there is unchanged.",
  },
  "workbook.readOnlyLocation": {
    ja: "「{path}」は書き込みできない場所にあります。",
    en: "“{path}” is on a read-only file system.",
  },
  "workbook.notADirectory": {
    ja: "「{path}」の途中にフォルダーでないものがあります。",
    en: "Part of the path “{path}” is not a directory.",
  },
  "workbook.outputExists": {
    ja: "出力先「{path}」は既にあります。置き換えるときは --force を付けてください（何も書いていません）。",
    en: "The output “{path}” already exists; add --force to replace it (nothing was written).",
  },
  "workbook.outputNotFile": {
    ja: "出力先「{path}」は通常のファイルではないため、置き換えません。",
    en: "The output “{path}” is not a regular file; it is never replaced.",
  },
  "workbook.writeUnverified": {
    ja: "書き出した「{path}」を読み直せなかったため、置き換えませんでした。",
    en: "The file written for “{path}” did not read back correctly; nothing was replaced.",
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
  "workbook.mergesTooLarge": {
    ja: "結合セルの範囲が大きすぎて、このファイルは読み取れません（{cells} セル、上限 {limit} セル）。",
    en: "The merged areas of this file are too large to read ({cells} cells; the limit is {limit}).",
  },
  "workbook.tooManyCellsToLoad": {
    ja: "セル数が多すぎて、このファイルは読み取れません（{cells} セル、上限 {limit} セル）。",
    en: "This file has too many cells to read ({cells}; the limit is {limit}).",
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
  "workbook.unsupportedContent": {
    ja: "このファイルには読み取れない内容が含まれています。Excel で開いて保存し直すと読める場合があります。",
    en: "This file holds content that cannot be read; saving it again from Excel may help.",
  },
  "workbook.corrupt": {
    ja: "ファイルが壊れていて読み取れません（{reason}）。",
    en: "The file is corrupt and cannot be read ({reason}).",
  },
} as const satisfies Catalog;

export type WorkbookMessageCode = keyof typeof workbookMessages;

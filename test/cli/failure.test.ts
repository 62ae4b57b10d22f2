/** Every failure becomes one line in the chosen language with a stable code, never a stack trace. */
import { CliError, describeFailure } from "../../src/cli/failure";
import { TemplateError } from "../../src/core/templates";
import { WorkbookError } from "../../src/workbook/errors";

test("catalog errors keep their code and speak the language asked for", () => {
  const error = new WorkbookError("workbook.fileNotFound", { path: "a.xlsx" });
  expect(describeFailure(error, "ja")).toEqual({
    code: "workbook.fileNotFound",
    message: "ファイル「a.xlsx」が見つかりません。",
  });
  expect(describeFailure(error, "en")).toEqual({
    code: "workbook.fileNotFound",
    message: "File “a.xlsx” was not found.",
  });
  expect(describeFailure(new TemplateError("template.error.bands"), "en").code).toBe("template.error.bands");
  expect(describeFailure(new CliError("cli.error.noFiles"), "ja")).toEqual({
    code: "cli.error.noFiles",
    message: "確認する .xlsx ファイルを指定してください。",
  });
});

test("Node's file-system errors say what happened in words, without errno codes; engine errors show no internals; anything else is unexpected, on one line", () => {
  const denied = Object.assign(new Error("EACCES: permission denied, open 'out.xlsx'"), {
    code: "EACCES",
    path: "out.xlsx",
  });
  expect(describeFailure(denied, "en")).toEqual({
    code: "workbook.accessDenied",
    message: "No permission to read or write “out.xlsx”.",
  });
  const full = Object.assign(new Error("ENOSPC: no space left on device, write"), {
    code: "ENOSPC",
    path: "o.xlsx",
  });
  expect(describeFailure(full, "ja").message).toBe(
    "ディスクの空きが足りないため「o.xlsx」を書き出せませんでした。既にあったファイルはそのままです。",
  );
  const odd = describeFailure(new TypeError("Cannot read properties of undefined (reading 'theme')"), "ja");
  expect(odd).toEqual({
    code: "cli.error.internal",
    message: "内部エラーのため処理を続けられませんでした。元のファイルは変更していません。",
  });
  expect(describeFailure(new Error("cannot read\n  at frame 1\n  at frame 2"), "ja")).toEqual({
    code: "cli.error.unexpected",
    message: "予期しないエラーです（cannot read at frame 1 at frame 2）。",
  });
  expect(describeFailure("thrown text", "en")).toEqual({
    code: "cli.error.unexpected",
    message: "Unexpected error (thrown text).",
  });
  // An error whose `code` is not a catalog code is not mistaken for one.
  expect(describeFailure(Object.assign(new Error("x"), { code: "nope", params: {} }), "en").code).toBe(
    "cli.error.unexpected",
  );
});

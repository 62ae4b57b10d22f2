/**
 * Why something failed, as one line in the user's language: workbook errors (unreadable, hostile or
 * refused files), template errors and the CLI's own refusals carry a catalog code; Node's file-system
 * errors are told in words (never their errno code); an error of the JavaScript engine (a bug) is an
 * internal error without its text; anything else is unexpected, with the first line of its message,
 * never a stack trace.
 */
import { isMessageCode, message, type Lang, type MessageCode, type MessageParams } from "../core";
import type { CliMessageCode } from "../core/i18n";
import { fileError } from "../workbook/xlsx/fileErrors";

/** A refusal of the CLI itself (settings file, output path…). */
export class CliError extends Error {
  override readonly name = "CliError";

  constructor(
    readonly code: CliMessageCode,
    readonly params: MessageParams = {},
  ) {
    super(`${message(code, "en", params)} / ${message(code, "ja", params)}`);
  }
}

export interface Failure {
  /** A catalog code (`workbook.notXlsx`, `cli.error.settings`…); `cli.error.unexpected` for anything else. */
  readonly code: string;
  /** One line, in the language asked for. */
  readonly message: string;
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

/** WorkbookError, TemplateError and CliError all carry `code` and `params` from the catalog. */
function coded(error: unknown): { code: MessageCode; params: MessageParams } | null {
  if (!(error instanceof Error)) return null;
  const { code, params } = error as Error & { code?: unknown; params?: unknown };
  if (typeof code !== "string" || !isMessageCode(code) || typeof params !== "object" || params === null)
    return null;
  return { code, params: params as MessageParams };
}

/** Errors of the JavaScript engine itself (a bug, not the user's file): their text means nothing to a user. */
function isInternal(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    error instanceof RangeError ||
    error instanceof ReferenceError ||
    error instanceof SyntaxError
  );
}

export function describeFailure(error: unknown, lang: Lang): Failure {
  // Node's system errors (EACCES, ENOSPC…) become workbook errors that say what happened in words.
  const path = (error as { path?: unknown } | null)?.path;
  const known = coded(fileError(typeof path === "string" ? path : "", error));
  if (known !== null) return { code: known.code, message: oneLine(message(known.code, lang, known.params)) };
  if (isInternal(error)) return { code: "cli.error.internal", message: message("cli.error.internal", lang) };
  const reason = oneLine(error instanceof Error ? error.message : String(error)).slice(0, 200);
  return { code: "cli.error.unexpected", message: message("cli.error.unexpected", lang, { reason }) };
}

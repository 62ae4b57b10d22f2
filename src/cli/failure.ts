/**
 * Why something failed, as one line in the user's language: workbook errors (unreadable, hostile or
 * refused files), template errors and the CLI's own refusals carry a catalog code; Node's file-system
 * errors are reported with their own message; anything else is reported as unexpected with the first line of its message, never as a stack trace.
 */
import { isMessageCode, message, type Lang, type MessageCode, type MessageParams } from "../core";
import type { CliMessageCode } from "../core/i18n";

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

/** Node's system errors (`EACCES: permission denied, open 'x'`) say what happened in their message. */
function isSystemError(error: unknown): error is Error {
  return error instanceof Error && /^E[A-Z]+$/.test(String((error as { code?: unknown }).code));
}

export function describeFailure(error: unknown, lang: Lang): Failure {
  const known = coded(error);
  if (known !== null) return { code: known.code, message: oneLine(message(known.code, lang, known.params)) };
  if (isSystemError(error))
    return {
      code: "cli.error.io",
      message: message("cli.error.io", lang, { reason: oneLine(error.message) }),
    };
  const reason = oneLine(error instanceof Error ? error.message : String(error)).slice(0, 200);
  return { code: "cli.error.unexpected", message: message("cli.error.unexpected", lang, { reason }) };
}

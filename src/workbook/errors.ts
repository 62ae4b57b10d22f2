/** The one error type both workbook adapters throw for conditions the user should see. */
import { message, type Lang, type MessageParams } from "../core/i18n";
import type { WorkbookMessageCode } from "../core/i18n/catalog/workbook";

export class WorkbookError extends Error {
  override readonly name = "WorkbookError";

  constructor(
    readonly code: WorkbookMessageCode,
    readonly params: MessageParams = {},
  ) {
    super(`${message(code, "en", params)} / ${message(code, "ja", params)}`);
  }

  /** The message in one language, for a face that knows the user's language. */
  messageIn(lang: Lang): string {
    return message(this.code, lang, this.params);
  }
}

export function isWorkbookError(error: unknown, code?: WorkbookMessageCode): error is WorkbookError {
  return error instanceof WorkbookError && (code === undefined || error.code === code);
}

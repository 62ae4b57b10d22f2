/** The one error type both workbook adapters throw for conditions the user should see. */
import { workbookMessages, type WorkbookMessageCode } from "../core/i18n/catalog/workbook";

export type WorkbookErrorParams = Record<string, string | number>;

function fill(template: string, params: WorkbookErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export class WorkbookError extends Error {
  override readonly name = "WorkbookError";

  constructor(
    readonly code: WorkbookMessageCode,
    readonly params: WorkbookErrorParams = {},
  ) {
    super(`${fill(workbookMessages[code].en, params)} / ${fill(workbookMessages[code].ja, params)}`);
  }

  /** The message in one language, for a face that knows the user's language. */
  messageIn(lang: "ja" | "en"): string {
    return fill(workbookMessages[this.code][lang], this.params);
  }
}

export function isWorkbookError(error: unknown, code?: WorkbookMessageCode): error is WorkbookError {
  return error instanceof WorkbookError && (code === undefined || error.code === code);
}

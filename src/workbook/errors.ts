/** The one error type both workbook adapters throw for conditions the user should see. */
import { CodedError } from "../core/i18n/codedError";
import type { WorkbookMessageCode } from "../core/i18n/catalog/workbook";

export class WorkbookError extends CodedError<WorkbookMessageCode> {
  override readonly name = "WorkbookError";
}

export function isWorkbookError(error: unknown, code?: WorkbookMessageCode): error is WorkbookError {
  return error instanceof WorkbookError && (code === undefined || error.code === code);
}

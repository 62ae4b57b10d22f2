/** The one error type both workbook adapters throw for conditions the user should see. */
import { CodedError, type WorkbookMessageCode } from "../core/i18n";

export class WorkbookError extends CodedError<WorkbookMessageCode> {
  override readonly name = "WorkbookError";
}

export function isWorkbookError(error: unknown, code?: WorkbookMessageCode): error is WorkbookError {
  return error instanceof WorkbookError && (code === undefined || error.code === code);
}

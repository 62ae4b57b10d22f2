/**
 * Node's file-system failures as typed `WorkbookError`s that say what happened in the user's words:
 * the errno code (`EISDIR`, `ENOSPC`…) and Node's message never reach a user.
 */
import { WorkbookError } from "../errors";

const BY_CODE: Record<string, ConstructorParameters<typeof WorkbookError>[0]> = {
  ENOENT: "workbook.fileNotFound",
  EISDIR: "workbook.isDirectory",
  EACCES: "workbook.accessDenied",
  EPERM: "workbook.accessDenied",
  ENOSPC: "workbook.diskFull",
  EDQUOT: "workbook.diskFull",
  EFBIG: "workbook.diskFull",
  EROFS: "workbook.readOnlyLocation",
  ENOTDIR: "workbook.notADirectory",
  EEXIST: "workbook.outputExists",
};

/** The system error's code, when `error` is one (`{ code: "EACCES" }`). */
export function systemErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : null;
}

/** `error` as a `WorkbookError` about `path` when it is a system error; otherwise `error` itself. */
export function fileError(path: string, error: unknown): unknown {
  if (error instanceof WorkbookError) return error;
  const code = systemErrorCode(error);
  if (code === null) return error;
  return new WorkbookError(BY_CODE[code] ?? "workbook.fileUnreadable", { path });
}

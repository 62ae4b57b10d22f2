/** An .xlsx file's bytes by path (Node only): the size is checked before the file is read. */
import { readFile, stat } from "node:fs/promises";
import { WorkbookError } from "../errors";
import type { XlsxLimits } from "./limits";

/** File-system failures as typed errors: a missing file, a directory, no permission. */
function fileError(path: string, error: unknown): unknown {
  if (error instanceof WorkbookError) return error;
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return new WorkbookError("workbook.fileNotFound", { path });
  if (typeof code === "string") return new WorkbookError("workbook.fileUnreadable", { path, reason: code });
  return error;
}

export async function readXlsxBytes(path: string, limits: XlsxLimits): Promise<Uint8Array> {
  try {
    const { size } = await stat(path);
    if (size > limits.maxFileBytes)
      throw new WorkbookError("workbook.fileTooLarge", { size, limit: limits.maxFileBytes });
    return await readFile(path);
  } catch (error) {
    throw fileError(path, error);
  }
}

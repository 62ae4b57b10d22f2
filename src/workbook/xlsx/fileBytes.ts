/**
 * An .xlsx file's bytes by path (Node only), never more than the size limit: the bytes are read until
 * the limit is passed, whatever the path is — a regular file (which may grow while it is read), a FIFO,
 * `/dev/zero`, `/dev/stdin` — so that no path can make the reader hold more than `maxFileBytes + 1`.
 */
import { open } from "node:fs/promises";
import { WorkbookError } from "../errors";
import { fileError } from "./fileErrors";
import type { XlsxLimits } from "./limits";

const FIRST_CHUNK = 1 << 20;

async function readBounded(path: string, max: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    if (info.isFile() && info.size > max)
      throw new WorkbookError("workbook.fileTooLarge", { size: info.size, limit: max });
    // A regular file's size is a hint for the buffer, never a bound: reading stops at max + 1 bytes.
    let buffer = Buffer.allocUnsafe(Math.min(max + 1, info.isFile() ? info.size + 1 : FIRST_CHUNK));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > max) break;
        const grown = Buffer.allocUnsafe(Math.min(max + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > max) throw new WorkbookError("workbook.fileTooLarge", { size: `> ${max}`, limit: max });
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    await handle.close();
  }
}

export async function readXlsxBytes(path: string, limits: XlsxLimits): Promise<Uint8Array> {
  try {
    return await readBounded(path, limits.maxFileBytes);
  } catch (error) {
    throw fileError(path, error);
  }
}

/**
 * Writing a file so that a failure never costs what was there (Node only): an existing output is refused
 * unless `force` (and never replaced when it is not a regular file); the bytes go to a new temporary file
 * in the same folder, are flushed to disk (fsync), read back and checked by `verify`, and only then is the
 * temporary file moved into place — with a hard link, which fails if someone created the output meanwhile,
 * or with a rename when replacing is allowed. A full disk or any other failure removes the temporary file
 * and leaves the previous file untouched.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { link, lstat, mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { WorkbookError } from "../errors";
import { fileError } from "./fileErrors";

export interface SafeWriteOptions {
  /** Replace an existing regular file. */
  readonly force: boolean;
  /** Throws when the bytes read back are not a good file (e.g. the zip does not open). */
  readonly verify?: (bytes: Uint8Array) => void;
  /** Writes and flushes the temporary file (tests make it fail as a full disk does). */
  readonly writeTemporary?: (temporary: string, bytes: Uint8Array) => Promise<void>;
}

async function existing(path: string) {
  return lstat(path).catch((error: { code?: string }) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
}

/** Creates `folder` and its parents; something other than a folder in the way is said so. */
export async function ensureFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw code === "EEXIST"
      ? new WorkbookError("workbook.notADirectory", { path: folder })
      : fileError(folder, error);
  }
}

/** Refuses an output that exists (without `force`) or is anything but a regular file. */
export async function assertWritable(path: string, force: boolean): Promise<void> {
  try {
    const info = await existing(path);
    if (info === null) return;
    if (!info.isFile()) throw new WorkbookError("workbook.outputNotFile", { path });
    if (!force) throw new WorkbookError("workbook.outputExists", { path });
  } catch (error) {
    throw fileError(path, error);
  }
}

export async function writeAndSync(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    let at = 0;
    while (at < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
      at += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, "r").catch(() => null);
  if (handle === null) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/**
 * link() fails with EEXIST if the output appeared since it was checked, so nothing is replaced; on a file
 * system without hard links the output was checked just before, and rename() moves the file.
 */
async function linkIntoPlace(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
    await rename(temporary, path);
    return;
  }
  await unlink(temporary);
}

export async function writeFileSafely(
  path: string,
  bytes: Uint8Array,
  options: SafeWriteOptions,
): Promise<void> {
  await assertWritable(path, options.force);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let placed = false;
  try {
    await (options.writeTemporary ?? writeAndSync)(temporary, bytes);
    const back = new Uint8Array(await readFile(temporary));
    if (back.length !== bytes.length || !Buffer.from(back).equals(Buffer.from(bytes)))
      throw new WorkbookError("workbook.writeUnverified", { path });
    try {
      options.verify?.(back);
    } catch {
      throw new WorkbookError("workbook.writeUnverified", { path });
    }
    await assertWritable(path, options.force);
    if (options.force) await rename(temporary, path);
    else await linkIntoPlace(temporary, path);
    placed = true;
    await syncDirectory(dirname(path));
  } catch (error) {
    throw fileError(path, error);
  } finally {
    if (!placed) await unlink(temporary).catch(() => undefined);
  }
}

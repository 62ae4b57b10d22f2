/**
 * Just enough of the zip format to inspect an .xlsx before trusting it: the central directory and a
 * bounded inflate of one entry, whole or in chunks. Uses node:zlib (`maxOutputLength` stops inflating at
 * the bound, so a part that lies about its size cannot blow up memory; the chunked inflate counts).
 */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { WorkbookError } from "../errors";

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Where the entry's central directory record starts in the file, and its length. */
  centralOffset: number;
  centralLength: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function corrupt(reason: string): WorkbookError {
  return new WorkbookError("workbook.corrupt", { reason });
}

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** Where the end-of-central-directory record starts. */
export function endOfCentralDirectory(data: Uint8Array): number {
  const dv = view(data);
  let eocd = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (dv.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt("zip directory not found");
  return eocd;
}

export function readCentralDirectory(data: Uint8Array): ZipEntry[] {
  const dv = view(data);
  const eocd = endOfCentralDirectory(data);
  const count = dv.getUint16(eocd + 10, true);
  const offset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw corrupt("ZIP64 archives are not supported");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || dv.getUint32(at, true) !== CENTRAL) throw corrupt("zip directory entry");
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    if (at + 46 + nameLength > data.length) throw corrupt("zip directory entry");
    entries.push({
      flags: dv.getUint16(at + 8, true),
      method: dv.getUint16(at + 10, true),
      crc: dv.getUint32(at + 16, true),
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: dv.getUint32(at + 24, true),
      localOffset: dv.getUint32(at + 42, true),
      centralOffset: at,
      centralLength: 46 + nameLength + extraLength + commentLength,
      name: new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's stored (compressed) bytes. */
function storedBytes(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(data);
  const at = entry.localOffset;
  if (at + 30 > data.length || dv.getUint32(at, true) !== LOCAL) throw corrupt(`zip entry ${entry.name}`);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.length) throw corrupt(`zip entry ${entry.name} is truncated`);
  if (entry.method !== 0 && entry.method !== 8)
    throw corrupt(`zip entry ${entry.name} uses compression method ${entry.method}`);
  return data.subarray(start, end);
}

/** The entry's inflated bytes; `null` when they would exceed `maxBytes`. */
export function inflateEntry(data: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | null {
  const raw = storedBytes(data, entry);
  if (entry.method === 0) return raw.length > maxBytes ? null : raw;
  try {
    return inflateRawSync(raw, Number.isFinite(maxBytes) ? { maxOutputLength: Math.max(1, maxBytes) } : {});
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError)
      return null;
    throw corrupt(`zip entry ${entry.name} cannot be inflated`);
  }
}

/** Thrown by `inflateEntryChunks` when the entry inflates to more than its bound. */
export class InflatedTooLarge extends Error {
  override readonly name = "InflatedTooLarge";
}

const CHUNK_BYTES = 256 * 1024;

/**
 * The entry's inflated bytes in chunks of at most 256 KB, inflated by node:zlib in its thread pool while
 * the caller works on the previous chunk (the stream's buffer bounds how far it runs ahead), so that
 * memory holds a few chunks, never the whole part. Throws `InflatedTooLarge` past `maxBytes`.
 */
export async function* inflateEntryChunks(
  data: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  const raw = storedBytes(data, entry);
  if (entry.method === 0) {
    if (raw.length > maxBytes) throw new InflatedTooLarge(entry.name);
    for (let at = 0; at < raw.length; at += CHUNK_BYTES) yield raw.subarray(at, at + CHUNK_BYTES);
    return;
  }
  const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
  inflater.end(raw);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw new InflatedTooLarge(entry.name);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof InflatedTooLarge) throw error;
    throw corrupt(`zip entry ${entry.name} cannot be inflated`);
  } finally {
    inflater.destroy();
  }
}

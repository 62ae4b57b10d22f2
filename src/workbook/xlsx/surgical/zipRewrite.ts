/**
 * A zip package rewritten with a few entries replaced or removed, everything else copied byte for byte:
 * each kept entry's local record (header, compressed data, data descriptor) and central directory record
 * are the input's bytes, in the input's order; only the offsets that point at local records move. A
 * replaced entry is deflated anew (node:zlib) with the input's name, time and date; an entry the input
 * lacks is added after the others (a workbook's first custom XML part). ZIP64 and encrypted
 * entries are refused by the reader (../zip.ts) or here.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { WorkbookError } from "../../errors";
import { endOfCentralDirectory, readCentralDirectory, type ZipEntry } from "../zip";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
/** General-purpose flags: encrypted, sizes in a data descriptor (a rewritten entry has none). */
const ENCRYPTED = 0x0001;
const DESCRIPTOR = 0x0008;

function corrupt(reason: string): WorkbookError {
  return new WorkbookError("workbook.corrupt", { reason });
}

/** A zip package read for rewriting: its entries and where each local record ends. */
export class ZipPackage {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  /** Local offset → end of that entry's local record (the next record's start, or the directory's). */
  private readonly recordEnd = new Map<number, number>();
  private readonly directoryStart: number;

  constructor(readonly data: Uint8Array) {
    this.entries = readCentralDirectory(data);
    this.directoryStart = Math.min(...this.entries.map((entry) => entry.centralOffset), data.length);
    const offsets = this.entries.map((entry) => entry.localOffset).sort((a, b) => a - b);
    for (let i = 0; i < offsets.length; i++) {
      if (i > 0 && offsets[i] === offsets[i - 1]) throw corrupt("two zip entries share one record");
      this.recordEnd.set(offsets[i], offsets[i + 1] ?? this.directoryStart);
    }
    for (const entry of this.entries) {
      if (this.byName.has(entry.name)) throw corrupt(`zip entry ${entry.name} appears twice`);
      if ((entry.flags & ENCRYPTED) !== 0) throw corrupt(`zip entry ${entry.name} is encrypted`);
      this.byName.set(entry.name, entry);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** The entry's whole local record, as it is in the file. */
  localRecord(entry: ZipEntry): Uint8Array {
    const end = this.recordEnd.get(entry.localOffset) ?? entry.localOffset;
    if (end > this.data.length || end <= entry.localOffset) throw corrupt(`zip entry ${entry.name}`);
    return this.data.subarray(entry.localOffset, end);
  }

  centralRecord(entry: ZipEntry): Uint8Array {
    return this.data.subarray(entry.centralOffset, entry.centralOffset + entry.centralLength);
  }
}

/** New content for an entry (by name), or `null` to leave it out. */
export type EntryChanges = ReadonlyMap<string, Uint8Array | null>;

function u16(out: Uint8Array, at: number, value: number): void {
  out[at] = value & 0xff;
  out[at + 1] = (value >>> 8) & 0xff;
}

function u32(out: Uint8Array, at: number, value: number): void {
  u16(out, at, value & 0xffff);
  u16(out, at + 2, value >>> 16);
}

/** A replaced entry's local and central records: the input's name, time and date; deflated; no extra. */
function rewrittenRecords(
  pkg: Pick<ZipPackage, "centralRecord">,
  entry: ZipEntry,
  content: Uint8Array,
): { local: Uint8Array; central: Uint8Array } {
  const central = pkg.centralRecord(entry);
  const name = central.subarray(46, 46 + (central[28] | (central[29] << 8)));
  const packed = deflateRawSync(content);
  const crc = crc32(content);
  const flags = entry.flags & ~DESCRIPTOR;
  const local = new Uint8Array(30 + name.length + packed.length);
  u32(local, 0, LOCAL);
  u16(local, 4, 20);
  u16(local, 6, flags);
  u16(local, 8, 8);
  local.set(central.subarray(12, 16), 10); // time, date
  u32(local, 14, crc);
  u32(local, 18, packed.length);
  u32(local, 22, content.length);
  u16(local, 26, name.length);
  u16(local, 28, 0);
  local.set(name, 30);
  local.set(packed, 30 + name.length);
  const record = new Uint8Array(46 + name.length);
  record.set(central.subarray(0, 46));
  u32(record, 0, CENTRAL);
  u16(record, 8, flags);
  u16(record, 10, 8);
  u32(record, 16, crc);
  u32(record, 20, packed.length);
  u32(record, 24, content.length);
  u16(record, 30, 0);
  u16(record, 32, 0);
  record.set(name, 46);
  return { local, central: record };
}

/** UTF-8 names (general-purpose flag bit 11). */
const UTF8_NAMES = 0x0800;
/** 1980-01-01 00:00 in DOS time and date: a new entry's timestamp, so that a rewrite is reproducible. */
const DOS_DATE_1980 = 0x21;

/** An added entry's local and central records: deflated, UTF-8 name, no extra field. */
function addedRecords(name: string, content: Uint8Array): { local: Uint8Array; central: Uint8Array } {
  const nameBytes = new Uint8Array(Buffer.from(name, "utf8"));
  const template = new Uint8Array(46);
  u32(template, 0, CENTRAL);
  u16(template, 4, 20);
  u16(template, 6, 20);
  u16(template, 14, DOS_DATE_1980);
  u16(template, 28, nameBytes.length);
  const record = new Uint8Array(46 + nameBytes.length);
  record.set(template);
  record.set(nameBytes, 46);
  const entry: ZipEntry = {
    name,
    flags: UTF8_NAMES,
    method: 8,
    crc: 0,
    compressedSize: 0,
    uncompressedSize: 0,
    localOffset: 0,
    centralOffset: 0,
    centralLength: record.length,
  };
  return rewrittenRecords({ centralRecord: () => record }, entry, content);
}

/** The package with `changes` applied; every other entry's records are copied unchanged. */
export function rewriteZip(pkg: ZipPackage, changes: EntryChanges): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals = new Map<ZipEntry, Uint8Array>();
  let offset = 0;
  for (const entry of [...pkg.entries].sort((a, b) => a.localOffset - b.localOffset)) {
    const content = changes.get(entry.name);
    if (content === null) continue;
    let local: Uint8Array;
    let central: Uint8Array;
    if (content === undefined) {
      local = pkg.localRecord(entry);
      central = new Uint8Array(pkg.centralRecord(entry));
    } else ({ local, central } = rewrittenRecords(pkg, entry, content));
    u32(central, 42, offset);
    centrals.set(entry, central);
    locals.push(local);
    offset += local.length;
  }
  const directory = pkg.entries.flatMap((entry) => centrals.get(entry) ?? []);
  for (const [name, content] of changes) {
    if (content === null || pkg.entry(name) !== undefined) continue;
    const { local, central } = addedRecords(name, content);
    u32(central, 42, offset);
    directory.push(central);
    locals.push(local);
    offset += local.length;
  }
  const directorySize = directory.reduce((sum, record) => sum + record.length, 0);
  const eocdAt = endOfCentralDirectory(pkg.data);
  const comment = pkg.data.subarray(
    eocdAt + 22,
    eocdAt + 22 + (pkg.data[eocdAt + 20] | (pkg.data[eocdAt + 21] << 8)),
  );
  const end = new Uint8Array(22 + comment.length);
  u32(end, 0, EOCD);
  u16(end, 8, directory.length);
  u16(end, 10, directory.length);
  u32(end, 12, directorySize);
  u32(end, 16, offset);
  u16(end, 20, comment.length);
  end.set(comment, 22);
  const out = new Uint8Array(offset + directorySize + end.length);
  let at = 0;
  for (const part of [...locals, ...directory, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

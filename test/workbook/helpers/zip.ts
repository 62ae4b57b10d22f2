/** A minimal zip writer (stored or deflated entries, optionally lying about sizes) and reader for building hostile .xlsx files. */
import { crc32, deflateRawSync } from "node:zlib";
import { inflateEntry, readCentralDirectory } from "../../../src/workbook/xlsx/zip";

export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  /** Claim this uncompressed size instead of the real one (a lying zip bomb). */
  declaredSize?: number;
  /** zlib's compression level (default 6, as node:zlib's default). */
  level?: number;
  /** MS-DOS time and date of the entry (default 0, none). */
  modified?: { time: number; date: number };
}

function bytes(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? new TextEncoder().encode(data) : data;
}

interface EntryFields {
  time: number;
  date: number;
  crc: number;
  packedSize: number;
  size: number;
  nameLength: number;
}

/**
 * The fields a local header and a central directory entry share, from "version needed" to the name's length
 * (at 4 in a local header, at 6 in a central entry): deflated, UTF-8 names.
 */
function writeEntryFields(header: Buffer, at: number, fields: EntryFields): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt16LE(fields.time, at + 6);
  header.writeUInt16LE(fields.date, at + 8);
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.packedSize, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.nameLength, at + 22);
}

export function zip(entries: ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = bytes(entry.data);
    const packed = deflateRawSync(raw, entry.level === undefined ? {} : { level: entry.level });
    const name = Buffer.from(entry.name, "utf8");
    const size = entry.declaredSize ?? raw.length;
    const { time, date } = entry.modified ?? { time: 0, date: 0 };
    const fields = { time, date, crc: crc32(raw), packedSize: packed.length, size, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, fields);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

export function unzip(data: Uint8Array): ZipInput[] {
  return readCentralDirectory(data).map((entry) => ({
    name: entry.name,
    data: inflateEntry(data, entry, Infinity) ?? new Uint8Array(),
  }));
}

/** The parts of an .xlsx with some replaced (by name) or added. */
export function rezip(
  data: Uint8Array,
  replace: Record<string, Uint8Array | string>,
  declared: Record<string, number> = {},
): Uint8Array {
  const parts = unzip(data);
  const names = new Set(parts.map((part) => part.name));
  const added = Object.keys(replace).filter((name) => !names.has(name));
  return zip(
    [...parts, ...added.map((name) => ({ name, data: "" }))].map((part) => ({
      name: part.name,
      data: replace[part.name] ?? part.data,
      declaredSize: declared[part.name],
    })),
  );
}

/** A minimal zip writer (stored or deflated entries, optionally lying about sizes) and reader for building hostile .xlsx files. */
import { crc32, deflateRawSync } from "node:zlib";
import { inflateEntry, readCentralDirectory } from "../../../src/workbook/xlsx/zip";

export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  /** Claim this uncompressed size instead of the real one (a lying zip bomb). */
  declaredSize?: number;
}

function bytes(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? new TextEncoder().encode(data) : data;
}

export function zip(entries: ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = bytes(entry.data);
    const packed = deflateRawSync(raw);
    const name = Buffer.from(entry.name, "utf8");
    const size = entry.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
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

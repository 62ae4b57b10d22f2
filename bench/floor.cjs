// The floor of a check: inflate every worksheet part of an .xlsx (node:zlib) and run saxes over it, nothing
// else. `node bench/floor.cjs FILE`; kpi-check ÷ this is cli.10k_floor_ratio.
const { readFileSync } = require("node:fs");
const { inflateRawSync } = require("node:zlib");
const { SaxesParser } = require("saxes");

const data = readFileSync(process.argv[2]);
const eocd = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
let at = data.readUInt32LE(eocd + 16);
let cells = 0;
for (let i = data.readUInt16LE(eocd + 10); i > 0; i--) {
  const nameLength = data.readUInt16LE(at + 28);
  const name = data.toString("utf8", at + 46, at + 46 + nameLength);
  const local = data.readUInt32LE(at + 42);
  const size = data.readUInt32LE(at + 20);
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const xml = inflateRawSync(data.subarray(start, start + size)).toString("utf8");
    const parser = new SaxesParser();
    parser.on("opentag", (tag) => {
      if (tag.name === "c") cells++;
    });
    parser.write(xml).close();
  }
  at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
}
process.stdout.write(`${cells}\n`);

// Draws the add-in's icons (our own drawing: three rising bars and a check mark on a rounded tile) as PNG files.
// Usage: node scripts/make-icons.mjs   → assets/icon-16.png … icon-80.png, assets/logo-300.png
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// The drawing in unit coordinates (0..1): each shape says whether a point is inside it.
const TILE = [0x1f, 0x6f, 0x8b];
const BAR = [0xff, 0xff, 0xff];
const CHECK = [0xf2, 0xb7, 0x05];
const roundedTile = (x, y) => {
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const bar = (x0, top) => (x, y) => x >= x0 && x <= x0 + 0.14 && y >= top && y <= 0.82;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= w * w;
};
const layers = [
  [roundedTile, TILE],
  [bar(0.16, 0.58), BAR],
  [bar(0.36, 0.44), BAR],
  [bar(0.56, 0.3), BAR],
  [segment(0.5, 0.3, 0.64, 0.44, 0.055), CHECK],
  [segment(0.64, 0.44, 0.88, 0.14, 0.055), CHECK],
];

function render(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let color = null;
          for (const [inside, c] of layers) if (inside(x, y)) color = c;
          if (color) {
            acc[0] += color[0];
            acc[1] += color[1];
            acc[2] += color[2];
            acc[3] += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      const n = acc[3];
      if (n > 0) rgba.set([acc[0] / n, acc[1] / n, acc[2] / n, (255 * n) / (samples * samples)], i);
    }
  }
  return encodePng(size, rgba);
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, render(size));
writeFileSync("assets/logo-300.png", render(300));
console.log("icons written to assets/");

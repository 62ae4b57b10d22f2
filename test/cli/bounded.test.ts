/**
 * Bounded reading, as a user would meet it: paths that never end (/dev/zero, a FIFO fed forever) end in
 * exit 2 with the size message within the bounds (< 5 s, < 300 MB peak memory of the process);
 * a merge over the whole sheet is checked within the same bounds; 20,000 merges are fixed in < 2 s.
 * Times are the child's CPU time: the machine's other work stretches wall time, not CPU time, and a
 * hang still fails on jest's timeout. Peak memory and CPU time are the
 * child's own (`process.resourceUsage`, bench/peak-rss.cjs preloaded).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFixture } from "../workbook/helpers/packageFixtures";
import { rezip, unzip } from "../workbook/helpers/zip";
import { ROOT } from "./support/kpiCheck";

const dir = mkdtempSync(join(tmpdir(), "kpi-bounded-"));
const PEAK = join(ROOT, "bench", "peak-rss.cjs");
const BIN = join(ROOT, "bin", "kpi-check.js");
const MB = 1024;

interface Measured {
  code: number | null;
  stderr: string;
  cpuMs: number;
  peakMb: number;
}

function measure(args: readonly string[]): Promise<Measured> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--require", PEAK, BIN, ...args], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    child.on("close", (code) => {
      const peak = /PEAK_RSS_KB=(\d+)/.exec(stderr);
      const cpu = /CPU_MS=(\d+)/.exec(stderr);
      resolve({
        code,
        stderr: stderr.replace(/PEAK_RSS_KB=\d+\nCPU_MS=\d+\n/, ""),
        cpuMs: cpu === null ? Infinity : Number(cpu[1]),
        peakMb: peak === null ? Infinity : Number(peak[1]) / MB,
      });
    });
  });
}

test("/dev/zero: exit 2, the size message, < 5 s and < 300 MB", async () => {
  const run = await measure(["/dev/zero", "--lang", "en"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    "kpi-check: /dev/zero: The file is too large (> 52428800 bytes; the limit is 52428800 bytes).\n",
  );
  expect(run.cpuMs).toBeLessThan(5_000);
  expect(run.peakMb).toBeLessThan(300);
});

test("a FIFO fed forever: exit 2 in < 5 s and < 300 MB; the writer is let go", async () => {
  const fifo = join(dir, "endless.xlsx");
  expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
  const writer = spawn("sh", ["-c", `cat /dev/zero > '${fifo}'`], { stdio: "ignore" });
  try {
    const run = await measure([fifo]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ファイルが大きすぎます/);
    expect(run.cpuMs).toBeLessThan(5_000);
    expect(run.peakMb).toBeLessThan(300);
  } finally {
    writer.kill();
  }
});

test("one merge over the whole sheet (J1:XFD1048576) is checked, not materialised: < 5 s, < 300 MB", async () => {
  const file = join(dir, "whole-sheet-merge.xlsx");
  writeFileSync(
    file,
    buildFixture(
      (p) => p.sheet.set("mergeCells", `<mergeCells count="1"><mergeCell ref="J1:XFD1048576"/></mergeCells>`),
      {
        broken: false,
      },
    ),
  );
  const run = await measure([file]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  expect(run.cpuMs).toBeLessThan(5_000);
  expect(run.peakMb).toBeLessThan(300);
});

test("20,000 merges (an Excel方眼紙 sheet) are checked and fixed in < 2 s", async () => {
  const file = join(dir, "many-merges.xlsx");
  const merges = Array.from({ length: 20_000 }, (_, i) => `<mergeCell ref="A${20 + i}:B${20 + i}"/>`).join(
    "",
  );
  writeFileSync(
    file,
    buildFixture((p) => p.sheet.set("mergeCells", `<mergeCells count="20000">${merges}</mergeCells>`), {
      broken: true,
    }),
  );
  const run = await measure([file, "--fix", "-o", join(dir, "many-merges-fixed.xlsx")]);
  expect([run.code, run.stderr]).toEqual([1, ""]);
  expect(run.cpuMs).toBeLessThan(2_000);
});

// Read whole, the part took 608 MB; in pieces 102 MB on an idle machine, and up to ~310 MB while other work
// holds back the garbage collector (CI runs the suites in parallel): 400 MB still tells the two apart.
test("a 150 MB sheet part is read in pieces as it inflates, never held whole: checked, < 400 MB", async () => {
  const SHEET = "xl/worksheets/sheet1.xml";
  const fixture = buildFixture(null, { broken: true });
  const xml = Buffer.from(unzip(fixture).find((part) => part.name === SHEET)?.data ?? "").toString();
  // Spaces between the rows (as an indenting writer leaves them, only more): text the reader passes over.
  const padded = xml.replace("<sheetData>", `<sheetData>${" ".repeat(150 * 1024 * 1024)}`);
  expect(padded.length).toBeGreaterThan(xml.length);
  const file = join(dir, "long-sheet.xlsx");
  writeFileSync(file, rezip(fixture, { [SHEET]: padded }));
  const run = await measure([file]);
  expect([run.code, run.stderr]).toEqual([1, ""]);
  expect(run.peakMb).toBeLessThan(400);
});

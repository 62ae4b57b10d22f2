/**
 * kpi-check merge end to end: a 30-indicator master with a 担当課 column, the departments' returned copies
 * (their own rows only, in another order, as a department sends back its edited copy), one changing a
 * target, one renaming an indicator, one adding an indicator, one returned twice with a different value.
 * Every filled cell lands at the master's address, every conflict and unmatched indicator is listed with
 * its reason, and nothing else in OUT differs from MASTER (zip parts, then the cells of the edited sheet).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzip } from "../workbook/helpers/zip";
import { kpiCheck } from "./support/kpiCheck";

const DEPTS = ["産業振興課", "観光課", "福祉課"];
const SHEET = "進捗管理表";

interface Spec {
  id: number;
  name: string;
  dept: string;
  target: [number, number];
  actual: [number | string | null, number | string | null];
}

const MASTER: Spec[] = Array.from({ length: 30 }, (_, i) => ({
  id: i + 1,
  name: `指標${i + 1}`,
  dept: DEPTS[i % 3],
  target: [100 + i, 110 + i],
  actual: [90 + i, i % 2 === 0 ? null : "集計中"],
}));

/** Rows of one indicator: 目標 / 実績 / 達成率 (a formula) / 結果, starting at `row` (1-based). */
async function writeBook(path: string, specs: readonly Spec[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(SHEET);
  sheet.addRow(["No.", "指標名", "担当課", "", "R5", "R6"]);
  for (const spec of specs) {
    const top = sheet.rowCount + 1;
    sheet.addRow([spec.id, spec.name, spec.dept, "目標", ...spec.target]);
    sheet.addRow([null, null, null, "実績", ...spec.actual]);
    const rate = sheet.addRow([null, null, null, "達成率"]);
    for (const col of ["E", "F"]) {
      const actual = sheet.getCell(`${col}${top + 1}`).value;
      const target = sheet.getCell(`${col}${top}`).value as number;
      const result = typeof actual === "number" ? actual / target : "";
      rate.getCell(col).value = {
        formula: `IF(ISNUMBER(${col}${top + 1}),${col}${top + 1}/${col}${top},"")`,
        result,
      };
      rate.getCell(col).numFmt = "0.0%";
    }
    sheet.addRow([null, null, null, "結果"]);
    for (const r of [top, top + 1])
      for (const col of ["E", "F"]) sheet.getCell(`${col}${r}`).numFmt = '#,##0"件"';
  }
  await book.xlsx.writeFile(path);
}

/** A department's copy: its own indicators, in reverse order, R6 actuals filled. */
function returnedCopy(dept: string, edit: (spec: Spec) => Spec = (s) => s): Spec[] {
  return MASTER.filter((s) => s.dept === dept)
    .map((s) => edit({ ...s, actual: [s.actual[0], 200 + s.id] }))
    .reverse();
}

/** Each `<c r="…">…</c>` of a sheet's XML by address. */
function cellsOf(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/gs))
    cells.set(match[1], match[0]);
  return cells;
}

/** OUT differs from MASTER only in the cells `addresses` of its first sheet: zip parts, then cells. */
function expectOnlyCellsChanged(master: string, out: string, addresses: readonly string[]): void {
  const before = new Map(
    unzip(new Uint8Array(readFileSync(master))).map((e) => [e.name, e.data as Uint8Array]),
  );
  const after = new Map(unzip(new Uint8Array(readFileSync(out))).map((e) => [e.name, e.data as Uint8Array]));
  expect([...after.keys()].filter((name) => name !== "xl/calcChain.xml")).toEqual(
    [...before.keys()].filter((name) => name !== "xl/calcChain.xml"),
  );
  const allowed = new Set([
    "xl/worksheets/sheet1.xml",
    "xl/calcChain.xml",
    "xl/workbook.xml",
    "xl/styles.xml",
    "xl/sharedStrings.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
  ]);
  for (const [name, data] of before) {
    const other = after.get(name);
    if (other === undefined || Buffer.from(other).equals(Buffer.from(data))) continue;
    expect(allowed.has(name) ? name : `unexpected change: ${name}`).toBe(name);
  }
  const text = (data: Uint8Array | undefined) => new TextDecoder().decode(data);
  const oldCells = cellsOf(text(before.get("xl/worksheets/sheet1.xml")));
  const newCells = cellsOf(text(after.get("xl/worksheets/sheet1.xml")));
  const changed = [...new Set([...oldCells.keys(), ...newCells.keys()])].filter(
    (address) => oldCells.get(address) !== newCells.get(address),
  );
  expect(changed.sort()).toEqual([...addresses].sort());
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-merge-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("split-style returned copies merge into the right cells; conflicts and unmatched are listed; nothing else changes", async () => {
  const master = join(dir, "master.xlsx");
  await writeBook(master, MASTER);
  const files = {
    industry: join(dir, "産業振興課.xlsx"),
    tourism: join(dir, "観光課.xlsx"),
    welfare: join(dir, "福祉課.xlsx"),
    welfareAgain: join(dir, "福祉課_再送.xlsx"),
  };
  await writeBook(
    files.industry,
    returnedCopy("産業振興課", (s) => (s.id === 4 ? { ...s, target: [999, s.target[1]] } : s)),
  );
  await writeBook(
    files.tourism,
    returnedCopy("観光課", (s) => (s.id === 5 ? { ...s, name: "改名した指標" } : s)),
  );
  const added: Spec = { id: 31, name: "新しい指標", dept: "福祉課", target: [10, 10], actual: [5, 6] };
  await writeBook(files.welfare, [...returnedCopy("福祉課"), added]);
  await writeBook(
    files.welfareAgain,
    returnedCopy("福祉課", (s) => (s.id === 9 ? { ...s, actual: [s.actual[0], 1] } : s)),
  );
  const out = join(dir, "out.xlsx");
  const run = await kpiCheck(["merge", master, ...Object.values(files), "-o", out, "--json"]);
  expect(run.stderr).toContain("out.xlsx");
  expect(run.code).toBe(1);
  const result = JSON.parse(run.stdout);

  // Every indicator's R6 actual (row 3 + 4 × index, column F) filled, except No.9 returned twice differently.
  const expected = MASTER.filter((s) => s.id !== 9).map((s) => [
    `No.${s.id}`,
    "R6",
    `F${3 + 4 * (s.id - 1)}`,
    200 + s.id,
  ]);
  const merged = result.merged.map((m: Record<string, unknown>) => [m.indicator, m.period, m.cell, m.to]);
  expect(merged.sort()).toEqual(expected.sort());
  const conflicts = result.conflicts.map((c: Record<string, unknown>) => [
    c.file,
    c.indicator,
    c.cell,
    c.reason,
  ]);
  expect(conflicts).toEqual(
    expect.arrayContaining([
      [files.industry, "No.4", "E14", "targetChanged"],
      [files.tourism, "No.5", "B18", "nameChanged"],
      [files.welfare, "No.9", "F35", "returnedTwice"],
      [files.welfareAgain, "No.9", "F35", "returnedTwice"],
    ]),
  );
  expect(conflicts).toHaveLength(4);
  expect(result.unmatched).toEqual([
    { file: files.welfare, indicator: "No.31 新しい指標", reason: "notInMaster" },
  ]);
  expect(result.check.file).toBe(out);

  expectOnlyCellsChanged(
    master,
    out,
    expected.map((e) => String(e[2])),
  );
}, 60_000);

test("unreadable input or bad arguments: exit 2 and nothing written", async () => {
  const master = join(dir, "m2.xlsx");
  await writeBook(master, MASTER.slice(0, 3));
  const out = join(dir, "never.xlsx");
  const unreadable = await kpiCheck(["merge", master, join(dir, "missing.xlsx"), "-o", out]);
  expect(unreadable.code).toBe(2);
  expect(() => readFileSync(out)).toThrow();
  expect((await kpiCheck(["merge", master, "-o", out])).code).toBe(2);
  expect((await kpiCheck(["merge", master, master, "-o", out, "--prefer", "mine"])).code).toBe(2);
}, 60_000);

test("a returned copy equal to the master merges nothing and exits 0 unless OUT has errors", async () => {
  const master = join(dir, "m3.xlsx");
  await writeBook(master, MASTER.slice(0, 6));
  const out = join(dir, "same.xlsx");
  const run = await kpiCheck(["merge", master, master, "-o", out, "--json"]);
  const result = JSON.parse(run.stdout);
  expect([result.merged, result.conflicts, result.unmatched]).toEqual([[], [], []]);
  expect(Buffer.from(readFileSync(out)).equals(readFileSync(master))).toBe(true);
  const exists = await kpiCheck(["merge", master, master, "-o", out]);
  expect(exists.code).toBe(2);
}, 60_000);

test("split by 担当課: one file per department with its blocks, read back as the same indicators, formulas on their rows, a veryHidden record; merged back, then merged again as departments edit them (a target changed, a name changed, an indicator added, a file sent twice)", async () => {
  const master = join(dir, "split-master.xlsx");
  await writeBook(master, MASTER);
  const parts = join(dir, "parts");
  const run = await kpiCheck(["split", master, "--by", "担当課", "-o", parts]);
  expect(run.code).toBe(0);
  expect(readdirSync(parts).sort()).toEqual(DEPTS.map((d) => `${d}.xlsx`).sort());
  for (const dept of DEPTS) {
    const file = join(parts, `${dept}.xlsx`);
    const check = JSON.parse((await kpiCheck(["--json", file])).stdout);
    const indicators = check.files[0].tables.flatMap((t: { indicators: { id: string }[] }) => t.indicators);
    expect(indicators.map((i: { id: string }) => i.id)).toEqual(
      MASTER.filter((s) => s.dept === dept).map((s) => `No.${s.id}`),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([
      [SHEET, "visible"],
      ["_kpi_split", "veryHidden"],
    ]);
    // The second block moved up from its master rows: its rate formula follows it.
    expect(book.getWorksheet(SHEET)?.getCell("E8").formula).toBe('IF(ISNUMBER(E7),E7/E6,"")');
    const second = MASTER.filter((s) => s.dept === dept)[1];
    const top = 2 + 4 * (second.id - 1);
    expect(book.getWorksheet("_kpi_split")?.getRow(3).values).toEqual([
      undefined,
      SHEET,
      `${top}:${top + 3}`,
      `No.${second.id}`,
    ]);
    expect(book.getWorksheet(SHEET)?.getCell("E2").numFmt).toBe('#,##0"件"');
  }
  expect((await kpiCheck(["split", master, "--by", "担当課", "-o", parts])).code).toBe(2);

  // Each department fills its R6 actuals in its own split file; the merge puts them back in the master.
  const filled: string[] = [];
  for (const dept of DEPTS) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(parts, `${dept}.xlsx`));
    const sheet = book.getWorksheet(SHEET);
    for (let r = 3; r <= (sheet?.rowCount ?? 0); r += 4) sheet!.getCell(`F${r}`).value = 500 + r;
    const file = join(dir, `filled-${dept}.xlsx`);
    await book.xlsx.writeFile(file);
    filled.push(file);
  }
  const out = join(dir, "from-split.xlsx");
  const merged = JSON.parse((await kpiCheck(["merge", master, ...filled, "-o", out, "--json"])).stdout);
  expect(merged.conflicts).toEqual([]);
  expect(merged.unmatched).toEqual([]);
  expect(merged.merged).toHaveLength(30);
  for (const m of merged.merged) expect(m.cell).toBe(`F${3 + 4 * (Number(m.indicator.slice(3)) - 1)}`);

  // The split parts as departments edit them: 産業振興課 changes its first target, 観光課 renames its first
  // indicator, 福祉課 adds an indicator below its blocks and sends its file twice, the second time with
  // another R6 for its first indicator.
  const edit = async (dept: string, name: string, change: (sheet: ExcelJS.Worksheet) => void) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, `filled-${dept}.xlsx`));
    change(book.getWorksheet(SHEET)!);
    const file = join(dir, name);
    await book.xlsx.writeFile(file);
    return file;
  };
  const first = (dept: string) => MASTER.find((s) => s.dept === dept)!;
  const edited = [
    await edit("産業振興課", "産業振興課_回答.xlsx", (sheet) => {
      sheet.getCell("E2").value = 999;
    }),
    await edit("観光課", "観光課_回答.xlsx", (sheet) => {
      sheet.getCell("B2").value = "改名した指標";
    }),
    await edit("福祉課", "福祉課_回答.xlsx", (sheet) => {
      const row = sheet.rowCount + 1;
      sheet.getRow(row).values = [31, "新しい指標", "福祉課", "目標", 10, 10];
      sheet.getRow(row + 1).values = [null, null, null, "実績", 5, 6];
    }),
    await edit("福祉課", "福祉課_再送.xlsx", (sheet) => {
      sheet.getCell("F3").value = 1;
    }),
  ];
  const editedOut = join(dir, "from-edited-split.xlsx");
  const editedRun = await kpiCheck(["merge", master, ...edited, "-o", editedOut, "--json"]);
  expect(editedRun.code).toBe(1);
  const result = JSON.parse(editedRun.stdout);
  const welfare = first("福祉課");
  const rowOf = (id: number) => 3 + 4 * (id - 1);
  const conflicts = result.conflicts.map((c: Record<string, unknown>) => [
    c.file,
    c.indicator,
    c.cell,
    c.reason,
  ]);
  expect(conflicts.sort()).toEqual(
    [
      [edited[0], `No.${first("産業振興課").id}`, `E${rowOf(first("産業振興課").id) - 1}`, "targetChanged"],
      [edited[1], `No.${first("観光課").id}`, `B${rowOf(first("観光課").id) - 1}`, "nameChanged"],
      [edited[2], `No.${welfare.id}`, `F${rowOf(welfare.id)}`, "returnedTwice"],
      [edited[3], `No.${welfare.id}`, `F${rowOf(welfare.id)}`, "returnedTwice"],
    ].sort(),
  );
  expect(result.unmatched).toEqual([
    { file: edited[2], indicator: "No.31 新しい指標", reason: "notInMaster" },
  ]);
  const filledCells = MASTER.filter((s) => s.id !== welfare.id).map((s) => `F${rowOf(s.id)}`);
  expect(result.merged.map((m: { cell: string }) => m.cell).sort()).toEqual([...filledCells].sort());
  expectOnlyCellsChanged(master, editedOut, filledCells);
}, 120_000);

test("--prefer returned takes the returned value of each conflict it may, still lists it, and exits 1", async () => {
  const specs = MASTER.slice(0, 6);
  const master = join(dir, "prefer-master.xlsx");
  await writeBook(master, specs);
  const edited = join(dir, "prefer-returned.xlsx");
  await writeBook(
    edited,
    specs.map((s) =>
      s.id === 1
        ? { ...s, actual: [95, s.actual[1]] }
        : s.id === 2
          ? { ...s, target: [s.target[0], 999] }
          : s.id === 3
            ? { ...s, name: "改名した指標" }
            : s,
    ),
  );
  // Two copies of No.4 alone disagreeing on its R6: two files never decide a cell, even with --prefer returned.
  const one = join(dir, "prefer-one.xlsx");
  const other = join(dir, "prefer-other.xlsx");
  const no4 = specs.filter((s) => s.id === 4);
  await writeBook(
    one,
    no4.map((s) => ({ ...s, actual: [s.actual[0], 7] })),
  );
  await writeBook(
    other,
    no4.map((s) => ({ ...s, actual: [s.actual[0], 8] })),
  );

  const out = join(dir, "prefer-out.xlsx");
  const run = await kpiCheck([
    "merge",
    master,
    edited,
    one,
    other,
    "-o",
    out,
    "--json",
    "--prefer",
    "returned",
  ]);
  expect(run.code).toBe(1);
  const result = JSON.parse(run.stdout);
  const listed = result.conflicts.map((c: Record<string, unknown>) => [
    c.indicator,
    c.cell,
    c.reason,
    c.taken,
  ]);
  expect(listed.sort()).toEqual(
    [
      ["No.1", "E3", "valueChanged", true],
      ["No.2", "F6", "targetChanged", true],
      ["No.3", "B10", "nameChanged", true],
      ["No.4", "F15", "returnedTwice", false],
      ["No.4", "F15", "returnedTwice", false],
    ].sort(),
  );

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.getWorksheet(SHEET)!;
  expect([sheet.getCell("E3").value, sheet.getCell("F6").value, sheet.getCell("B10").value]).toEqual([
    95,
    999,
    "改名した指標",
  ]);
  expect(sheet.getCell("F15").value).toBe("集計中");

  // Without --prefer the same conflicts are listed, none taken, and OUT keeps the master's values.
  const kept = join(dir, "prefer-kept.xlsx");
  const plain = await kpiCheck(["merge", master, edited, "-o", kept, "--json"]);
  expect(plain.code).toBe(1);
  expect(JSON.parse(plain.stdout).conflicts.map((c: { taken: boolean }) => c.taken)).toEqual([
    false,
    false,
    false,
  ]);
  const keptBook = new ExcelJS.Workbook();
  await keptBook.xlsx.readFile(kept);
  const keptSheet = keptBook.getWorksheet(SHEET)!;
  expect([keptSheet.getCell("E3").value, keptSheet.getCell("F6").value]).toEqual([90, 111]);

  // One copy alone fills No.4's R6 without a conflict: exit 0, as OUT has no error finding.
  const clean = await kpiCheck(["merge", master, one, "-o", join(dir, "prefer-clean.xlsx"), "--json"]);
  const cleanResult = JSON.parse(clean.stdout);
  expect([cleanResult.merged.length, cleanResult.conflicts.length]).toEqual([1, 0]);
  const severities = cleanResult.check.findings.map((f: { severity: string }) => f.severity);
  expect(severities).not.toContain("error");
  expect(clean.code).toBe(0);
}, 60_000);

test("a department's own edited copy of last year's sheet (other columns, other row order) is matched by id", async () => {
  const master = join(dir, "lastyear-master.xlsx");
  await writeBook(master, MASTER);
  const own = MASTER.filter((s) => s.dept === "観光課");
  // Last year's layout: no 担当課 column, one more year (R4) before R5 and R6, no rate rows, rows sorted
  // by the department's own order (descending).
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("R5実績");
  sheet.addRow(["No.", "指標名", "", "R4", "R5", "R6"]);
  for (const spec of [...own].sort((a, b) => b.id - a.id)) {
    sheet.addRow([spec.id, spec.name, "目標", 90 + spec.id, ...spec.target]);
    sheet.addRow([null, null, "実績", 80 + spec.id, spec.actual[0], 300 + spec.id]);
    sheet.addRow([null, null, "結果", null, null, null]);
  }
  const copy = join(dir, "観光課_昨年度の表.xlsx");
  await book.xlsx.writeFile(copy);

  const out = join(dir, "lastyear-out.xlsx");
  const result = JSON.parse((await kpiCheck(["merge", master, copy, "-o", out, "--json"])).stdout);
  expect(result.conflicts).toEqual([]);
  expect(result.unmatched).toEqual([]);
  const merged = result.merged.map((m: Record<string, unknown>) => [m.indicator, m.period, m.cell, m.to]);
  expect(merged.sort()).toEqual(
    own.map((s) => [`No.${s.id}`, "R6", `F${3 + 4 * (s.id - 1)}`, 300 + s.id]).sort(),
  );
}, 60_000);

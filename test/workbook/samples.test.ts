/**
 * The committed samples are what scripts/make-samples.mjs generates from the seeds, carry the features
 * they exist for, and load through both adapters the same way (xlsx → grids → fake → Office adapter,
 * the path the preview page takes).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isCellError, toA1, type Grid } from "../../src/core/grid";
import { fakeFromGrids, gridsFromFake } from "../../src/workbook/fakeExcel";
import { OfficeWorkbook } from "../../src/workbook/office";
import { loadXlsxFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { HEADER_004_1, loadSeed } from "../support/seeds";

const SAMPLES = ["004-atsugi-kpi.xlsx", "000-sagamihara-kpi.xlsx", "002-sapporo-eval.xlsx", "clean-kpi.xlsx"];

async function gridsOf(path: string): Promise<Grid[]> {
  const workbook = await loadXlsxFile(path);
  return Promise.all((await workbook.listSheets()).map((sheet) => workbook.readSheet(sheet)));
}

const cells = (grid: Grid) => grid.values.flat();
const seeds = loadSeed("004-atsugi-kpi.json");

test("the committed samples are up to date with the generator", async () => {
  const fresh = mkdtempSync(join(tmpdir(), "kpi-samples-"));
  execFileSync(process.execPath, ["scripts/make-samples.mjs", fresh], { stdio: "ignore" });
  for (const file of SAMPLES)
    expect(await gridsOf(join(fresh, file))).toEqual(await gridsOf(join("samples", file)));
});

test("004: header summary, 30 indicators in blocks of four, #VALUE! as real error cells, the 現状値 layout", async () => {
  const [first, second] = await gridsOf("samples/004-atsugi-kpi.xlsx");
  expect(cells(first)).toEqual(
    expect.arrayContaining(["プラン全体", "36単位施策", "成果指標集計中等", "8単位施策"]),
  );
  const header = first.values.findIndex((row) => row[0] === "No.");
  expect(first.values[header]).toEqual(HEADER_004_1);
  expect(
    first.values
      .slice(header + 1)
      .filter((_, i) => i % 4 === 0)
      .map((row) => row[0]),
  ).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  const published = seeds.flatMap((kpi) => [...kpi.published_status, ...kpi.published_rate]);
  const errors = cells(first).filter((value) => isCellError(value) && value.error === "#VALUE!");
  expect(errors).toHaveLength(published.filter((text) => text === "#VALUE!").length);
  expect(cells(first)).toEqual(expect.arrayContaining(["1,600件", "集計中", "年度末に調査", "0人(中止)"]));
  expect(first.merges.length).toBe(30 * 5);
  expect(second.values[0]).toEqual([
    "単位施策",
    "成果指標",
    "現状値 (令和2年度)",
    "目標と実績",
    "令和3年度",
    "令和4年度",
    "令和5年度",
  ]);
  expect(second.values[1].slice(1, 3)).toEqual(["中小企業相談所の相談件数", "3,665件"]);
});

test("000: 目標値/実績値/達成率 blocks with a 累計 column", async () => {
  const [grid] = await gridsOf("samples/000-sagamihara-kpi.xlsx");
  const header = grid.values.find((row) => row.includes("累計"));
  expect(header).toEqual(["", "H28", "H29", "H30", "H31", "H32", "累計"]);
  expect(grid.values.find((row) => row[0] === "目標値")).toEqual(["目標値", 4, 7, 15, 25, 35, 86]);
});

test("002: the evaluation sheet's columns", async () => {
  const [grid] = await gridsOf("samples/002-sapporo-eval.xlsx");
  expect(grid.values).toContainEqual([
    "区分",
    "指標名",
    "令和2年度実績",
    "令和3年度予定",
    "令和3年度実績",
    "令和4年度予定",
  ]);
  expect(grid.values).toContainEqual([
    "成果指標1",
    "先端技術を活用しビジネス化が見込める新規事業創出件数(累計)",
    9,
    13,
    13,
    17,
  ]);
});

test("clean: rate and status formulas with cached results (a cached 0 included), no errors", async () => {
  const [grid] = await gridsOf("samples/clean-kpi.xlsx");
  expect(grid.formulas.flat().filter(Boolean).length).toBe(5 * 3 * 2);
  expect(cells(grid).some(isCellError)).toBe(false);
  const zeroRate = grid.values.findIndex(
    (row, r) => row[2] === "達成率" && grid.values[r - 3][1] === "他市からの立地件数",
  );
  expect(grid.values[zeroRate][3]).toBe(0);
});

test("a sample read from .xlsx into the fake reads back identically through the Office adapter", async () => {
  const grids = await gridsOf("samples/004-atsugi-kpi.xlsx");
  const fake = fakeFromGrids(grids);
  const port = new OfficeWorkbook(fake.portOptions());
  for (const grid of grids) expect(await port.readSheet(grid.sheet)).toEqual(grid);
  expect(fake.syncCount).toBe(grids.length);
});

test("fixing every #VALUE! of 004 and undoing it restores the sample exactly, through both adapters", async () => {
  const path = "samples/004-atsugi-kpi.xlsx";
  const grids = await gridsOf(path);
  const [table] = grids;
  const fixes = table.values.flatMap((row, r) =>
    row.flatMap((value, c) =>
      isCellError(value)
        ? [{ sheet: table.sheet, address: toA1(table.origin.row + r, table.origin.col + c), value: "集計中" }]
        : [],
    ),
  );
  const changes = { label: "エラーを修正", cells: fixes };

  const fake = fakeFromGrids(grids);
  const office = new OfficeWorkbook(fake.portOptions());
  const token = await office.apply(changes);
  expect(fake.syncCount).toBe(2);
  expect(cells(gridsFromFake(fake)[0]).some(isCellError)).toBe(false);
  await office.undo(token);
  expect(gridsFromFake(fake)).toEqual(grids);

  const file = await loadXlsxFile(path);
  const fileToken = await file.apply(changes);
  await file.undo(fileToken);
  const reread = await XlsxWorkbook.fromBuffer(await file.toBuffer());
  expect(await Promise.all(grids.map((grid) => reread.readSheet(grid.sheet)))).toEqual(grids);
});

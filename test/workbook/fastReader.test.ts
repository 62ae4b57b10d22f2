/**
 * The fast read-only reader (src/workbook/xlsx/fast) reads the grids ExcelJS's worksheetGrid reads, cell for
 * cell: on the samples, the templates, the benchmark's workbook, workbooks written here with every kind of
 * cell, random grids; and it leaves to ExcelJS what it does not read with certainty.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { kpiRows } from "../../bench/generate";
import { generateTemplateFile } from "../../src/cli/template";
import { TEMPLATE_IDS, type CellValue, type Grid } from "../../src/core";
import { isWorkbookError } from "../../src/workbook/errors";
import { DEFAULT_XLSX_LIMITS, STORE_SHEET, XlsxWorkbook } from "../../src/workbook/xlsx";
import { readFastWorkbook } from "../../src/workbook/xlsx/fast/fastWorkbook";
import { readXlsxGrids } from "../../src/workbook/xlsx/grids";
import { rezip } from "./helpers/zip";

const SHEET = "xl/worksheets/sheet1.xml";

async function viaExcelJS(data: Uint8Array): Promise<{ sheets: string[]; grids: Grid[] }> {
  const workbook = await XlsxWorkbook.fromBuffer(data);
  const sheets = await workbook.listSheets();
  return { sheets, grids: await Promise.all(sheets.map((sheet) => workbook.readSheet(sheet))) };
}

/** The fast reader reads the file itself (no fallback) and gets ExcelJS's sheets and grids. */
async function expectSameGrids(data: Uint8Array): Promise<void> {
  const fast = await readFastWorkbook(data, DEFAULT_XLSX_LIMITS);
  expect(fast).not.toBeNull();
  const expected = await viaExcelJS(data);
  expect(fast?.sheets).toEqual(expected.sheets);
  expect(expected.sheets.map((sheet) => fast?.grids.get(sheet))).toEqual(expected.grids);
}

async function bufferOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function sheetXml(rows: string, tail = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${tail}</worksheet>`;
}

async function oneSheet(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("評価").addRow(["成果指標", 1600]);
  return bufferOf(workbook);
}

const dir = mkdtempSync(path.join(tmpdir(), "kpi-fast-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each(readdirSync("samples").filter((name) => name.endsWith(".xlsx")))("sample %s", async (name) => {
  await expectSameGrids(readFileSync(path.join("samples", name)));
});

test.each(TEMPLATE_IDS.flatMap((id) => (["native", "kpi"] as const).map((style) => [id, style] as const)))(
  "template %s (%s formulas)",
  async (id, style) => {
    const file = path.join(dir, `${id}-${style}.xlsx`);
    await generateTemplateFile(id, { from: "R6", indicators: 3, style }, file);
    await expectSameGrids(readFileSync(file));
  },
);

test("the benchmark's workbook (small)", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("進捗管理表");
  for (const row of kpiRows(50))
    sheet.addRow(row.map((v) => (v !== null && typeof v === "object" ? { error: v.error } : v)));
  await expectSameGrids(await bufferOf(workbook));
});

test("every kind of cell ExcelJS writes, on several sheets, one hidden, and the add-in's store sheet", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("評価");
  sheet.getCell("A1").value = 3;
  sheet.getCell("A2").value = 4;
  sheet.getCell("A3").value = 5;
  sheet.getCell("B1").value = {
    formula: "A1*2",
    shareType: "shared",
    ref: "B1:B3",
    result: 6,
  } as ExcelJS.CellValue;
  sheet.getCell("B2").value = { sharedFormula: "B1", result: 8 } as ExcelJS.CellValue;
  sheet.getCell("B3").value = { sharedFormula: "B1" } as ExcelJS.CellValue;
  sheet.getCell("C1").value = {
    formula: "A1:A3*2",
    shareType: "array",
    ref: "C1:C3",
    result: 6,
  } as ExcelJS.CellValue;
  sheet.getCell("D1").value = { formula: "A1-A1", result: 0 };
  sheet.getCell("D2").value = { formula: "SUM(A1:A3)" } as ExcelJS.CellValue;
  sheet.getCell("D3").value = { formula: "A1>1", result: true };
  sheet.getCell("D4").value = { formula: "A1/0", result: { error: "#DIV/0!" } };
  sheet.getCell("D5").value = { formula: 'A1&"件"', result: "3件 & <b>" };
  sheet.getCell("D6").value = { formula: "TODAY()", result: new Date(Date.UTC(2024, 3, 1)) };
  sheet.getCell("D6").numFmt = "yyyy/m/d";
  sheet.getCell("E1").value = true;
  sheet.getCell("E2").value = false;
  sheet.getCell("E3").value = { error: "#N/A" };
  sheet.getCell("E4").value = { richText: [{ text: "集計", font: { bold: true } }, { text: "中" }] };
  sheet.getCell("E5").value = "a & b <c> _x000D_";
  sheet.getCell("F1").value = new Date(Date.UTC(2023, 2, 31, 12, 34, 56, 789));
  sheet.getCell("F1").numFmt = "yyyy/mm/dd hh:mm";
  sheet.getCell("F2").value = 45000.123456789;
  sheet.getCell("F2").numFmt = "yyyy/mm/dd";
  sheet.getCell("F3").value = 0.1234;
  sheet.getCell("F3").numFmt = "0.0%";
  sheet.getCell("F4").value = 1600;
  sheet.getCell("F4").numFmt = '#,##0"件"';
  sheet.getCell("F5").numFmt = "0.00";
  sheet.getCell("F6").value = 12;
  sheet.getCell("F6").numFmt = "General";
  sheet.getCell("F7").value = 1.5;
  sheet.getCell("F7").numFmt = "0.0\\%";
  sheet.getCell("G1").value = "見出し";
  sheet.getCell("H1").value = "消える";
  sheet.getCell("G2").numFmt = "0%";
  sheet.mergeCells("G1:H2");
  sheet.mergeCells("G4:G4");
  workbook.addWorksheet("空");
  workbook.addWorksheet("隠し", { state: "hidden" }).getCell("B2").value = "隠れた値";
  workbook.addWorksheet(STORE_SHEET, { state: "veryHidden" }).getCell("A1").value = "{}";
  await expectSameGrids(await bufferOf(workbook));
});

test("inline strings, inline rich text and str constants, as other writers store them", async () => {
  const rows =
    '<row r="2"><c r="B2" t="inlineStr"><is><t>目標 &amp; 実績</t></is></c>' +
    '<c r="C2" t="inlineStr"><is><r><rPr><b/></rPr><t>集計</t></r><r><t xml:space="preserve">中 _x0041_</t></r></is></c>' +
    '<c r="D2" t="str"><v>a &amp;amp; b</v></c><c r="E2" t="n"><v>1.5E3</v></c><c r="F2" t="b"><v>0</v></c></row>';
  await expectSameGrids(rezip(await oneSheet(), { [SHEET]: sheetXml(rows) }));
});

test("sheet data beyond the strict tokenizer (a comment, a character reference) is read by saxes, the same", async () => {
  const rows =
    '<row r="1"><!-- note --><c r="A1" t="inlineStr"><is><t>a&#10;b</t></is></c><c r="B1"><v>2</v></c></row>';
  await expectSameGrids(rezip(await oneSheet(), { [SHEET]: sheetXml(rows) }));
});

test("shared strings beyond the strict tokenizer, and phonetic runs, read the same", async () => {
  const strings =
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">' +
    "<!-- note --><si><t>a&#10;b</t></si>" +
    '<si><t>相模原</t><rPh sb="0" eb="3"><t>サガミハラ</t></rPh><phoneticPr fontId="1"/></si></sst>';
  const rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
  await expectSameGrids(
    rezip(await oneSheet(), { [SHEET]: sheetXml(rows), "xl/sharedStrings.xml": strings }),
  );
});

test("a formula without a cached result, and a shared formula whose dependent has its own text", async () => {
  const rows =
    '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1+1</f><v>3</v></c></row>' +
    '<row r="2"><c r="A2"><v>5</v></c><c r="B2"><f t="shared" si="0">A2+1</f><v>6</v></c><c r="C2"><f>A2*2</f></c></row>';
  await expectSameGrids(rezip(await oneSheet(), { [SHEET]: sheetXml(rows) }));
});

const cellArbitrary: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("集計中", "1,600件", "0.0%", "達成"),
  fc.boolean(),
  fc.constantFrom({ error: "#VALUE!" }, { error: "#N/A" }, { error: "#DIV/0!" }),
);

test("random small grids written by ExcelJS read the same both ways", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cellArbitrary, { maxLength: 6 }), { maxLength: 6 }),
      fc.array(fc.constantFrom(null, "0.0%", "yyyy/m/d", '#,##0"件"', "General"), {
        minLength: 36,
        maxLength: 36,
      }),
      fc.array(fc.constantFrom<"value" | "formula" | "cached0">("value", "formula", "cached0"), {
        minLength: 36,
        maxLength: 36,
      }),
      async (rows, formats, kinds) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("乱数");
        rows.forEach((row, r) =>
          row.forEach((value, c) => {
            const cell = sheet.getCell(r + 2, c + 2);
            const kind = kinds[r * 6 + c];
            const result = value === null ? undefined : (value as ExcelJS.CellFormulaValue["result"]);
            if (kind === "formula") cell.value = { formula: `A${r + 1}+1`, result } as ExcelJS.CellValue;
            else if (kind === "cached0") cell.value = { formula: "0*1", result: 0 };
            else cell.value = value as ExcelJS.CellValue;
            const format = formats[r * 6 + c];
            if (format !== null) cell.numFmt = format;
          }),
        );
        await expectSameGrids(await bufferOf(workbook));
      },
    ),
    { numRuns: 40 },
  );
});

describe("what the fast reader leaves to ExcelJS", () => {
  const cases: Record<string, (data: Uint8Array) => Uint8Array> = {
    hyperlinks: (data) =>
      rezip(data, {
        [SHEET]: sheetXml(
          '<row r="1"><c r="A1"><v>1</v></c></row>',
          '<hyperlinks><hyperlink ref="A1" location="A2"/></hyperlinks>',
        ),
      }),
    "a date cell (t=d)": (data) =>
      rezip(data, { [SHEET]: sheetXml('<row r="1"><c r="A1" t="d"><v>2024-04-01</v></c></row>') }),
    "a cell without an address": (data) =>
      rezip(data, { [SHEET]: sheetXml('<row r="1"><c><v>1</v></c></row>') }),
    "strict OOXML": (data) =>
      rezip(data, {
        [SHEET]: sheetXml("").replace(
          "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "http://purl.oclc.org/ooxml/spreadsheetml/main",
        ),
      }),
    "an external link": (data) => rezip(data, { "xl/externalLinks/externalLink1.xml": "<externalLink/>" }),
    "malformed XML": (data) =>
      rezip(data, { [SHEET]: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>' }),
    "overlapping merges": (data) =>
      rezip(data, {
        [SHEET]: sheetXml("", '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'),
      }),
  };

  test.each(Object.keys(cases))("%s", async (name) => {
    const data = cases[name](await oneSheet());
    expect(await readFastWorkbook(data, DEFAULT_XLSX_LIMITS)).toBeNull();
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, data);
    // Read through ExcelJS instead: the same grids, or the same typed error.
    const expected = await viaExcelJS(data).then(
      ({ grids }) => grids,
      (error: unknown) => (isWorkbookError(error) ? error.code : error),
    );
    const actual = await readXlsxGrids(file, []).catch((error: unknown) =>
      isWorkbookError(error) ? error.code : error,
    );
    expect(actual).toEqual(expected);
  });
});

test("a missing sheet is refused as the adapter refuses it, the store sheet too", async () => {
  const file = path.join(dir, "store.xlsx");
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("評価");
  workbook.addWorksheet(STORE_SHEET, { state: "veryHidden" });
  await workbook.xlsx.writeFile(file);
  for (const sheet of ["無い", STORE_SHEET])
    await expect(readXlsxGrids(file, [sheet])).rejects.toMatchObject({ code: "workbook.sheetNotFound" });
  expect((await readXlsxGrids(file, ["評価", "評価"])).map((grid) => grid.sheet)).toEqual(["評価"]);
});

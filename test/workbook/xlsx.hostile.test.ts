/**
 * Hostile and broken files end in a typed WorkbookError, quickly, without ExcelJS ever being asked to
 * hold them. Files are built here; limits are lowered where the default would make a slow test.
 */
import ExcelJS from "exceljs";
import type { WorkbookMessageCode } from "../../src/core/i18n/catalog/workbook";
import { isWorkbookError } from "../../src/workbook/errors";
import { DEFAULT_XLSX_LIMITS, loadXlsxFile, XlsxWorkbook, type XlsxLimits } from "../../src/workbook/xlsx";
import { rezip, zip } from "./helpers/zip";

const SHEET = "xl/worksheets/sheet1.xml";
const BOUND_MS = 5_000;

async function validXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("評価").addRow(["成果指標", "目標", "1,600件"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function sheetXml(rows: string, dimension = "A1:C1"): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${rows}</sheetData></worksheet>`;
}

/** A sheet part padded with `size` bytes of whitespace: compresses about a thousandfold. */
function paddedSheet(size: number): Uint8Array {
  const [head, tail] = sheetXml("|").split("|");
  return Buffer.concat([Buffer.from(head), Buffer.alloc(size, 0x20), Buffer.from(tail)]);
}

async function expectRefusal(
  data: Uint8Array,
  code: WorkbookMessageCode,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
) {
  const started = Date.now();
  const error = await XlsxWorkbook.fromBuffer(data, limits).catch((e: unknown) => e);
  expect(Date.now() - started).toBeLessThan(BOUND_MS);
  expect(isWorkbookError(error, code) ? error.code : error).toBe(code);
  // Every refusal carries a Japanese and an English message.
  if (isWorkbookError(error))
    expect([error.messageIn("ja"), error.messageIn("en")].every((m) => m.length > 0)).toBe(true);
}

test("the untouched valid file loads (control)", async () => {
  const workbook = await XlsxWorkbook.fromBuffer(await validXlsx());
  expect(await workbook.listSheets()).toEqual(["評価"]);
});

test("a file larger than the limit", async () => {
  await expectRefusal(await validXlsx(), "workbook.fileTooLarge", {
    ...DEFAULT_XLSX_LIMITS,
    maxFileBytes: 1_000,
  });
});

test("a zip bomb that declares its size", async () => {
  const bomb = rezip(await validXlsx(), { [SHEET]: paddedSheet(400 * 1024 * 1024) });
  expect(bomb.length).toBeLessThan(DEFAULT_XLSX_LIMITS.maxFileBytes);
  await expectRefusal(bomb, "workbook.uncompressedTooLarge");
});

test("a zip bomb that lies about its size is stopped while inflating", async () => {
  const limits = { ...DEFAULT_XLSX_LIMITS, maxUncompressedBytes: 10 * 1024 * 1024 };
  const bomb = rezip(await validXlsx(), { [SHEET]: paddedSheet(64 * 1024 * 1024) }, { [SHEET]: 1_000 });
  await expectRefusal(bomb, "workbook.uncompressedTooLarge", limits);
});

test("a sheet claiming 1,048,576 × 16,384 cells", async () => {
  const claim = rezip(await validXlsx(), {
    [SHEET]: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', "A1:XFD1048576"),
  });
  await expectRefusal(claim, "workbook.tooManyCells");
});

test("more cells present than allowed, whatever the dimension says", async () => {
  const row = (r: number) =>
    `<row r="${r}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r}"><v>1</v></c>`).join("")}</row>`;
  const many = rezip(await validXlsx(), {
    [SHEET]: sheetXml(Array.from({ length: 2_000 }, (_, r) => row(r + 1)).join("")),
  });
  await expectRefusal(many, "workbook.tooManyCells", { ...DEFAULT_XLSX_LIMITS, maxCells: 10_000 });
});

test("huge shared strings", async () => {
  const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<si><t>集計中</t></si>".repeat(200_000)}</sst>`;
  const huge = rezip(await validXlsx(), { "xl/sharedStrings.xml": strings });
  await expectRefusal(huge, "workbook.sharedStringsTooLarge", {
    ...DEFAULT_XLSX_LIMITS,
    maxSharedStringsBytes: 1024 * 1024,
  });
});

test("malformed XML in a sheet", async () => {
  const broken = rezip(await validXlsx(), {
    [SHEET]: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>',
  });
  await expectRefusal(broken, "workbook.malformedXml");
});

test("a part that is not XML at all", async () => {
  await expectRefusal(rezip(await validXlsx(), { [SHEET]: "\u0000\u0001garbage" }), "workbook.malformedXml");
});

test("a password-protected workbook (an encrypted package inside a CFB container)", async () => {
  const cfb = new Uint8Array(4096);
  cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const stream = new Uint8Array(Buffer.from("EncryptionInfo", "utf16le"));
  cfb.set(stream, 1024);
  await expectRefusal(cfb, "workbook.passwordProtected");
});

test("a legacy .xls (CFB without an encrypted package) is not an .xlsx", async () => {
  const xls = new Uint8Array(4096);
  xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await expectRefusal(xls, "workbook.notXlsx");
});

test("not a workbook: text, and a zip without xl/workbook.xml", async () => {
  await expectRefusal(new TextEncoder().encode("No.,成果指標\n1,相談件数\n"), "workbook.notXlsx");
  await expectRefusal(
    zip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<w/>" },
    ]),
    "workbook.notXlsx",
  );
});

test("a truncated file", async () => {
  const whole = await validXlsx();
  await expectRefusal(whole.subarray(0, Math.floor(whole.length / 2)), "workbook.corrupt");
});

test("a missing file, a directory and an oversized file on disk are typed errors, checked before reading", async () => {
  await expect(loadXlsxFile("no/such/file.xlsx")).rejects.toMatchObject({
    code: "workbook.fileNotFound",
    params: { path: "no/such/file.xlsx" },
  });
  await expect(loadXlsxFile("samples")).rejects.toMatchObject({ code: "workbook.isDirectory" });
  const small = { ...DEFAULT_XLSX_LIMITS, maxFileBytes: 100 };
  await expect(loadXlsxFile("samples/clean-kpi.xlsx", small)).rejects.toMatchObject({
    code: "workbook.fileTooLarge",
  });
});

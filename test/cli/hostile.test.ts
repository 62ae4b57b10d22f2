/**
 * Hostile and broken files given to kpi-check end in exit code 2 with one line each on stderr and an
 * error entry in the JSON, within bounded time, while a good file of the same run is still checked.
 * The files are built with the workbook tests' zip builder, at the CLI's default limits.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { FileReport } from "../../src/cli/report";
import { DEFAULT_XLSX_LIMITS } from "../../src/workbook/xlsx";
import { rezip } from "../workbook/helpers/zip";
import { kpiCheck, SAMPLES } from "./support/kpiCheck";

const SHEET = "xl/worksheets/sheet1.xml";
/** Generous for a loaded machine: the lying bomb alone inflates up to the 300 MB limit. */
const BOUND_MS = 30_000;
const dir = mkdtempSync(join(tmpdir(), "kpi-check-hostile-"));

function sheetXml(rows: string, dimension = "A1:C1"): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${rows}</sheetData></worksheet>`;
}

async function validXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("評価").addRow(["成果指標", "目標", "1,600件"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Hostile files by name, with the error code each must end in. */
async function hostileFiles(): Promise<{ name: string; data: Uint8Array; code: string }[]> {
  const valid = await validXlsx();
  const limits = DEFAULT_XLSX_LIMITS;
  const padded = (size: number) => {
    const [head, tail] = sheetXml("|").split("|");
    return Buffer.concat([Buffer.from(head), Buffer.alloc(size, 0x20), Buffer.from(tail)]);
  };
  const cfb = new Uint8Array(4096);
  cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  cfb.set(new Uint8Array(Buffer.from("EncryptionInfo", "utf16le")), 1024);
  const strings = Buffer.alloc(limits.maxSharedStringsBytes + 1024, "<si><t>集計中</t></si>");
  return [
    {
      name: "declared-bomb.xlsx",
      data: rezip(valid, { [SHEET]: "<worksheet/>" }, { [SHEET]: limits.maxUncompressedBytes + 1 }),
      code: "workbook.uncompressedTooLarge",
    },
    {
      name: "lying-bomb.xlsx",
      data: rezip(valid, { [SHEET]: padded(limits.maxUncompressedBytes + 1024) }, { [SHEET]: 1_000 }),
      code: "workbook.uncompressedTooLarge",
    },
    {
      name: "all-cells.xlsx",
      data: rezip(valid, { [SHEET]: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', "A1:XFD1048576") }),
      code: "workbook.tooManyCells",
    },
    {
      name: "malformed.xlsx",
      data: rezip(valid, { [SHEET]: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>' }),
      code: "workbook.malformedXml",
    },
    {
      name: "shared-strings.xlsx",
      data: rezip(valid, {
        "xl/sharedStrings.xml": Buffer.concat([Buffer.from("<sst>"), strings, Buffer.from("</sst>")]),
      }),
      code: "workbook.sharedStringsTooLarge",
    },
    { name: "password.xlsx", data: cfb, code: "workbook.passwordProtected" },
    {
      name: "truncated.xlsx",
      data: valid.subarray(0, Math.floor(valid.length / 2)),
      code: "workbook.corrupt",
    },
  ];
}

test("every hostile file ends in exit 2 with its reason, quickly, and the good file is still checked", async () => {
  const files = await hostileFiles();
  for (const file of files) writeFileSync(join(dir, file.name), file.data);
  const good = join(SAMPLES, "000-sagamihara-kpi.xlsx");
  const paths = [...files.map((file) => join(dir, file.name)), good];

  const run = await kpiCheck(["--json", ...paths]);

  expect(run.ms).toBeLessThan(BOUND_MS);
  expect(run.code).toBe(2);
  const reports = (JSON.parse(run.stdout) as { files: FileReport[] }).files;
  expect(reports.map((r) => ("error" in r ? r.error.code : "checked"))).toEqual([
    ...files.map((file) => file.code),
    "checked",
  ]);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(files.length);
  lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^kpi-check: .*${files[i].name}: \\S.+$`)));
});

test("a file that is not a workbook, in human mode: exit 2, nothing on stdout, its reason on one line of stderr", async () => {
  const path = join(dir, "notes.xlsx");
  writeFileSync(path, "No.,成果指標\n1,相談件数\n");
  const run = await kpiCheck([path, "--lang", "en"]);
  expect([run.code, run.stdout]).toEqual([2, ""]);
  expect(run.stderr).toMatch(/^kpi-check: .*notes\.xlsx: [^\n]*not an Excel workbook[^\n]*\n$/);
});

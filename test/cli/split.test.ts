/**
 * kpi-check split keeps each block's merged cells, data validations and conditional formats on the rows
 * the block moves to; those of other departments' blocks are not carried into the part.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kpiCheck } from "./support/kpiCheck";

const SHEET = "進捗管理表";
const DEPTS = ["産業振興課", "観光課"];
/** Six indicators of four rows each from row 2, alternating departments. */
const IDS = [1, 2, 3, 4, 5, 6];
const top = (id: number) => 2 + 4 * (id - 1);
const deptOf = (id: number) => DEPTS[(id - 1) % 2];

/** The ExcelJS members its type declarations omit (as src/workbook/xlsx/formatting.ts reads them). */
interface Internals {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}
const internals = (sheet: ExcelJS.Worksheet) => sheet as unknown as Internals;

async function writeMaster(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(SHEET);
  sheet.addRow(["No.", "指標名", "担当課", "", "R5", "R6"]);
  for (const id of IDS) {
    sheet.addRow([id, `指標${id}`, deptOf(id), "目標", 100 + id, 110 + id]);
    sheet.addRow([null, null, null, "実績", 90 + id, null]);
    sheet.addRow([null, null, null, "達成率", null, null]);
    sheet.addRow([null, null, null, "結果", null, null]);
    const t = top(id);
    // Each block's No., name and department merged down its four rows, as 進捗管理表 are laid out.
    for (const col of ["A", "B", "C"]) sheet.mergeCells(`${col}${t}:${col}${t + 3}`);
    // The 結果 row takes a list; each block's own 結果 cells, as Excel stores them.
    for (const col of ["E", "F"])
      sheet.getCell(`${col}${t + 3}`).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"達成,未達成,${id}"`],
      };
  }
  const last = top(IDS.length) + 3;
  // One rule over the whole 結果/実績 area, relative to its first cell.
  sheet.addConditionalFormatting({
    ref: `E2:F${last}`,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ['E2="未達成"'],
        style: { font: { color: { argb: "FFC00000" } } },
      },
    ],
  });
  // One rule on a single block (No.3 only).
  sheet.addConditionalFormatting({
    ref: `E${top(3)}:F${top(3)}`,
    rules: [{ type: "expression", priority: 2, formulae: [`E${top(3)}>100`], style: {} }],
  });
  await book.xlsx.writeFile(path);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kpi-split-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("merges, validations and conditional formats follow their blocks to their new rows", async () => {
  const master = join(dir, "master.xlsx");
  await writeMaster(master);
  const parts = join(dir, "parts");
  const run = await kpiCheck(["split", master, "--by", "担当課", "-o", parts]);
  expect(run.code).toBe(0);

  for (const dept of DEPTS) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(parts, `${dept}.xlsx`));
    const sheet = book.getWorksheet(SHEET)!;
    const own = IDS.filter((id) => deptOf(id) === dept);
    // Where each of the part's blocks lands: right under the header, in order.
    const landed = new Map(own.map((id, i) => [id, 2 + 4 * i]));

    const expectedMerges = own.flatMap((id) =>
      ["A", "B", "C"].map((col) => `${col}${landed.get(id)}:${col}${landed.get(id)! + 3}`),
    );
    expect([...sheet.model.merges].sort()).toEqual(expectedMerges.sort());

    const validations = internals(sheet).dataValidations.model;
    const listed = Object.entries(validations)
      .filter(([, v]) => v !== undefined)
      .map(([address, v]) => [address, v!.formulae[0]]);
    expect(listed.sort()).toEqual(
      own
        .flatMap((id) => ["E", "F"].map((col) => [`${col}${landed.get(id)! + 3}`, `"達成,未達成,${id}"`]))
        .sort(),
    );

    const formats = internals(sheet).conditionalFormattings.map((cf) => [
      cf.ref,
      (cf.rules[0] as { formulae: string[] }).formulae[0],
    ]);
    // The whole-area rule: the header row is outside it, so one piece over the blocks, read from E2.
    const last = 1 + 4 * own.length;
    const expected: string[][] = [[`E2:F${last}`, 'E2="未達成"']];
    if (own.includes(3)) expected.push([`E${landed.get(3)}:F${landed.get(3)}`, `E${landed.get(3)}>100`]);
    expect(formats.sort()).toEqual(expected.sort());
  }
}, 60_000);

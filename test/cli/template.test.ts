import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { generateTemplateFile } from "../../src/cli/template";
import { parseA1 } from "../../src/core";
import { planTemplate, TemplateError } from "../../src/core/templates";
import { loadXlsxFile } from "../../src/workbook/xlsx";

const dir = mkdtempSync(join(tmpdir(), "kpi-template-cli-"));
const params = { from: "R6", years: 3, indicators: 4, projectedYear: "R8" };

describe("generateTemplateFile", () => {
  const out = join(dir, "progress.xlsx");
  const plan = planTemplate("progress", params);

  beforeAll(async () => {
    await expect(generateTemplateFile("progress", params, out)).resolves.toEqual({
      path: out,
      sheet: "進捗管理表",
      indicators: 4,
    });
  });

  it("writes a workbook whose one visible sheet holds the template's values and formulas", async () => {
    const workbook = await loadXlsxFile(out);
    expect(await workbook.listSheets()).toEqual(["進捗管理表"]);
    const grid = await workbook.readSheet("進捗管理表");
    for (const change of plan.changes.cells ?? []) {
      const at = parseA1(change.address);
      if (at === null) throw new Error(change.address);
      const [row, col] = [at.row - grid.origin.row, at.col - grid.origin.col];
      if (change.formula !== undefined)
        expect([change.address, grid.formulas[row][col]]).toEqual([change.address, change.formula]);
      else if (change.value !== undefined)
        expect([change.address, grid.values[row][col]]).toEqual([change.address, change.value]);
    }
  });

  it("carries the validations, band formats, freeze panes, print setup and the table's name into the file", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("進捗管理表");
    const layout = plan.changes.layouts?.[0];
    expect(sheet?.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      printTitlesRow: layout?.print?.titleRows?.replace(/\$/g, ""),
    });
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: layout?.freeze?.rows, xSplit: 5 });
    const target = plan.indicators[0].periods[0].target ?? "";
    expect(sheet?.getCell(target).dataValidation).toMatchObject({
      type: "custom",
      prompt: expect.stringContaining("集計中"),
    });
    expect(sheet?.getCell(plan.indicators[0].periods[1].status ?? "").dataValidation).toMatchObject({
      type: "list",
    });
    expect(workbook.definedNames.getRanges("KPI_PROGRESS_進捗管理表").ranges).toEqual([
      `'進捗管理表'!${layout?.names?.[0].address}`,
    ]);
    expect(sheet?.getColumn("D").width).toBe(30);
    // ExcelJS keeps the conditional formats on the worksheet without declaring them in its types.
    const formats = (sheet as unknown as { conditionalFormattings: { rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(formats.flatMap((f) => f.rules)).toHaveLength(plan.changes.conditionalFormats?.length ?? -1);
    expect(sheet?.getCell(target).numFmt).toBe("#,##0");
  });

  it("refuses unusable parameters before writing anything", async () => {
    const refused = join(dir, "refused.xlsx");
    await expect(generateTemplateFile("progress", { from: "来年度" }, refused)).rejects.toBeInstanceOf(
      TemplateError,
    );
    await expect(generateTemplateFile("budget", params, refused)).rejects.toThrow(/budget/);
    expect(existsSync(refused)).toBe(false);
  });
});

/**
 * `kpi-check template <id> … -o OUT.xlsx`: writes a new workbook holding one generated template sheet.
 * The sheet is the same change set the task pane applies (core `buildTemplate`), written through the
 * .xlsx adapter of the workbook port.
 */
import { planTemplate, type TemplateParams } from "../core";
import { XlsxWorkbook } from "../workbook/xlsx";
import { writeFileSafely } from "../workbook/xlsx/safeWrite";
import { verifyPackage } from "../workbook/xlsx/surgical";

export interface GeneratedTemplate {
  readonly path: string;
  readonly sheet: string;
  readonly indicators: number;
}

/**
 * Builds template `id` with `params` and saves it as a new .xlsx at `outPath` (ExcelJS writes new files;
 * an existing file is replaced only with `force`). Throws `TemplateError` or `WorkbookError`.
 */
export async function generateTemplateFile(
  id: string,
  params: TemplateParams,
  outPath: string,
  { force = false }: { force?: boolean } = {},
): Promise<GeneratedTemplate> {
  const plan = planTemplate(id, params);
  const workbook = XlsxWorkbook.create([]);
  await workbook.apply(plan.changes);
  const bytes = await workbook.toBuffer();
  await writeFileSafely(outPath, bytes, { force, verify: (back) => verifyPackage(back) });
  return { path: outPath, sheet: plan.params.sheet, indicators: plan.indicators.length };
}

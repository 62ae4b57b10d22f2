/**
 * `kpi-check template <id> … -o OUT.xlsx`: the command-line face of the template generator
 * (./template.ts). Without `--from` the sheet starts with the current fiscal year. Status bands come
 * from `--settings` like the checks' (so a generated sheet and the checker agree); parameters are
 * checked by core, which refuses with a `TemplateError`.
 */
import { dirname } from "node:path";
import { message } from "../core";
import type { TemplateCommand } from "./args";
import { loadSettings } from "./settings";
import { assertWritable, ensureFolder } from "../workbook/xlsx/safeWrite";

/** The fiscal year (April to March) of `now`, as a western year: the default first year of a template. */
export function currentFiscalYear(now: Date = new Date()): number {
  return now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
}

/** Generates the file and returns the line to print. Throws `TemplateError`, `WorkbookError` or `CliError`. */
export async function runTemplate(command: TemplateCommand): Promise<string> {
  const { bands, banding } = await loadSettings(command.settings);
  await ensureFolder(dirname(command.output));
  // Refused before anything is generated; checked again when the file is moved into place.
  await assertWritable(command.output, command.force);
  // ExcelJS (through ./template) is loaded only for this command, not whenever kpi-check starts.
  const { generateTemplateFile } = await import("./template");
  const written = await generateTemplateFile(
    command.id,
    {
      from: command.from ?? currentFiscalYear(),
      years: command.years,
      indicators: command.indicators,
      style: command.style,
      projectedYear: command.projected,
      bands,
      banding,
    },
    command.output,
    { force: command.force },
  );
  return `${message("cli.template.written", command.lang, { ...written })}\n`;
}

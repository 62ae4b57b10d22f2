/**
 * `--layout FILE` and the reading saved in a workbook: read and validated by core's one reader of
 * readings (`readLayoutText`, the settings schema's rules), then held against the sheets read
 * (`layoutProblems`: a sheet that is not there, a range outside the sheet…). A reading that cannot be
 * read or does not fit is refused (exit code 2) naming the key, never silently replaced by detection.
 */
import { readFile, stat } from "node:fs/promises";
import {
  describeSettingsProblems,
  layoutProblems,
  LAYOUT_ROOT,
  readLayoutText,
  type Grid,
  type KpiLayout,
  type SettingsProblem,
} from "../core";
import { readLayoutPart } from "../workbook/xlsx/customXml";
import { CliError } from "./failure";

/** A reading is a few tables; anything larger is not a reading file. */
const MAX_LAYOUT_BYTES = 1024 * 1024;

function refused(path: string, problems: readonly SettingsProblem[]): CliError {
  const [first] = problems;
  if (first.code === "settings.not-json") return new CliError("cli.error.layout", { path, ...first.params });
  const problemsJa = describeSettingsProblems(problems, "ja");
  const problemsEn = describeSettingsProblems(problems, "en");
  return new CliError("cli.error.layoutInvalid", { path, problemsJa, problemsEn });
}

function parsed(text: string, path: string): KpiLayout {
  const reading = readLayoutText(text);
  if (!reading.ok) throw refused(path, reading.problems);
  return reading.layout;
}

/** The reading file of `--layout`, validated for shape (the sheets are checked file by file). */
export async function loadLayoutFile(path: string | null): Promise<KpiLayout | null> {
  if (path === null) return null;
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_LAYOUT_BYTES) throw new Error(`${size} bytes > ${MAX_LAYOUT_BYTES}`);
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = (error as { code?: string }).code ?? (error as Error).message;
    throw new CliError("cli.error.layout", { path, reason });
  }
  return parsed(text, path);
}

/** Where a reading came from, to name it when it is refused. */
export interface GivenLayout {
  readonly layout: KpiLayout;
  readonly path: string;
}

/**
 * The reading a file is checked with: `--layout`'s, else the one saved in the workbook, with only the
 * tables of the sheets read; `null` when there is none. Throws a `CliError` when it contradicts the sheets.
 */
export function layoutFor(
  given: GivenLayout | null,
  data: Uint8Array,
  file: string,
  sheets: readonly string[],
  grids: readonly Grid[],
): KpiLayout | null {
  let source = given;
  if (source === null) {
    const stored = readLayoutPart(data);
    if (stored === null) return null;
    const path = `${file} (customXml ${LAYOUT_ROOT})`;
    source = { layout: parsed(stored, path), path };
  }
  const tables = source.layout.tables.filter((t) => sheets.length === 0 || sheets.includes(t.sheet));
  const layout: KpiLayout = { version: 1, tables };
  const problems = layoutProblems(layout, grids);
  if (problems.length > 0) throw refused(source.path, problems);
  return layout;
}

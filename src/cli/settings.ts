/**
 * `--settings FILE`: check settings from a JSON file, read and validated by core's one settings reader
 * (`readCheckSettingsText`: a UTF-8 BOM is allowed; an unknown key, a wrong type, unsorted thresholds…
 * are refused naming the key). A file that cannot be read, is not JSON or is not valid is refused (exit
 * code 2), so that a typo never silently checks with the defaults.
 */
import { readFile, stat } from "node:fs/promises";
import { describeSettingsProblems, readCheckSettingsText, withDefaults, type CheckSettings } from "../core";
import { CliError } from "./failure";

/** Settings are a few keys; anything larger is not a settings file. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

export async function loadSettings(path: string | null): Promise<CheckSettings> {
  if (path === null) return withDefaults({});
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_SETTINGS_BYTES) throw new Error(`${size} bytes > ${MAX_SETTINGS_BYTES}`);
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = (error as { code?: string }).code ?? (error as Error).message;
    throw new CliError("cli.error.settings", { path, reason });
  }
  const reading = readCheckSettingsText(text);
  if (reading.ok) return reading.settings;
  const [first] = reading.problems;
  if (first.code === "settings.not-json") throw new CliError("cli.error.settings", { path, ...first.params });
  const problemsJa = describeSettingsProblems(reading.problems, "ja");
  const problemsEn = describeSettingsProblems(reading.problems, "en");
  throw new CliError("cli.error.settingsInvalid", { path, problemsJa, problemsEn });
}

/**
 * `--settings FILE`: check settings from a JSON file, resolved by core's `withDefaults` (a key of the
 * wrong shape keeps its default). A file that cannot be read or is not JSON is refused (exit code 2),
 * so that a typo in the path never silently checks with the defaults.
 */
import { readFile, stat } from "node:fs/promises";
import { withDefaults, type CheckSettings } from "../core";
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
  try {
    return withDefaults(JSON.parse(text) as unknown);
  } catch (error) {
    throw new CliError("cli.error.settings", { path, reason: (error as Error).message });
  }
}

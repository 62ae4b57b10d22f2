/**
 * Formulas that call the add-in's own functions (=KPI.RATE…), written so that Excel recognises them.
 *
 * Once localised function names are active (our default ja-JP metadata gives 達成率, 達成判定…), a formula
 * written through `range.formulas` with the English names shows #NAME? (office-js issue 891, "Translated
 * custom functions cannot be added through Excel API"). `range.formulasLocal` takes a formula "in the user's
 * language" (learn.microsoft.com/javascript/api/excel/excel.range#formulaslocal), and a custom function's
 * user-facing name is its localised `name` (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming).
 * So: in English, `formulas` with the English names; in Japanese, `formulasLocal` with the Japanese names
 * (Japanese Excel keeps English names, commas and periods for its built-in functions, so nothing else in the
 * formula changes); in any other display language the separators and names cannot be vouched for, and a
 * change set with such formulas is refused before anything is written. Native formulas (the default
 * template style) are never affected. This follows the documentation; it is on the README's first-run list.
 */
import { WorkbookError } from "../errors";

/** What the host shows: its display language and our functions' localised names (id → name) for it. */
export interface FunctionNaming {
  displayLanguage: string;
  /** Japanese names by id (src/core/i18n/functions-ja.json); empty when unknown. */
  localizedNames: Readonly<Record<string, string>>;
}

/** How to write formulas: through `formulasLocal` with a translation, or through `formulas` as they are. */
export type FormulaWriting = { local: false } | { local: true; translate(formula: string): string };

const NAMESPACE = "KPI";
const CALL = new RegExp(`(?<![\\w.])${NAMESPACE}\\.([A-Za-z][A-Za-z0-9_.]*)(?=\\s*\\()`, "g");

/** The ids of our functions a formula calls. */
function calledIds(formula: string): string[] {
  return [...formula.matchAll(CALL)].map((match) => match[1].toUpperCase());
}

/** Decides how the given formulas are written; throws `workbook.localizedFunctions` when no way is vouched for. */
export function formulaWriting(formulas: readonly string[], naming: FunctionNaming): FormulaWriting {
  const ids = new Set(formulas.flatMap(calledIds));
  const language = naming.displayLanguage.toLowerCase();
  if (ids.size === 0 || language.startsWith("en")) return { local: false };
  const known = [...ids].every((id) => naming.localizedNames[id] !== undefined);
  if (!language.startsWith("ja") || !known)
    throw new WorkbookError("workbook.localizedFunctions", { language: naming.displayLanguage });
  return {
    local: true,
    translate: (formula) =>
      formula.replace(CALL, (call, id: string) => {
        const name = naming.localizedNames[id.toUpperCase()];
        return name === undefined ? call : `${NAMESPACE}.${name}`;
      }),
  };
}

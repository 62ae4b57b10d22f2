/*
 * What the build adds to and checks in the generated functions metadata (functions.json and functions-ja.json),
 * because custom-functions-metadata-plugin neither writes the top-level options nor enforces Excel's naming rules.
 *
 * Options (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json, "allowErrorForDataTypeAny"
 * and "allowCustomDataForDataTypeAny"; https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors):
 * - allowErrorForDataTypeAny: without it Excel never calls a function whose `any` argument holds an error cell and
 *   shows that error for the whole call, so one #N/A in D5:F500 would replace the whole spill. With it, the error
 *   cells arrive as values and src/functions/vectorize.ts gives each position its own result.
 * - allowCustomDataForDataTypeAny: entity and linked data type cells arrive as their JSON cell values; the
 *   functions read an entity's display text and a formatted number's number (src/functions/cell.ts) and say
 *   plainly that other data types (images…) cannot be read.
 *
 * Naming rules (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming): an id and a name
 * start with a letter and have at least three characters; an id uses only A–Z, 0–9, underscore and period; a
 * name letters (any script), digits, underscore and period; neither may read as a cell reference (A1…XFD1048576,
 * R1C1…). A name that breaks them fails the build.
 */

const METADATA_OPTIONS = { allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true };

const ID = /^[A-Za-z][A-Za-z0-9_.]{2,}$/;
const NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
const A1_REFERENCE = /^[A-Za-z]{1,3}[0-9]+$/;
const R1C1_REFERENCE = /^R[0-9]*C[0-9]*$/i;

/** The metadata with the top-level options set (first, as in Microsoft's examples). */
function withOptions(metadata) {
  return { ...METADATA_OPTIONS, ...metadata, ...METADATA_OPTIONS };
}

function looksLikeReference(text) {
  return A1_REFERENCE.test(text) || R1C1_REFERENCE.test(text);
}

/** One line per function id or name in `metadata` (labelled `file`) that breaks Excel's naming rules. */
function namingProblems(metadata, file) {
  const problems = [];
  for (const fn of metadata.functions) {
    if (!ID.test(fn.id))
      problems.push(
        `${file}: id "${fn.id}" must start with a letter, have at least 3 characters and use only A-Z, 0-9, _ and .`,
      );
    if (!NAME.test(fn.name || ""))
      problems.push(
        `${file}: name "${fn.name}" of ${fn.id} must start with a letter, have at least 3 characters and use only letters, digits, _ and .`,
      );
    for (const text of [fn.id, fn.name])
      if (text && looksLikeReference(text)) problems.push(`${file}: "${text}" reads as a cell reference`);
  }
  return problems;
}

module.exports = { METADATA_OPTIONS, withOptions, namingProblems };

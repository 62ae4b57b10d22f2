/** Excel's error values, as cells show them and as they arrive as text (`"#VALUE!"` in a CSV or a transcript). */

/** The errors a calculation gives, from the oldest (`#NULL!` … `#N/A`) to those of dynamic arrays. */
export const CALCULATION_ERROR_CODES: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

/** The errors of linked data types, connections and services. */
const DATA_ERROR_CODES: readonly string[] = ["#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"];

/** Every error value Excel has. */
export const EXCEL_ERROR_CODES: readonly string[] = [...CALCULATION_ERROR_CODES, ...DATA_ERROR_CODES];

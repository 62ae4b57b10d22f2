/** KPI.FISCALYEAR and KPI.WAREKI: fiscal years as officials write them (`R5`, `令和5年度`, `H28`, `2016 (28) 年度`). */
import { formatFiscalYear, parseFiscalYear, type FiscalYearError } from "../core";
import { isBlank, type Cell } from "./cell";
import { failure, isFailure, type Outcome } from "./errors";
import { cellText, styleOption } from "./options";

function fiscalYearFailure(cell: Cell, error: FiscalYearError): Outcome {
  return failure(`year.${error.code}`, { text: cellText(cell) });
}

/** KPI.FISCALYEAR for one cell: the western year a fiscal year starts in (`R5` → 2023); blank stays blank. */
export function fiscalYearCell(label: Cell): Outcome {
  if (isBlank(label)) return "";
  const parsed = parseFiscalYear(label);
  return parsed.ok ? parsed.year : fiscalYearFailure(label, parsed);
}

/** KPI.WAREKI for one cell: `令和5年度`, `R5` (short) or `2023年度` (western); blank stays blank. */
export function warekiCell(year: Cell, style: Cell): Outcome {
  const how = styleOption(style);
  if (isFailure(how)) return how;
  if (isBlank(year)) return "";
  const parsed = parseFiscalYear(year);
  return parsed.ok ? formatFiscalYear(parsed.year, how) : fiscalYearFailure(year, parsed);
}

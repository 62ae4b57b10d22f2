/**
 * What a function shows for a cell that holds no number: a pending value shows the engine's status for it
 * (集計中; `-` for a dash) so that SUM and AVERAGE skip it and a printed table shows no error; an error
 * text (`#VALUE!` typed into a cell) is that error; anything else is `#VALUE!` quoting the text.
 */
import { classifyStatus, type ErrorValue, type InvalidValue, type PendingRate } from "../core";
import { excelError, failure, type Outcome } from "./errors";

/** 集計中, or `-` when the pending cell holds a dash. */
export function pendingLabel(pending: PendingRate): string {
  return classifyStatus(pending).label;
}

export function noNumberOutcome(parsed: PendingRate | ErrorValue | InvalidValue): Outcome {
  if (parsed.kind === "pending") return pendingLabel(parsed);
  if (parsed.kind === "error") return excelError(parsed.code);
  return failure(`value.${parsed.code}`, { text: parsed.text });
}

/** Dates as Excel serial numbers (days since 1899-12-30, UTC), as Office.js reports date cells. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

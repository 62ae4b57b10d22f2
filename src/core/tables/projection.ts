/**
 * Which periods are projected (見込値), from notes in the sheet such as 004's `R3・4は確定値。R5は見込値。`:
 * a short sentence that ends in 見込値 / 見込み names the projected years. Years are read by core's
 * `parseFiscalYear`; a long comment that merely mentions 見込み names nothing.
 */
import { parseFiscalYear } from "../era";
import { toHalfWidth } from "../text";
import type { KpiTable } from "./model";
import type { SheetReader } from "./sheet-reader";

const PROJECTED_ENDINGS = ["見込値", "見込み値", "見込み", "見込", "は見込値です", "は見込みです"];
/** The stem every ending shares: a cell without it names no projected year (most cells, skipped unread). */
const PROJECTED_WORD = "見込";
const MAX_SENTENCE_LENGTH = 24;
const SENTENCE_END = /[。.\n]/;
const TOKEN_BREAK = /[\s、,・。:：()（）…は]+/;

function yearsInSentence(sentence: string): number[] {
  const years: number[] = [];
  for (const token of sentence.split(TOKEN_BREAK)) {
    if (token === "") continue;
    const year = parseFiscalYear(token);
    if (year.ok) years.push(year.year);
  }
  return years;
}

/** Fiscal years a note names as projected. */
export function projectedYearsInNote(text: string): number[] {
  if (!text.includes(PROJECTED_WORD)) return [];
  const years: number[] = [];
  for (const raw of toHalfWidth(text).split(SENTENCE_END)) {
    const sentence = raw.trim();
    if (sentence.length > MAX_SENTENCE_LENGTH) continue;
    if (!PROJECTED_ENDINGS.some((ending) => sentence.endsWith(ending))) continue;
    years.push(...yearsInSentence(sentence));
  }
  return years;
}

/** Every projected year named by a note in the sheet. */
export function projectedYearsOfSheet(reader: SheetReader): Set<number> {
  const years = new Set<number>();
  for (let r = 0; r < reader.rowCount; r++) {
    const row = reader.rowValues(r);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || !v.includes(PROJECTED_WORD)) continue;
      const text = v.trim();
      if (text.length > 400) continue;
      for (const year of projectedYearsInNote(text)) years.add(year);
    }
  }
  return years;
}

/** Marks the periods of these years projected in every table. */
export function markProjected(tables: readonly KpiTable[], years: ReadonlySet<number>): void {
  if (years.size === 0) return;
  for (const table of tables) {
    for (const indicator of table.indicators) {
      for (const period of indicator.periods)
        if (period.fiscalYear !== null && years.has(period.fiscalYear)) period.projected = true;
    }
  }
}

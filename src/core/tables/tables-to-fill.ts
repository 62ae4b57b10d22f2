/**
 * Tables to fill: a table whose header already names the roles and the periods but whose value cells are
 * still empty (a generated template, a form handed out before the year's figures exist). Its empty rows
 * are slots, kept apart from the indicators (`KpiTable.unfilled`), so a face can say 「記入前の指標 30」
 * instead of "no table" while no check or summary counts them. Nothing here knows any template's words:
 * the readers find the header and the role rows as for any table; this file decides which empty rows are
 * slots and when a table of slots alone is a table.
 */
import { DEFAULT_WORDS, type WordLists } from "./words";
import { message, type Lang } from "../i18n";
import { ROLES, type Indicator, type KpiTable, type Role } from "./model";
import { finishDraft, slotOf, type IndicatorDraft, type ValueParser } from "./indicator-draft";
import { isAcceptable } from "./table-quality";
import type { SheetReader } from "./sheet-reader";

/** Rows between a header and the first role row of a table to fill (a header may span two rows). */
const MAX_HEADER_GAP = 2;

/** An empty role row opens a table only right under its header: elsewhere a lone 目標 is not a table. */
export function opensTableToFill(headerRow: number, row: number): boolean {
  return row > headerRow && row - headerRow <= MAX_HEADER_GAP;
}

/**
 * A row prepared for an indicator in a table of one row per indicator: nothing in its value cells yet,
 * but formulas waiting for them (a rate or status computed once a target and actual are typed).
 */
export function isPreparedRow(reader: SheetReader, row: number, cols: readonly number[]): boolean {
  let formulas = 0;
  for (const c of cols) {
    if (!reader.isEmpty(row, c)) return false;
    if (reader.source(row, c).formula !== null) formulas++;
  }
  return formulas > 0;
}

/** Rows `first`..`last` are all prepared rows: a block of slots. */
export function isPreparedBlock(
  reader: SheetReader,
  first: number,
  last: number,
  cols: readonly number[],
): boolean {
  for (let r = first; r <= last; r++) if (!isPreparedRow(reader, r, cols)) return false;
  return first <= last;
}

/** The indicators written in, and the slots nothing has been written in yet, in sheet order each. */
export function splitDrafts(
  drafts: readonly IndicatorDraft[],
  parser: ValueParser,
  words: WordLists = DEFAULT_WORDS,
): { indicators: Indicator[]; unfilled: Indicator[] } {
  const indicators: Indicator[] = [];
  const unfilled: Indicator[] = [];
  for (const draft of drafts) {
    const indicator = finishDraft(draft, parser, words);
    if (indicator !== null) indicators.push(indicator);
    else unfilled.push(slotOf(draft, parser));
  }
  return { indicators, unfilled };
}

function hasRoles(slots: readonly Indicator[], wanted: readonly Role[]): boolean {
  const seen = new Set<Role>();
  for (const slot of slots)
    for (const period of slot.periods) for (const role of ROLES) if (period.cells[role]) seen.add(role);
  return wanted.every((role) => seen.has(role));
}

/**
 * Whether the collected rows make a table: a table of values as before (`isAcceptable`), or, with nothing
 * written yet, slots that have a place for both a target and an actual in a period.
 */
export function isTable(indicators: readonly Indicator[], unfilled: readonly Indicator[]): boolean {
  if (isAcceptable(indicators)) return true;
  return indicators.length === 0 && unfilled.length > 0 && hasRoles(unfilled, ["target", "actual"]);
}

/** The `unfilled` field of a table: absent when every row is written in. */
export function unfilledField(unfilled: readonly Indicator[]): { unfilled?: readonly Indicator[] } {
  return unfilled.length === 0 ? {} : { unfilled };
}

/** Where an indicator starts in the sheet: its topmost, then leftmost cell. */
function start(indicator: Indicator): { row: number; col: number } {
  let first = { row: Infinity, col: Infinity };
  const see = (cell: { row: number; col: number } | null | undefined) => {
    if (cell && (cell.row < first.row || (cell.row === first.row && cell.col < first.col))) first = cell;
  };
  see(indicator.nameCell);
  for (const period of indicator.periods) for (const role of ROLES) see(period.cells[role]);
  return first;
}

/** A table's indicators and slots together, top to bottom as the sheet has them. */
export function indicatorsInSheetOrder(table: KpiTable): { indicator: Indicator; filled: boolean }[] {
  if (table.unfilled === undefined) return table.indicators.map((indicator) => ({ indicator, filled: true }));
  const all = [
    ...table.indicators.map((indicator) => ({ indicator, filled: true, at: start(indicator) })),
    ...table.unfilled.map((indicator) => ({ indicator, filled: false, at: start(indicator) })),
  ];
  all.sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col);
  return all.map(({ indicator, filled }) => ({ indicator, filled }));
}

export interface FillCounts {
  readonly tables: number;
  /** Indicators written in. */
  readonly indicators: number;
  /** Slots nothing has been written in yet. */
  readonly unfilled: number;
}

/**
 * What a face says of tables that still have slots: 「評価表 1 件（記入前の指標 30）」, or with some written
 * in 「評価表 1 件（指標 3、記入前の指標 27）」; `null` when no slot is left (the usual report says enough).
 */
export function toFillLine(counts: FillCounts, lang: Lang): string | null {
  if (counts.tables === 0 || counts.unfilled === 0) return null;
  return message(counts.indicators === 0 ? "tables.toFill" : "tables.partlyFilled", lang, { ...counts });
}

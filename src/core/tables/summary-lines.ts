/**
 * Summary blocks written above a table, like 004's
 * `プラン全体 36単位施策 / 成果指標達成見込み 19 / 成果指標未達成見込み 9 / 成果指標集計中等 8`:
 * consecutive short lines, each a category word followed by a count.
 */
import { parseValue } from "../values";
import type { SummaryBlock, SummaryEntry } from "./model";
import type { SheetReader } from "./sheet-reader";

type Category = "total" | "achieved" | "notAchieved" | "pending";

/** Checked in this order: 未達成 contains 達成, 集計中等 may contain either. */
const CATEGORY_WORDS: readonly (readonly [Category, readonly string[]])[] = [
  ["pending", ["集計中", "算定不可", "未集計", "その他"]],
  ["notAchieved", ["未達成"]],
  ["achieved", ["達成"]],
  ["total", ["全体", "合計", "総数", "総計"]],
];
/** Lines that explain bands (`達成率100%以上`) are not counts. */
const NOT_A_COUNT = ["率", "%", "％", "以上", "未満"];
const MAX_CELLS = 4;
const MAX_LINE_LENGTH = 80;
const MAX_GAP = 1;

interface Line {
  readonly row: number;
  readonly category: Category;
  readonly entry: SummaryEntry;
}

function firstDigit(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)) return i;
  }
  return -1;
}

function cellCount(reader: SheetReader, r: number): number {
  let count = 0;
  for (let c = 0; c < reader.colCount && count <= MAX_CELLS; c++) if (!reader.isEmpty(r, c)) count++;
  return count;
}

function lineAt(reader: SheetReader, r: number): Line | null {
  const cells = cellCount(reader, r);
  if (cells === 0 || cells > MAX_CELLS) return null;
  let label = "";
  let count: { value: number; cell: string; unit: string } | null = null;
  const parts: string[] = [];
  for (let c = 0; c < reader.colCount; c++) {
    const text = reader.display(r, c);
    if (text === null) continue;
    parts.push(text);
    if (count !== null) continue;
    const digit = firstDigit(text);
    if (digit < 0) {
      label += text;
      continue;
    }
    label += text.slice(0, digit);
    const parsed = parseValue(text.slice(digit));
    if (parsed.kind !== "number" || !Number.isInteger(parsed.value) || parsed.value < 0) return null;
    count = { value: parsed.value, cell: reader.address(r, c), unit: parsed.unit };
  }
  const text = parts.join(" ");
  if (count === null || label.trim() === "" || text.length > MAX_LINE_LENGTH) return null;
  if (NOT_A_COUNT.some((word) => label.includes(word))) return null;
  const match = CATEGORY_WORDS.find(([, words]) => words.some((word) => label.includes(word)));
  return match === undefined ? null : { row: r, category: match[0], entry: { ...count, text } };
}

function blockOf(sheet: string, lines: readonly Line[]): SummaryBlock | null {
  const byCategory = new Map<Category, SummaryEntry>();
  for (const line of lines) if (!byCategory.has(line.category)) byCategory.set(line.category, line.entry);
  const total = byCategory.get("total");
  if (total === undefined || byCategory.size < 3) return null;
  return {
    sheet,
    total,
    achieved: byCategory.get("achieved") ?? null,
    notAchieved: byCategory.get("notAchieved") ?? null,
    pending: byCategory.get("pending") ?? null,
  };
}

/**
 * Summary blocks of a sheet. Table rows never read as summary lines: they hold more than four cells, a
 * rate (率), or no category word before their first number.
 */
export function readSummaries(reader: SheetReader): SummaryBlock[] {
  const blocks: SummaryBlock[] = [];
  let lines: Line[] = [];
  const flush = () => {
    const block = blockOf(reader.sheet, lines);
    if (block !== null) blocks.push(block);
    lines = [];
  };
  for (let r = 0; r < reader.rowCount; r++) {
    const line = lineAt(reader, r);
    if (line === null) {
      if (lines.length > 0 && r - lines[lines.length - 1].row > MAX_GAP) flush();
      continue;
    }
    lines.push(line);
  }
  flush();
  return blocks;
}

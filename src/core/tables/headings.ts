/**
 * Text around a table that names it: the indicator heading above a small block (`① 労働生産性…`),
 * a unit line (`単位：人`), and the clean-up of measure names and ids.
 */
import { toHalfWidth } from "../text";
import type { SheetReader } from "./sheet-reader";

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳
/** `単位：人`, `（単位：人）`, `[単位] 億円`, `【単位】千円`. */
const UNIT_LINE = /単位\s*(?:[:：]|[\]］】)]\s*[:：]?)\s*([^\s)）]+)/;
const ENUMERATOR = /^\s*(?:[(（]?\d{1,2}[)）.．]|[①-⑳]|[・●○■□◆◇-])\s*/;

/** `①事業者の…` → `事業者の…`. */
export function stripCircled(text: string): string {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if ((code >= CIRCLED_FIRST && code <= CIRCLED_LAST) || text[i] === " " || text[i] === "　") i++;
    else break;
  }
  return text.slice(i);
}

/** The unit named in a `単位：人` line, or `null`. */
function unitFromLine(text: string): string | null {
  const m = UNIT_LINE.exec(toHalfWidth(text));
  return m === null ? null : m[1];
}

/** A heading without its enumerator (`① `, `(1)`, `1.`, `・`). */
function headingText(text: string): string {
  return text.replace(ENUMERATOR, "").trim();
}

export interface Heading {
  readonly name: string | null;
  readonly row: number;
  readonly col: number;
  readonly unit: string | null;
}

const LOOK_UP_ROWS = 3;

/**
 * The heading above a header row: the first plain text in the nearest non-empty rows above (up to three),
 * skipping a unit line but remembering its unit. `stopRow` bounds the search (the previous table's end).
 */
/** Rows above a header searched for a `指標名 | name` line (a form's block of labelled fields). */
const NAME_LINE_ROWS = 8;

/**
 * The name on a labelled line above the header (`指 標 名 | 区内清掃年間実施回数`, `成果指標名 | …`): the first
 * text right of a name label, within a form's block of fields; `null` when there is none.
 */
function nameLineAbove(reader: SheetReader, headerRow: number, stopRow: number): Heading | null {
  for (let r = headerRow - 1; r > stopRow && r >= Math.max(0, headerRow - NAME_LINE_ROWS); r--) {
    for (let c = 0; c + 1 < reader.colCount; c++) {
      const label = reader.label(r, c);
      if (label.kind !== "identity" || label.header !== "name") continue;
      for (let cc = c + 1; cc < reader.colCount; cc++) {
        const text = reader.text(r, cc);
        if (text !== null) return { name: text, row: r, col: cc, unit: null };
      }
    }
  }
  return null;
}

export function headingAbove(
  reader: SheetReader,
  headerRow: number,
  stopRow: number,
  maxCol: number,
): Heading {
  const line = nameLineAbove(reader, headerRow, stopRow);
  if (line !== null) return line;
  let unit: string | null = null;
  for (let r = headerRow - 1, seen = 0; r > stopRow && r >= 0 && seen < LOOK_UP_ROWS; r--) {
    let nonEmpty = false;
    for (let c = 0; c < Math.min(reader.colCount, maxCol + 1); c++) {
      const text = reader.text(r, c);
      if (text === null) continue;
      nonEmpty = true;
      const lineUnit = unitFromLine(text);
      const name =
        lineUnit === null
          ? headingText(text)
          : headingText(text.replace(UNIT_LINE, "").replace(/[()（）[\]［］【】]/g, ""));
      unit ??= lineUnit;
      if (name === "" || reader.label(r, c).kind !== "other") continue;
      return { name, row: r, col: c, unit };
    }
    if (nonEmpty) seen++;
  }
  return { name: null, row: -1, col: -1, unit };
}

/**
 * The cell almost every sheet is made of, `<c r="B2" s="3" t="s"><v>12</v></c>` (or `<c r="B2" s="3"/>`),
 * found straight in the text of `<sheetData>` without the tokenizer's events (a tag object, an attribute
 * object and a string per name and value). It accepts only a strict subset of what ./strictContent.ts
 * accepts — attributes `r`, `s`, `t` at most once each, values and text of printable ASCII without `&`,
 * `<` or `>`, nothing between the tags — so anything else (a formula, inline text, other attributes,
 * whitespace, an entity) is left to the tokenizer, which reads it as before.
 */

import { nameEnd } from "./strictContent";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const EQUALS = 0x3d;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09;
}

/** Printable ASCII but `&`, `<` and `>`: read the same by every XML reader, nothing to decode. */
function isSimpleChar(code: number): boolean {
  return code >= 0x20 && code < 0x7f && code !== 0x26 && code !== LT && code !== GT;
}

/** Where the simple characters from `from` end: at `stop`, or at another character (-1 when that comes first). */
function simpleUntil(xml: string, from: number, stop: number): number {
  for (let i = from; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (code === stop) return i;
    if (!isSimpleChar(code)) return -1;
  }
  return -1;
}

/** `xml` has `</c>` at `at`. */
function closesCell(xml: string, at: number): boolean {
  return (
    xml.charCodeAt(at) === LT &&
    xml.charCodeAt(at + 1) === SLASH &&
    xml.charCodeAt(at + 2) === 0x63 &&
    xml.charCodeAt(at + 3) === GT
  );
}

/** `xml` has `<v>` (`</v>` with `slash`) at `at`. */
function isValueTag(xml: string, at: number, slash: boolean): boolean {
  const name = slash ? at + 2 : at + 1;
  return (
    xml.charCodeAt(at) === LT &&
    (!slash || xml.charCodeAt(at + 1) === SLASH) &&
    xml.charCodeAt(name) === 0x76 &&
    xml.charCodeAt(name + 1) === GT
  );
}

/** Where the parts of the last cell scanned sit in the text: offsets, `-1` for a part it has not. */
export class SimpleCell {
  r = -1;
  rEnd = -1;
  s = -1;
  sEnd = -1;
  t = -1;
  tEnd = -1;
  v = -1;
  vEnd = -1;

  /** Scans the `<c` at `start`; returns where the cell ends, or -1 unless it is simple and ends by `end`. */
  scan(xml: string, start: number, end: number): number {
    if (xml.charCodeAt(start + 1) !== 0x63) return -1;
    this.r = this.s = this.t = this.v = this.vEnd = -1;
    let at = start + 2;
    for (;;) {
      const code = xml.charCodeAt(at);
      if (code === GT || (code === SLASH && xml.charCodeAt(at + 1) === GT)) break;
      if (!isSpace(code)) return -1;
      while (isSpace(xml.charCodeAt(at))) at++;
      const name = xml.charCodeAt(at);
      if (name === GT || name === SLASH) continue;
      if (xml.charCodeAt(at + 1) !== EQUALS || xml.charCodeAt(at + 2) !== QUOTE) return -1;
      const close = simpleUntil(xml, at + 3, QUOTE);
      if (close < 0 || close >= end) return -1;
      if (!this.attribute(name, at + 3, close)) return -1;
      at = close + 1;
    }
    if (xml.charCodeAt(at) === SLASH) return at + 2 <= end ? at + 2 : -1;
    at++;
    if (closesCell(xml, at)) return at + 4 <= end ? at + 4 : -1;
    if (!isValueTag(xml, at, false)) return -1;
    const text = at + 3;
    const textEnd = simpleUntil(xml, text, LT);
    if (textEnd < 0 || !isValueTag(xml, textEnd, true) || !closesCell(xml, textEnd + 4)) return -1;
    if (textEnd + 8 > end) return -1;
    this.v = text;
    this.vEnd = textEnd;
    return textEnd + 8;
  }

  /** Notes attribute `name` (a character code); false for another name or a repeated one. */
  private attribute(name: number, from: number, to: number): boolean {
    if (name === 0x72 && this.r < 0) {
      this.r = from;
      this.rEnd = to;
    } else if (name === 0x73 && this.s < 0) {
      this.s = from;
      this.sEnd = to;
    } else if (name === 0x74 && this.t < 0) {
      this.t = from;
      this.tEnd = to;
    } else return false;
    return true;
  }
}

/** Attributes a simple row start tag may have. */
const MAX_ROW_ATTRIBUTES = 16;

/**
 * The start tag of a row, `<row r="2" spans="1:12" x14ac:dyDescent="0.25">`: any attributes (each once),
 * values of printable ASCII without `&`, `<` or `>`; `r` and `s` noted. An empty row (`<row …/>`) and
 * anything else are left to the tokenizer.
 */
export class SimpleRow {
  r = -1;
  rEnd = -1;
  s = -1;
  sEnd = -1;
  /** Start and end of each attribute's name in the tag scanned. */
  private readonly names = new Int32Array(2 * MAX_ROW_ATTRIBUTES);

  /** Scans the `<row` at `start`; returns where its start tag ends, or -1 unless it is simple and ends by `end`. */
  scan(xml: string, start: number, end: number): number {
    if (!xml.startsWith("row", start + 1)) return -1;
    this.r = this.s = -1;
    let count = 0;
    let at = start + 4;
    for (;;) {
      const code = xml.charCodeAt(at);
      if (code === GT) return at + 1 <= end ? at + 1 : -1;
      if (!isSpace(code)) return -1;
      while (isSpace(xml.charCodeAt(at))) at++;
      if (xml.charCodeAt(at) === GT) continue;
      const nameStop = nameEnd(xml, at);
      if (nameStop === at || xml.charCodeAt(nameStop) !== EQUALS || xml.charCodeAt(nameStop + 1) !== QUOTE)
        return -1;
      const close = simpleUntil(xml, nameStop + 2, QUOTE);
      if (close < 0 || close >= end || count === MAX_ROW_ATTRIBUTES || this.seen(xml, at, nameStop, count))
        return -1;
      this.names[2 * count] = at;
      this.names[2 * count + 1] = nameStop;
      count++;
      if (nameStop === at + 1 && xml.charCodeAt(at) === 0x72) {
        this.r = nameStop + 2;
        this.rEnd = close;
      } else if (nameStop === at + 1 && xml.charCodeAt(at) === 0x73) {
        this.s = nameStop + 2;
        this.sEnd = close;
      }
      at = close + 1;
    }
  }

  /** Whether the name from `from` to `to` is among the first `count` names noted. */
  private seen(xml: string, from: number, to: number, count: number): boolean {
    const { names } = this;
    outer: for (let k = 0; k < count; k++) {
      const other = names[2 * k];
      if (names[2 * k + 1] - other !== to - from) continue;
      for (let i = 0; i < to - from; i++)
        if (xml.charCodeAt(other + i) !== xml.charCodeAt(from + i)) continue outer;
      return true;
    }
    return false;
  }
}

/** The number `xml` spells from `from` to `to` when it is 1 to 9 ASCII digits, else -1. */
export function digitsAt(xml: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return -1;
    n = n * 10 + code - 0x30;
  }
  return n;
}

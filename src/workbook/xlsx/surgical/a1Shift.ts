/**
 * A formula's relative A1 references moved by a row and column offset, as Excel fills a formula from
 * one cell to another (how a shared formula's master becomes each of its clones): `$`-anchored parts stay,
 * relative parts move; whole columns (`B:D`) and whole rows (`3:5`) move likewise. Text in double quotes,
 * quoted sheet names, bracketed parts (external book indexes `[1]`, structured references) and function
 * and defined names are left as written; a sheet-qualified reference (`集計!B3`, `'R5 実績'!B3`) moves like
 * any other. A reference moved off the sheet becomes `#REF!`, as in Excel.
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(n: number): string {
  let out = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
  return out;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)([0-9]+)$/;

/** Characters of a name, a reference or a number (a token is a maximal run of them). */
function isWordChar(code: number): boolean {
  return (
    code > 0x7f ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f ||
    code === 0x2e ||
    code === 0x24 ||
    code === 0x5c
  );
}

function moveCell(m: RegExpExecArray, dRow: number, dCol: number): string | null {
  const col = columnNumber(m[2]);
  const row = Number(m[4]);
  if (col > MAX_COL || row < 1 || row > MAX_ROW) return null; // a name such as XFE1, not a reference
  const newCol = m[1] ? col : col + dCol;
  const newRow = m[3] ? row : row + dRow;
  if (newCol < 1 || newCol > MAX_COL || newRow < 1 || newRow > MAX_ROW) return "#REF!";
  return `${m[1]}${columnLetters(newCol)}${m[3]}${newRow}`;
}

function moveColumn(m: RegExpExecArray, dCol: number): string | null {
  const col = columnNumber(m[2]);
  if (col > MAX_COL) return null;
  const moved = m[1] ? col : col + dCol;
  return moved < 1 || moved > MAX_COL ? "#REF!" : `${m[1]}${columnLetters(moved)}`;
}

function moveRow(m: RegExpExecArray, dRow: number): string | null {
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW) return null;
  const moved = m[1] ? row : row + dRow;
  return moved < 1 || moved > MAX_ROW ? "#REF!" : `${m[1]}${moved}`;
}

/** Index just after the quoted run starting at `at` (`""` / `''` inside are the quote itself). */
function quotedEnd(formula: string, at: number): number {
  const quote = formula[at];
  let i = at + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return formula.length;
}

/** Index just after the bracketed run starting at `at` (nested brackets, `'` escapes inside). */
function bracketEnd(formula: string, at: number): number {
  let depth = 0;
  for (let i = at; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'" && depth > 0) i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

interface Token {
  text: string;
  /** A run of word characters (a reference, a name, a number, a function). */
  word: boolean;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    let end: number;
    if (ch === '"' || ch === "'") end = quotedEnd(formula, i);
    else if (ch === "[") end = bracketEnd(formula, i);
    else if (ch === "#") {
      // An error literal (#REF!, #N/A, #DIV/0!) or #This Row inside brackets (already consumed).
      const m = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i.exec(
        formula.slice(i),
      );
      end = i + (m?.[0].length ?? 1);
    } else if (isWordChar(formula.charCodeAt(i))) {
      end = i + 1;
      while (end < formula.length && isWordChar(formula.charCodeAt(end))) end++;
      tokens.push({ text: formula.slice(i, end), word: true });
      i = end;
      continue;
    } else end = i + 1;
    tokens.push({ text: formula.slice(i, end), word: false });
    i = end;
  }
  return tokens;
}

/** The formula with its relative references moved `dRow` rows down and `dCol` columns right. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  const tokens = tokenize(formula);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1]?.text;
    // Not a reference: punctuation, text, a function name, a sheet name before `!`.
    if (!token.word || next === "(" || next === "!") {
      out.push(token.text);
      continue;
    }
    const cell = CELL.exec(token.text);
    const moved = cell ? moveCell(cell, dRow, dCol) : null;
    if (moved !== null) {
      out.push(moved);
      continue;
    }
    // Whole columns or rows: `B:D`, `3:5` (both ends of the same kind around one colon).
    const partner = tokens[i + 2];
    if (next === ":" && partner?.word) {
      const [a, b] = [COLUMN.exec(token.text), COLUMN.exec(partner.text)];
      const [r1, r2] = [ROW.exec(token.text), ROW.exec(partner.text)];
      const pair =
        a && b
          ? [moveColumn(a, dCol), moveColumn(b, dCol)]
          : r1 && r2
            ? [moveRow(r1, dRow), moveRow(r2, dRow)]
            : null;
      if (pair && pair[0] !== null && pair[1] !== null) {
        out.push(pair[0], ":", pair[1]);
        i += 2;
        continue;
      }
    }
    out.push(token.text);
  }
  return out.join("");
}

/**
 * Character-level normalisation shared by the parsers: full-width ASCII (`１，６００％`, `Ｒ５`) and the
 * ideographic space become their half-width forms, so every later scan works on ASCII digits and signs.
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** `true` when `text` holds a full-width ASCII character or an ideographic space. */
export function hasFullWidth(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) || c === IDEOGRAPHIC_SPACE) return true;
  }
  return false;
}

/** Full-width ASCII → ASCII, ideographic space → space; every other character unchanged. */
export function toHalfWidth(text: string): string {
  if (!hasFullWidth(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) out += String.fromCharCode(c - FULL_WIDTH_OFFSET);
    else if (c === IDEOGRAPHIC_SPACE) out += " ";
    else out += text[i];
  }
  return out;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Dashes officials type for "no value": hyphen-minus, dashes, minus sign, katakana long-vowel mark, box line. */
const DASHES = new Set(["-", "‐", "‑", "–", "—", "―", "−", "ー", "ｰ", "─", "━"]);

/** `true` when `text` is one or more dash characters and nothing else. */
export function isDashOnly(text: string): boolean {
  if (text.length === 0) return false;
  for (const ch of text) if (!DASHES.has(ch)) return false;
  return true;
}

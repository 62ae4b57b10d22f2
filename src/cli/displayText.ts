/**
 * A finding's message as a terminal line: text quoted from a cell (「…」 or “…”) is cut at 80 characters,
 * and characters a reader cannot see (controls, zero-width and bidirectional marks, line and paragraph
 * separators, a byte-order mark) are shown escaped as `\u{…}`, so that a cell holding a stray invisible
 * character says so instead of looking like its neighbour. `--json` keeps the text as it is.
 */
const MAX_QUOTED = 80;
/** Controls (C0, DEL, C1) and the invisible formatting characters named above. */
function isInvisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff
  );
}

function cut(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_QUOTED ? text : `${chars.slice(0, MAX_QUOTED).join("")}…`;
}

export function displayText(message: string): string {
  const quoted = message.replace(/「([^」]*)」|“([^”]*)”/g, (whole, ja?: string, en?: string) =>
    ja !== undefined ? `「${cut(ja)}」` : en !== undefined ? `“${cut(en)}”` : whole,
  );
  let out = "";
  for (const ch of quoted) {
    const code = ch.charCodeAt(0);
    out += isInvisible(code) ? `\\u{${code.toString(16).toUpperCase().padStart(4, "0")}}` : ch;
  }
  return out;
}

/** Pieces of formula text shared by both formula styles. */

/** A string literal in a formula: `"達成"`, with embedded quotes doubled. */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `OR(a="x",a="y")`, or `FALSE` when there is nothing to compare with. */
export function equalsAny(ref: string, texts: readonly string[]): string {
  if (texts.length === 0) return "FALSE";
  const tests = texts.map((text) => `${ref}=${quote(text)}`);
  return tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`;
}

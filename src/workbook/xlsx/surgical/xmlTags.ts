/**
 * The tags of an XML part, found where they are in its text, so that an edit can replace exactly the
 * characters of one element and leave every other character as it was. Not a validating parser: it finds
 * start, end and empty-element tags (attribute values may hold `>`), and steps over comments, processing
 * instructions and CDATA sections. A DOCTYPE or an unterminated construct is a corrupt part.
 */
import { WorkbookError } from "../../errors";

export interface Tag {
  /** The name as written, prefix included (`c`, `x:c`). */
  readonly name: string;
  /** The name without its prefix. */
  readonly local: string;
  /** Index of `<` and index just after `>`. */
  readonly start: number;
  readonly end: number;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

export function malformed(part: string): WorkbookError {
  return new WorkbookError("workbook.malformedXml", { part });
}

function isNameChar(code: number): boolean {
  return (
    code > 0x7f ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x3a) ||
    code === 0x5f ||
    code === 0x2d ||
    code === 0x2e
  );
}

export class TagScanner {
  private at: number;

  constructor(
    private readonly xml: string,
    private readonly part: string,
    from = 0,
    private readonly to = xml.length,
  ) {
    this.at = from;
  }

  /** Continue from `index` (after an element that was stepped over). */
  seek(index: number): void {
    this.at = index;
  }

  /** The next tag, or `null` at the end of the range. */
  next(): Tag | null {
    const { xml, to } = this;
    for (;;) {
      const lt = xml.indexOf("<", this.at);
      if (lt < 0 || lt >= to) return null;
      const second = xml.charCodeAt(lt + 1);
      if (second === 0x21 /* ! */ || second === 0x3f /* ? */) {
        this.at = this.skipSpecial(lt);
        continue;
      }
      const closing = second === 0x2f;
      const nameStart = closing ? lt + 2 : lt + 1;
      let i = nameStart;
      while (i < to && isNameChar(xml.charCodeAt(i))) i++;
      if (i === nameStart) throw malformed(this.part);
      const name = xml.slice(nameStart, i);
      let quote = 0;
      for (; i < to; i++) {
        const code = xml.charCodeAt(i);
        if (quote !== 0) {
          if (code === quote) quote = 0;
        } else if (code === 0x22 || code === 0x27) quote = code;
        else if (code === 0x3e) break;
      }
      if (i >= to) throw malformed(this.part);
      const selfClosing = !closing && xml.charCodeAt(i - 1) === 0x2f;
      this.at = i + 1;
      const colon = name.indexOf(":");
      return {
        name,
        local: colon < 0 ? name : name.slice(colon + 1),
        start: lt,
        end: i + 1,
        closing,
        selfClosing,
      };
    }
  }

  private skipSpecial(lt: number): number {
    const { xml } = this;
    const ends: [string, string][] = [
      ["<!--", "-->"],
      ["<![CDATA[", "]]>"],
      ["<?", "?>"],
    ];
    for (const [open, close] of ends) {
      if (!xml.startsWith(open, lt)) continue;
      const end = xml.indexOf(close, lt + open.length);
      if (end < 0 || end + close.length > this.to) throw malformed(this.part);
      return end + close.length;
    }
    throw malformed(this.part);
  }

  /**
   * Steps over the content of the element `open` started and returns its end tag (`open` itself when it
   * is empty).
   */
  skipElement(open: Tag): Tag {
    if (open.selfClosing) return open;
    let depth = 1;
    for (;;) {
      const tag = this.next();
      if (tag === null) throw malformed(this.part);
      if (tag.selfClosing) continue;
      depth += tag.closing ? -1 : 1;
      if (depth === 0) return tag;
    }
  }
}

export interface Attribute {
  readonly name: string;
  /** The value as written (entities not decoded). */
  readonly raw: string;
}

/** JavaScript's `\s` (a regular expression's white space: ASCII and Unicode spaces, BOM). */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The attributes of one start tag, read in place: after `next()` returns true, the name is
 * [nameStart, nameEnd) and the value as written [valueStart, valueEnd) of the tag's text. It finds
 * exactly what `/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g` finds in the text between the tag's name
 * and its `>` or `/>` (so a malformed tag reads as it always did), without a match object per attribute:
 * cells are rewritten by the hundred thousand.
 */
export class AttributeCursor {
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  private at: number;
  private readonly to: number;

  constructor(
    readonly xml: string,
    tag: Tag,
  ) {
    this.at = tag.start + 1 + tag.name.length;
    this.to = tag.end - (tag.selfClosing ? 2 : 1);
  }

  next(): boolean {
    const { xml, to } = this;
    let from = this.at;
    while (from < to) {
      let i = from;
      for (let code = xml.charCodeAt(i); i < to && code !== 0x3d && !isSpace(code);)
        code = xml.charCodeAt(++i);
      if (i === from) {
        from++;
        continue;
      }
      const nameEnd = i;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      if (i < to && xml.charCodeAt(i) === 0x3d) {
        i++;
        while (i < to && isSpace(xml.charCodeAt(i))) i++;
        const quote = xml.charCodeAt(i);
        const close = quote === 0x22 || quote === 0x27 ? xml.indexOf(xml[i], i + 1) : -1;
        if (i < to && close >= 0 && close < to) {
          this.nameStart = from;
          this.nameEnd = nameEnd;
          this.valueStart = i + 1;
          this.valueEnd = close;
          this.at = close + 1;
          return true;
        }
      }
      // No attribute starts inside this name either: any later start reaches the same end.
      from = nameEnd;
    }
    this.at = to;
    return false;
  }

  /** Whether the current attribute is named `name`. */
  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart);
  }

  name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  raw(): string {
    return this.xml.slice(this.valueStart, this.valueEnd);
  }

  /** The current attribute as a rewritten start tag holds it: ` name="value"`, double-quoted. */
  written(): string {
    const { xml, nameStart, nameEnd, valueStart, valueEnd } = this;
    // Most attributes are already written so (one space, `="`): then they are copied as they are.
    if (xml.charCodeAt(nameStart - 1) === 0x20 && valueStart === nameEnd + 2 && xml[nameEnd + 1] === '"')
      return xml.slice(nameStart - 1, valueEnd + 1);
    const raw = this.raw();
    return ` ${this.name()}="${raw.includes('"') ? raw.replace(/"/g, "&quot;") : raw}"`;
  }
}

/** The attributes of a start or empty-element tag, in order. */
export function attributesOf(xml: string, tag: Tag): Attribute[] {
  const out: Attribute[] = [];
  for (const cursor = new AttributeCursor(xml, tag); cursor.next();)
    out.push({ name: cursor.name(), raw: cursor.raw() });
  return out;
}

/** The first attribute `name` of a tag, decoded. */
export function attributeOf(xml: string, tag: Tag, name: string): string | undefined {
  for (const cursor = new AttributeCursor(xml, tag); cursor.next();)
    if (cursor.is(name)) return decodeXml(cursor.raw());
  return undefined;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return NAMED[entity] ?? whole;
  });
}

/** Text for element content or a double-quoted attribute value. */
export function encodeXml(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most text (every number a fix writes) has nothing to escape: no replacement pass for it.
    if (code === 0x26 || code === 0x3c || code === 0x3e || code === 0x22)
      return text.replace(/[&<>"]/g, (ch) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[ch]};`);
  }
  return text;
}

/** The text of the characters between two tags of a simple element (`<f>…</f>`), decoded. */
export function textBetween(xml: string, open: Tag, close: Tag): string {
  return open === close ? "" : decodeXml(xml.slice(open.end, close.start));
}

/** A text replacement: the characters [start, end) become `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Pieces joined at a time: enough to make a join worth it, few enough that they need not outlive it. */
const BATCH = 8192;

/**
 * A text made from `xml` with replacements given in order of position. Pieces are joined a batch at a
 * time, so that the hundred thousand small strings of a big edit die young instead of all staying alive
 * until the end (which made garbage collection a third of a --fix).
 */
export class Splicer {
  private readonly batch: string[] = [];
  private readonly joined: string[] = [];
  private at = 0;
  /** Replacements made so far. */
  count = 0;

  constructor(private readonly xml: string) {}

  /** The characters [start, end) become `text`; no replacement may start before the previous one's end. */
  replace(edit: Edit): void {
    if (edit.start < this.at) throw new Error("overlapping edits");
    this.batch.push(this.xml.slice(this.at, edit.start), edit.text);
    this.at = edit.end;
    this.count++;
    if (this.batch.length >= BATCH) {
      this.joined.push(this.batch.join(""));
      this.batch.length = 0;
    }
  }

  result(): string {
    this.batch.push(this.xml.slice(this.at));
    this.joined.push(this.batch.join(""));
    return this.joined.join("");
  }
}

/** Edits by position: start, then end (an insertion before a replacement that starts where it is). */
export function byPosition(a: Edit, b: Edit): number {
  return a.start - b.start || a.end - b.end;
}

/** `xml` with non-overlapping edits applied. */
export function applyEdits(xml: string, edits: readonly Edit[]): string {
  const splicer = new Splicer(xml);
  for (const edit of [...edits].sort(byPosition)) splicer.replace(edit);
  return splicer.result();
}

/** A start tag with some attributes replaced (`null` removes one), the others as written, new ones last. */
export function withAttributes(xml: string, tag: Tag, changes: Record<string, string | null>): string {
  const names = Object.keys(changes);
  const done = names.map(() => false);
  let text = `<${tag.name}`;
  for (const cursor = new AttributeCursor(xml, tag); cursor.next();) {
    let changed = names.length - 1;
    while (changed >= 0 && !cursor.is(names[changed])) changed--;
    if (changed < 0) text += cursor.written();
    else {
      done[changed] = true;
      const value = changes[names[changed]];
      if (value !== null) text += ` ${names[changed]}="${encodeXml(value)}"`;
    }
  }
  for (let i = 0; i < names.length; i++) {
    const value = changes[names[i]];
    if (!done[i] && value !== null) text += ` ${names[i]}="${encodeXml(value)}"`;
  }
  return text + (tag.selfClosing ? "/>" : ">");
}

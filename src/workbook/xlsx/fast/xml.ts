/**
 * One XML part through saxes, the parser ExcelJS uses, with ExcelJS's options (no namespaces: names are
 * what the file spells). Anything the fast reader is not certain to read as ExcelJS does is `Unsupported`,
 * and the file goes to ExcelJS: a parse error (ExcelJS then reports it with its own message), CDATA, a
 * DOCTYPE, a root that is not the one expected or not in the transitional namespace (strict OOXML), a
 * document that ends before its root closes.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { NotPlain, PlainContent } from "./strictContent";

/** The fast reader cannot vouch for this file: read it with ExcelJS instead. */
export class Unsupported extends Error {
  override readonly name = "Unsupported";
}

export function unsupported(reason: string): never {
  throw new Unsupported(reason);
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface XmlHandler {
  /** `depth` is 0 for the root. */
  open(tag: SaxesTagPlain, depth: number): void;
  text(text: string): void;
  close(name: string, depth: number): void;
  /**
   * Inside the plain element only (./strictContent.ts): an element starting at `start` (its `<`) that the
   * handler reads itself, straight from the text, instead of being given its events; returns where the
   * element ends, or -1 to have it tokenized. It must read only plain content, all of it before `end`, and
   * leave the handler as those events would have.
   */
  element?(xml: string, start: number, end: number, depth: number): number;
  /**
   * Likewise for the start tag `<name …>` of an element that is not empty: the handler reads the tag
   * itself and returns where it ends, or -1; the element's content and end tag are tokenized as usual.
   */
  startTag?(xml: string, start: number, end: number, depth: number): number;
}

const IGNORE: XmlHandler = { open: () => undefined, text: () => undefined, close: () => undefined };

/** An element whose content ./strictContent.ts reads: its name and depth (0 for the root). */
export interface PlainElement {
  readonly name: string;
  readonly depth: number;
}

/** Where the reader is: before the plain element's content, inside it, or after it (or without one). */
const enum Place {
  Before,
  Plain,
  After,
}

/**
 * A part parsed from pieces of its text as they come (`write`, then `end`), so that a part is never held
 * whole: with `root`, the root element must have that name and, with `ns`, that namespace. With `plain`,
 * the content of the first such element is read by ./strictContent.ts instead of saxes (saxes still reads
 * everything around it); it throws `NotPlain` when that content is not plain.
 */
export class XmlReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  private depth = 0;
  private closedRoot = false;
  private place: Place;
  private content: PlainContent | null = null;
  /** Text received but not handed on yet: it may end inside a tag or inside the plain element's name. */
  private pending = "";

  constructor(
    private readonly part: string,
    private readonly handler: XmlHandler = IGNORE,
    root?: { name: string; ns?: string },
    private readonly plain?: PlainElement,
  ) {
    const { parser } = this;
    this.place = plain === undefined ? Place.After : Place.Before;
    parser.on("error", (error) => unsupported(`${part}: ${error.message}`));
    parser.on("cdata", () => unsupported(`${part}: CDATA`));
    parser.on("doctype", () => unsupported(`${part}: DOCTYPE`));
    parser.on("opentag", (tag) => {
      if (this.depth === 0 && root) {
        if (tag.name !== root.name) unsupported(`${part}: root ${tag.name}`);
        if (root.ns !== undefined && tag.attributes.xmlns !== root.ns) unsupported(`${part}: namespace`);
      }
      handler.open(tag, this.depth);
      this.depth++;
    });
    parser.on("text", (text) => handler.text(text));
    parser.on("closetag", (tag) => {
      this.depth--;
      handler.close(tag.name, this.depth);
      if (this.depth === 0) this.closedRoot = true;
    });
  }

  write(text: string): void {
    const xml = this.pending + text;
    this.pending = "";
    if (this.place === Place.Before) this.before(xml);
    else if (this.place === Place.Plain) this.inPlain(xml, false);
    else this.parser.write(xml);
  }

  /** The whole part was written. */
  end(): void {
    const xml = this.pending;
    this.pending = "";
    if (this.place === Place.Before) this.parser.write(xml);
    else if (this.place === Place.Plain) {
      this.inPlain(xml, true);
      if (this.place === Place.Plain) throw new NotPlain();
    } else this.parser.write(xml);
    if (!this.closedRoot) unsupported(`${this.part}: not closed`);
  }

  /**
   * Looks for the plain element's start tag. A `>` inside its attributes only makes it end too early: the
   * depth check then finds saxes still inside the tag.
   */
  private before(xml: string): void {
    const name = (this.plain as PlainElement).name;
    const open = xml.indexOf(`<${name}`);
    const gt = open < 0 ? -1 : xml.indexOf(">", open);
    if (gt < 0) {
      // Keep what may be the start of the tag for the next piece.
      const keep = open >= 0 ? open : Math.max(0, xml.length - name.length - 1);
      this.parser.write(xml.slice(0, keep));
      this.pending = xml.slice(keep);
      return;
    }
    const after = xml.charCodeAt(open + name.length + 1);
    if ((after !== 0x3e && after !== 0x20) || xml.charCodeAt(gt - 1) === 0x2f) {
      this.place = Place.After;
      this.parser.write(xml);
      return;
    }
    this.parser.write(xml.slice(0, gt + 1));
    if (this.depth !== (this.plain as PlainElement).depth + 1) throw new NotPlain();
    this.content = new PlainContent(this.depth, this.handler, name);
    this.place = Place.Plain;
    this.inPlain(xml.slice(gt + 1), false);
  }

  /** Tokenizes up to where the rest may be cut (all of it when `last`); saxes takes over after. */
  private inPlain(xml: string, last: boolean): void {
    const content = this.content as PlainContent;
    const stop = last ? xml.length : safeCut(xml);
    const closing = content.write(xml, 0, stop);
    if (closing < 0) {
      this.pending = xml.slice(stop);
      return;
    }
    this.place = Place.After;
    this.parser.write(xml.slice(closing));
  }
}

/**
 * Where plain content received so far can be cut so that no tag, entity or `]]>` is split: at the last tag
 * start, or a few characters before the end of a long text after the last tag (a part of spaces does not
 * pile up). A cut inside an odd tag only makes it look unplain, and saxes reads the part instead.
 */
function safeCut(xml: string): number {
  const tag = xml.lastIndexOf("<");
  const gt = tag < 0 ? -1 : xml.indexOf(">", tag);
  if (tag >= 0 && gt < 0) return tag;
  const textFrom = gt + 1;
  if (xml.length - textFrom < LONG_TEXT) return Math.max(0, tag);
  const amp = xml.lastIndexOf("&");
  let cut = amp >= xml.length - 8 ? amp : xml.length - 2;
  while (cut > textFrom && (xml.charCodeAt(cut) === 0x3e || xml.charCodeAt(cut) === 0x5d)) cut--;
  return Math.max(textFrom, cut);
}

const LONG_TEXT = 4096;

/** `xml` parsed whole by an `XmlReader`. */
export function parseXml(
  part: string,
  xml: string,
  handler: XmlHandler = IGNORE,
  root?: { name: string; ns?: string },
  plain?: PlainElement,
): void {
  const reader = new XmlReader(part, handler, root, plain);
  reader.write(xml);
  reader.end();
}

/**
 * Parses `xml` into a handler from `newHandler`, the content of `plain` with ./strictContent.ts; when that
 * content is not plain, parses it again with saxes alone, into a fresh handler. Returns the handler used.
 */
export function parseMostlyPlain<H extends XmlHandler>(
  part: string,
  xml: string,
  newHandler: () => H,
  root: { name: string; ns?: string },
  plain: PlainElement,
): H {
  const handler = newHandler();
  try {
    parseXml(part, xml, handler, root, plain);
    return handler;
  } catch (error) {
    if (!(error instanceof NotPlain)) throw error;
  }
  const again = newHandler();
  parseXml(part, xml, again, root);
  return again;
}

async function feed(reader: XmlReader, pieces: AsyncIterable<string>): Promise<void> {
  for await (const piece of pieces) reader.write(piece);
  reader.end();
}

/**
 * `parseMostlyPlain` over a part read in pieces (`pieces` gives them from the start each time it is
 * called): when the plain element's content is not plain, the part is read again with saxes alone.
 */
export async function parseMostlyPlainPieces<H extends XmlHandler>(
  part: string,
  pieces: () => AsyncIterable<string>,
  newHandler: () => H,
  root: { name: string; ns?: string },
  plain: PlainElement,
): Promise<H> {
  const handler = newHandler();
  try {
    await feed(new XmlReader(part, handler, root, plain), pieces());
    return handler;
  } catch (error) {
    if (!(error instanceof NotPlain)) throw error;
  }
  const again = newHandler();
  await feed(new XmlReader(part, again, root), pieces());
  return again;
}

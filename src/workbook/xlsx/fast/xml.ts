/**
 * One XML part through saxes, the parser ExcelJS uses, with ExcelJS's options (no namespaces: names are
 * what the file spells). Anything the fast reader is not certain to read as ExcelJS does is `Unsupported`,
 * and the file goes to ExcelJS: a parse error (ExcelJS then reports it with its own message), CDATA, a
 * DOCTYPE, a root that is not the one expected or not in the transitional namespace (strict OOXML), a
 * document that ends before its root closes.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { NotPlain, parsePlainContent } from "./strictContent";

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
}

const IGNORE: XmlHandler = { open: () => undefined, text: () => undefined, close: () => undefined };

/**
 * Where the content of the first `<name …>` starts and where its last `</name>` starts; `null` when there is
 * none or it is empty (`<name/>`). A `>` inside the start tag's attributes only makes it end too early: the
 * depth check in `parseXml` then finds saxes still inside the tag.
 */
function region(xml: string, name: string): { start: number; end: number } | null {
  const open = xml.indexOf(`<${name}`);
  const after = xml.charCodeAt(open + name.length + 1);
  if (open < 0 || (after !== 0x3e && after !== 0x20)) return null;
  const start = xml.indexOf(">", open) + 1;
  const end = xml.lastIndexOf(`</${name}>`);
  return xml.charCodeAt(start - 2) !== 0x2f && end >= start ? { start, end } : null;
}

/** An element whose content ./strictContent.ts reads: its name and depth (0 for the root). */
export interface PlainElement {
  readonly name: string;
  readonly depth: number;
}

/**
 * Parses `xml`; with `root`, the root element must have that name and, with `ns`, that namespace. With
 * `plain`, the content of that element is read by ./strictContent.ts instead of saxes (saxes still reads
 * everything around it); it throws `NotPlain` when that content is not plain.
 */
export function parseXml(
  part: string,
  xml: string,
  handler: XmlHandler = IGNORE,
  root?: { name: string; ns?: string },
  plain?: PlainElement,
): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let depth = 0;
  let closedRoot = false;
  parser.on("error", (error) => unsupported(`${part}: ${error.message}`));
  parser.on("cdata", () => unsupported(`${part}: CDATA`));
  parser.on("doctype", () => unsupported(`${part}: DOCTYPE`));
  parser.on("opentag", (tag) => {
    if (depth === 0 && root) {
      if (tag.name !== root.name) unsupported(`${part}: root ${tag.name}`);
      if (root.ns !== undefined && tag.attributes.xmlns !== root.ns) unsupported(`${part}: namespace`);
    }
    handler.open(tag, depth);
    depth++;
  });
  parser.on("text", (text) => handler.text(text));
  parser.on("closetag", (tag) => {
    depth--;
    handler.close(tag.name, depth);
    if (depth === 0) closedRoot = true;
  });
  const content = plain === undefined ? null : region(xml, plain.name);
  if (plain === undefined || content === null) parser.write(xml);
  else {
    parser.write(xml.slice(0, content.start));
    if (depth !== plain.depth + 1) throw new NotPlain();
    parsePlainContent(xml, content.start, content.end, depth, handler);
    parser.write(xml.slice(content.end));
  }
  if (!closedRoot) unsupported(`${part}: not closed`);
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

/**
 * One XML part through saxes, the parser ExcelJS uses, with ExcelJS's options (no namespaces: names are
 * what the file spells). Anything the fast reader is not certain to read as ExcelJS does is `Unsupported`,
 * and the file goes to ExcelJS: a parse error (ExcelJS then reports it with its own message), CDATA, a
 * DOCTYPE, a root that is not the one expected or not in the transitional namespace (strict OOXML), a
 * document that ends before its root closes.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";

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

/** Parses `xml`; with `root`, the root element must have that name and, with `ns`, that namespace. */
export function parseXml(
  part: string,
  xml: string,
  handler: XmlHandler = IGNORE,
  root?: { name: string; ns?: string },
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
  parser.write(xml);
  if (!closedRoot) unsupported(`${part}: not closed`);
}

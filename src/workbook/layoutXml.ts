/**
 * The reading's custom XML part, one form for every adapter: `<kpiLayout xmlns="urn:kpi-evaluation-addin:layout:1">`
 * holding the reading file's JSON as text (XML-escaped). Browser-safe: the Office adapter, the fake and
 * the .xlsx adapter all use it.
 */
import { LAYOUT_NAMESPACE, LAYOUT_ROOT } from "../core";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

const escape = (text: string) =>
  text.replace(/[&<>]/g, (ch) => `&${{ "&": "amp", "<": "lt", ">": "gt" }[ch]};`);

/** The part's XML for a reading's JSON text. */
export function layoutXml(json: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${LAYOUT_ROOT} xmlns="${LAYOUT_NAMESPACE}">${escape(json)}</${LAYOUT_ROOT}>`;
}

const ROOT = new RegExp(
  `<(?:[A-Za-z_][\\w.-]*:)?${LAYOUT_ROOT}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[A-Za-z_][\\w.-]*:)?${LAYOUT_ROOT}\\s*>)`,
);

/** The JSON text of a part whose root is the reading's, or `null` for any other XML. */
export function layoutJsonOf(xml: string): string | null {
  const root = ROOT.exec(xml);
  if (root === null || !root[1].includes(`"${LAYOUT_NAMESPACE}"`)) return null;
  return decode(root[2] ?? "");
}

/** The namespace URI of an XML document's root element (its default or prefixed namespace), or `null`. */
export function rootNamespace(xml: string): string | null {
  const root = /<(?![?!])(?:([A-Za-z_][\w.-]*):)?[A-Za-z_][\w.-]*\b([^>]*)>/.exec(xml);
  if (root === null) return null;
  const prefix = root[1];
  const attribute = prefix === undefined ? /\bxmlns="([^"]*)"/ : new RegExp(`\\bxmlns:${prefix}="([^"]*)"`);
  return attribute.exec(root[2])?.[1] ?? null;
}

/**
 * The reading file stored in an .xlsx as a custom XML part, as Office's `customXmlParts.add` stores it
 * (ExcelApi 1.5): `customXml/itemN.xml` holding `<kpiLayout xmlns="urn:kpi-evaluation-addin:layout:1">`
 * with the JSON as text, its properties part `customXml/itemPropsN.xml` (the part's id and namespace),
 * its relationship `customXml/_rels/itemN.xml.rels`, and the workbook's relationship to it (ECMA-376
 * Part 1, 15.2.4 and 22.5). Reading finds the part by the workbook's relationships; writing replaces the
 * part's content, or adds the four pieces, or removes them, through the surgical writer's zip rewrite:
 * every other entry is copied byte for byte.
 */
import { randomUUID } from "node:crypto";
import { LAYOUT_NAMESPACE } from "../../core";
import { layoutJsonOf, layoutXml } from "../layoutXml";
import { WorkbookError } from "../errors";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits";
import { resolveTarget } from "./surgical/workbookParts";
import { decodeXml } from "./surgical/xmlTags";
import { rewriteZip, ZipPackage } from "./surgical/zipRewrite";
import { inflateEntry } from "./zip";

const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";
const CUSTOM_XML_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const PROPS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_CONTENT = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const RELATIONSHIP = /<Relationship\b[^>]*\/>/g;

/** A part's text, or `null` when the package has no such entry. */
function textOf(pkg: ZipPackage, name: string, limits: XlsxLimits): string | null {
  const entry = pkg.entry(name);
  if (entry === undefined) return null;
  const bytes = inflateEntry(pkg.data, entry, limits.maxUncompressedBytes);
  if (bytes === null)
    throw new WorkbookError("workbook.uncompressedTooLarge", {
      size: `> ${limits.maxUncompressedBytes}`,
      limit: limits.maxUncompressedBytes,
    });
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

interface LayoutPart {
  readonly part: string;
  readonly relId: string;
  readonly text: string;
}

/** The workbook's custom XML parts (by its relationships), with their XML. */
function customParts(pkg: ZipPackage, limits: XlsxLimits): { part: string; relId: string; xml: string }[] {
  const rels = textOf(pkg, WORKBOOK_RELS, limits) ?? "";
  const parts = [];
  for (const [tag] of rels.matchAll(RELATIONSHIP)) {
    if (attribute(tag, "Type") !== CUSTOM_XML_TYPE) continue;
    const part = resolveTarget("xl", decodeXml(attribute(tag, "Target") ?? ""));
    const xml = textOf(pkg, part, limits);
    if (xml !== null) parts.push({ part, relId: attribute(tag, "Id") ?? "", xml });
  }
  return parts;
}

function layoutPart(pkg: ZipPackage, limits: XlsxLimits): LayoutPart | null {
  for (const { part, relId, xml } of customParts(pkg, limits)) {
    const text = layoutJsonOf(xml);
    if (text !== null) return { part, relId, text };
  }
  return null;
}

/** The reading stored in the package (its JSON text), or `null` when there is none. */
export function readLayoutPart(data: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): string | null {
  return layoutPart(new ZipPackage(data), limits)?.text ?? null;
}

function propsXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="{${randomUUID().toUpperCase()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${LAYOUT_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

function itemRels(n: number): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${PROPS_TYPE}" Target="itemProps${n}.xml"/></Relationships>`
  );
}

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text);

/** `customXml/itemN.xml` → its properties part and its relationships part. */
function companions(part: string): { props: string; rels: string } {
  const n = /item(\d+)\.xml$/.exec(part)?.[1] ?? "";
  return { props: `customXml/itemProps${n}.xml`, rels: `customXml/_rels/item${n}.xml.rels` };
}

/** The package with the reading stored (`json`), or removed (`null`); everything else unchanged. */
export function withLayoutPart(
  data: Uint8Array,
  json: string | null,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Uint8Array {
  const pkg = new ZipPackage(data);
  const existing = layoutPart(pkg, limits);
  const changes = new Map<string, Uint8Array | null>();
  if (existing !== null && json !== null) {
    changes.set(existing.part, bytes(layoutXml(json)));
    return rewriteZip(pkg, changes);
  }
  if (existing === null && json === null) return data;
  const rels = textOf(pkg, WORKBOOK_RELS, limits);
  const types = textOf(pkg, CONTENT_TYPES, limits);
  if (rels === null || types === null) throw new WorkbookError("workbook.notXlsx");
  if (existing !== null) {
    const { props, rels: itemRelsPart } = companions(existing.part);
    for (const part of [existing.part, props, itemRelsPart])
      if (pkg.entry(part) !== undefined) changes.set(part, null);
    const kept = rels.replace(RELATIONSHIP, (tag) => (attribute(tag, "Id") === existing.relId ? "" : tag));
    changes.set(WORKBOOK_RELS, bytes(kept));
    const override = new RegExp(`<Override\\b[^>]*PartName="/${escapeRe(props)}"[^>]*/>`);
    changes.set(CONTENT_TYPES, bytes(types.replace(override, "")));
    return rewriteZip(pkg, changes);
  }
  let n = 1;
  while (pkg.entry(`customXml/item${n}.xml`) !== undefined) n++;
  const part = `customXml/item${n}.xml`;
  const { props, rels: itemRelsPart } = companions(part);
  changes.set(part, bytes(layoutXml(json as string)));
  changes.set(props, bytes(propsXml()));
  changes.set(itemRelsPart, bytes(itemRels(n)));
  const ids = new Set([...rels.matchAll(RELATIONSHIP)].map(([tag]) => attribute(tag, "Id")));
  let id = 1;
  while (ids.has(`rId${id}`)) id++;
  const relationship = `<Relationship Id="rId${id}" Type="${CUSTOM_XML_TYPE}" Target="../${part}"/>`;
  changes.set(WORKBOOK_RELS, bytes(rels.replace("</Relationships>", `${relationship}</Relationships>`)));
  let typesXml = types;
  if (!/<Default\b[^>]*Extension="xml"/i.test(typesXml))
    typesXml = typesXml.replace(
      /(<Types\b[^>]*>)/,
      `$1<Default Extension="xml" ContentType="application/xml"/>`,
    );
  typesXml = typesXml.replace(
    "</Types>",
    `<Override PartName="/${props}" ContentType="${PROPS_CONTENT}"/></Types>`,
  );
  changes.set(CONTENT_TYPES, bytes(typesXml));
  return rewriteZip(pkg, changes);
}

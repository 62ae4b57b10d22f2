/**
 * The package-level parts a surgical write reads or touches: the sheets of xl/workbook.xml with their
 * parts and ids (relationship targets relative to xl/ or absolute, as openpyxl writes them),
 * `fullCalcOnLoad` on `calcPr` (so that Excel recalculates what the change wrote), the changed cells
 * dropped from xl/calcChain.xml (Excel rebuilds the chain), and — when nothing is left of the chain —
 * its relationship and content-type override.
 */
import { posix } from "node:path";
import { applyEdits, attributeOf, TagScanner, withAttributes, type Edit, type Tag } from "./xmlTags";

export interface SheetPart {
  readonly name: string;
  readonly sheetId: string;
  readonly part: string;
}

/** Where a relationship of a part in `baseDir` points, as a zip entry name. */
export function resolveTarget(baseDir: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : posix.join(baseDir, target);
  return posix.normalize(path).replace(/^\/+/, "");
}

function* tagsAt(xml: string, part: string, depth: number): Generator<Tag> {
  const scanner = new TagScanner(xml, part);
  let level = 0;
  for (let tag = scanner.next(); tag !== null; tag = scanner.next()) {
    if (tag.closing) {
      level--;
      continue;
    }
    if (level === depth) yield tag;
    if (!tag.selfClosing) level++;
  }
}

export function readSheetParts(workbookXml: string, relsXml: string): SheetPart[] {
  const targets = new Map<string, string>();
  for (const tag of tagsAt(relsXml, "xl/_rels/workbook.xml.rels", 1)) {
    const id = attributeOf(relsXml, tag, "Id");
    const target = attributeOf(relsXml, tag, "Target");
    if (tag.local === "Relationship" && id !== undefined && target !== undefined)
      targets.set(id, resolveTarget("xl", target));
  }
  const sheets: SheetPart[] = [];
  for (const tag of tagsAt(workbookXml, "xl/workbook.xml", 2)) {
    if (tag.local !== "sheet") continue;
    const rid = relationshipId(workbookXml, tag);
    const name = attributeOf(workbookXml, tag, "name");
    const part = rid === undefined ? undefined : targets.get(rid);
    if (name !== undefined && part !== undefined)
      sheets.push({ name, sheetId: attributeOf(workbookXml, tag, "sheetId") ?? "", part });
  }
  return sheets;
}

/** The relationship id of a `<sheet>` whatever prefix the file binds the relationships namespace to. */
function relationshipId(xml: string, tag: Tag): string | undefined {
  const m = /\s([A-Za-z_][\w.-]*):id\s*=\s*"([^"]*)"/.exec(xml.slice(tag.start, tag.end));
  return m?.[2];
}

/** Elements after `calcPr` in CT_Workbook: a new `calcPr` goes before the first of them. */
const AFTER_CALC_PR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** xl/workbook.xml with `fullCalcOnLoad="1"`, or `null` when it already says so. */
export function withFullCalcOnLoad(xml: string): string | null {
  let root: Tag | null = null;
  let before: Tag | null = null;
  for (const tag of tagsAt(xml, "xl/workbook.xml", 1)) {
    if (tag.local === "calcPr") {
      const current = attributeOf(xml, tag, "fullCalcOnLoad");
      if (current === "1" || current === "true") return null;
      return applyEdits(xml, [
        { start: tag.start, end: tag.end, text: withAttributes(xml, tag, { fullCalcOnLoad: "1" }) },
      ]);
    }
    if (before === null && AFTER_CALC_PR.includes(tag.local)) before = tag;
  }
  for (const tag of tagsAt(xml, "xl/workbook.xml", 0)) root = tag;
  const prefix = root !== null && root.name.includes(":") ? `${root.name.split(":")[0]}:` : "";
  const element = `<${prefix}calcPr fullCalcOnLoad="1"/>`;
  const at = before?.start ?? xml.lastIndexOf("</");
  return applyEdits(xml, [{ start: at, end: at, text: element }]);
}

/**
 * xl/calcChain.xml without the `cells` (`sheetId!A1`), or `null` when none is left. An entry's sheet is
 * inherited from the one before when it has no `i`: a kept entry whose predecessor changed gets its `i`.
 */
export function withoutChainCells(xml: string, cells: ReadonlySet<string>): string | null {
  const edits: Edit[] = [];
  let sheet: string | undefined;
  let keptSheet: string | undefined;
  let kept = 0;
  for (const tag of tagsAt(xml, "xl/calcChain.xml", 1)) {
    if (tag.local !== "c") continue;
    const own = attributeOf(xml, tag, "i");
    sheet = own ?? sheet;
    const address = attributeOf(xml, tag, "r") ?? "";
    if (cells.has(`${sheet}!${address.replace(/\$/g, "")}`)) {
      edits.push({ start: tag.start, end: tag.end, text: "" });
      continue;
    }
    kept++;
    if (own === undefined && sheet !== keptSheet && sheet !== undefined)
      edits.push({ start: tag.start, end: tag.end, text: withAttributes(xml, tag, { i: sheet }) });
    keptSheet = sheet;
  }
  if (kept === 0) return null;
  return edits.length === 0 ? xml : applyEdits(xml, edits);
}

/** A relationships or content-types part without the root's children that `matches` picks (by attribute). */
export function withoutElements(
  xml: string,
  part: string,
  matches: (attribute: (name: string) => string | undefined) => boolean,
): string {
  const edits: Edit[] = [];
  const scanner = new TagScanner(xml, part);
  let depth = 0;
  for (let tag = scanner.next(); tag !== null; tag = scanner.next()) {
    if (tag.closing) depth--;
    else if (depth === 1) {
      const end = scanner.skipElement(tag);
      if (matches((name) => attributeOf(xml, tag, name)))
        edits.push({ start: tag.start, end: end.end, text: "" });
    } else if (!tag.selfClosing) depth++;
  }
  return applyEdits(xml, edits);
}

/**
 * The sheets of xl/workbook.xml in their order, each with its part (through xl/_rels/workbook.xml.rels,
 * resolved as ExcelJS resolves a target). Whatever ExcelJS would rename, refuse or skip is `Unsupported`:
 * a name ExcelJS's worksheet-name rules reject or truncate, a sheet id that is not a positive integer or
 * is repeated, a sheet whose part is missing or shared, a 1904 date system.
 */
import type { SaxesTagPlain } from "saxes";
import { parseXml, MAIN_NS, RELS_NS, unsupported } from "./xml";
import { SHEET_PART } from "./parts";

export interface SheetEntry {
  readonly name: string;
  readonly part: string;
}

/** Relationship id → target, as ExcelJS reads xl/_rels/workbook.xml.rels. */
function relationshipTargets(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  parseXml(
    "xl/_rels/workbook.xml.rels",
    xml,
    {
      open(tag, depth) {
        if (tag.name !== "Relationship" || depth !== 1) return;
        const { Id: id, Target: target } = tag.attributes;
        if (id === undefined || target === undefined || targets.has(id)) unsupported("workbook relationship");
        targets.set(id, target);
      },
      text: () => undefined,
      close: () => undefined,
    },
    { name: "Relationships", ns: RELS_NS },
  );
  return targets;
}

/** ExcelJS's worksheet-name rules: a name it would refuse, truncate or find taken (any case). */
function isPlainName(name: string | undefined, taken: Set<string>): name is string {
  return (
    name !== undefined &&
    name !== "" &&
    name !== "History" &&
    !/[*?:/\\[\]]/.test(name) &&
    !/(^')|('$)/.test(name) &&
    name.length <= 31 &&
    !taken.has(name.toLowerCase())
  );
}

/** Where ExcelJS expects the elements it reads (it would also read them elsewhere). */
const DEPTHS = new Map([
  ["workbookPr", 1],
  ["sheets", 1],
  ["sheet", 2],
]);

export function readSheetEntries(workbookXml: string, relsXml: string | null): SheetEntry[] {
  const targets = relationshipTargets(relsXml ?? unsupported("no workbook relationships"));
  const sheets: SheetEntry[] = [];
  const ids = new Set<number>();
  const names = new Set<string>();
  const parts = new Set<string>();
  const addSheet = ({ attributes }: SaxesTagPlain) => {
    const { name, sheetId } = attributes;
    const id = Number(sheetId);
    if (!/^[1-9][0-9]*$/.test(sheetId ?? "") || ids.has(id)) unsupported("sheet id");
    if (!isPlainName(name, names)) return unsupported("sheet name");
    const target = targets.get(attributes["r:id"] ?? "");
    const part = target === undefined ? "" : `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!SHEET_PART.test(part) || parts.has(part)) unsupported(`sheet part ${part}`);
    ids.add(id);
    names.add(name.toLowerCase());
    parts.add(part);
    sheets.push({ name, part });
  };
  parseXml(
    "xl/workbook.xml",
    workbookXml,
    {
      open(tag, depth) {
        const expected = DEPTHS.get(tag.name);
        if (expected !== undefined && depth !== expected) unsupported(`workbook ${tag.name}`);
        if (tag.name === "sheet") addSheet(tag);
        if (tag.name === "workbookPr" && tag.attributes.date1904 === "1") unsupported("1904 dates");
      },
      text: () => undefined,
      close: () => undefined,
    },
    { name: "workbook", ns: MAIN_NS },
  );
  return sheets;
}

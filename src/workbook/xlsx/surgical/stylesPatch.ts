/**
 * xl/styles.xml when a change names a number format: the cell's current `xf` copied with the format's
 * id, appended at the end of `cellXfs` (existing `xf`s are never rewritten or renumbered, so every other
 * cell keeps its look); a format that is neither built in nor already in `numFmts` is appended there with
 * the next free custom id (≥ 164). Each (style, format) pair is added once per write.
 */
import { WorkbookError } from "../../errors";
import { builtInFormat } from "../fast/excelRules";
import {
  applyEdits,
  attributeOf,
  encodeXml,
  TagScanner,
  withAttributes,
  type Edit,
  type Tag,
} from "./xmlTags";

const PART = "xl/styles.xml";
const FIRST_CUSTOM_ID = 164;

interface Xf {
  readonly open: Tag;
  readonly close: Tag;
  readonly numFmtId: number;
}

interface List {
  readonly open: Tag;
  readonly close: Tag;
}

function builtInId(format: string): number | null {
  if (format === "General") return 0;
  for (let id = 1; id < FIRST_CUSTOM_ID; id++) if (builtInFormat(id) === format) return id;
  return null;
}

export class StylesPatch {
  private readonly xfs: Xf[] = [];
  private readonly customFormats = new Map<string, number>();
  private numFmts: List | null = null;
  private cellXfs: List | null = null;
  private rootOpen!: Tag;
  private nextCustomId = FIRST_CUSTOM_ID;
  private formatCount = 0;
  private readonly addedFormats: { id: number; code: string }[] = [];
  private readonly addedXfs: string[] = [];
  private readonly added = new Map<string, number>();
  /** Each format's id once looked up (a write asks for the same few formats cell after cell). */
  private readonly ids = new Map<string, number>();

  constructor(private readonly xml: string) {
    const scanner = new TagScanner(xml, PART);
    // depth: elements open around the tag; lists are the root's children (depth 1).
    let depth = 0;
    let list: Tag | null = null;
    for (let tag = scanner.next(); tag !== null; tag = scanner.next()) {
      if (tag.closing) {
        depth--;
        if (depth === 1 && list !== null) this.closeList(list, tag);
        if (depth === 1) list = null;
        continue;
      }
      if (depth === 0) this.rootOpen = tag;
      else if (depth === 1) {
        list = tag.selfClosing ? null : tag;
        if (tag.selfClosing) this.closeList(tag, tag);
      } else if (depth === 2 && list?.local === "numFmts" && tag.local === "numFmt") this.readFormat(tag);
      else if (depth === 2 && list?.local === "cellXfs" && tag.local === "xf") {
        const close = scanner.skipElement(tag);
        this.xfs.push({
          open: tag,
          close,
          numFmtId: parseInt(attributeOf(xml, tag, "numFmtId") ?? "0", 10) || 0,
        });
        continue;
      }
      if (!tag.selfClosing) depth++;
    }
    if (this.cellXfs === null || this.xfs.length === 0)
      throw new WorkbookError("workbook.corrupt", { reason: `${PART} has no cell formats` });
  }

  private closeList(list: Tag, close: Tag): void {
    if (list.local === "numFmts") this.numFmts = { open: list, close };
    if (list.local === "cellXfs") this.cellXfs = { open: list, close };
  }

  private readFormat(tag: Tag): void {
    const id = parseInt(attributeOf(this.xml, tag, "numFmtId") ?? "", 10);
    const code = attributeOf(this.xml, tag, "formatCode");
    this.formatCount++;
    if (Number.isNaN(id)) return;
    if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, id);
    this.nextCustomId = Math.max(this.nextCustomId, id + 1);
  }

  private formatId(format: string): number {
    let id = this.ids.get(format) ?? builtInId(format) ?? this.customFormats.get(format);
    if (id === undefined) {
      id = this.nextCustomId++;
      this.customFormats.set(format, id);
      this.addedFormats.push({ id, code: format });
    }
    this.ids.set(format, id);
    return id;
  }

  /** The style index for `current` with `numberFormat`: `current` when it already has it. */
  styleFor(current: number, numberFormat: string): number {
    const base = this.xfs[current] ?? this.xfs[0];
    const id = this.formatId(numberFormat);
    if (base.numFmtId === id) return current;
    const key = `${current}:${id}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const start = withAttributes(this.xml, base.open, { numFmtId: String(id), applyNumberFormat: "1" });
    const rest = base.open === base.close ? "" : this.xml.slice(base.open.end, base.close.end);
    this.addedXfs.push(start + rest);
    const index = this.xfs.length + this.addedXfs.length - 1;
    this.added.set(key, index);
    return index;
  }

  /** The patched part, or `null` when no format was added. */
  result(): string | null {
    if (this.addedXfs.length === 0 && this.addedFormats.length === 0) return null;
    const edits: Edit[] = [];
    const prefix = this.rootOpen.name.includes(":") ? this.rootOpen.name.split(":")[0] + ":" : "";
    if (this.addedFormats.length > 0) {
      const formats = this.addedFormats
        .map(({ id, code }) => `<${prefix}numFmt numFmtId="${id}" formatCode="${encodeXml(code)}"/>`)
        .join("");
      const list = this.numFmts;
      if (list === null) {
        const at = this.rootOpen.end;
        edits.push({
          start: at,
          end: at,
          text: `<${prefix}numFmts count="${this.addedFormats.length}">${formats}</${prefix}numFmts>`,
        });
      } else edits.push(...this.appendTo(list, formats, this.formatCount + this.addedFormats.length));
    }
    const cellXfs = this.cellXfs as List;
    edits.push(...this.appendTo(cellXfs, this.addedXfs.join(""), this.xfs.length + this.addedXfs.length));
    return applyEdits(this.xml, edits);
  }

  /** Items appended at the end of a list, and its `count` updated when it has one. */
  private appendTo(list: List, items: string, count: number): Edit[] {
    if (items === "") return [];
    const hasCount = attributeOf(this.xml, list.open, "count") !== undefined;
    const open = hasCount ? withAttributes(this.xml, list.open, { count: String(count) }) : null;
    if (list.open.selfClosing) {
      const start = (open ?? this.xml.slice(list.open.start, list.open.end)).replace(/\s*\/>$/, ">");
      return [{ start: list.open.start, end: list.open.end, text: `${start}${items}</${list.open.name}>` }];
    }
    const edits: Edit[] = [{ start: list.close.start, end: list.close.start, text: items }];
    if (open !== null) edits.push({ start: list.open.start, end: list.open.end, text: open });
    return edits;
  }
}

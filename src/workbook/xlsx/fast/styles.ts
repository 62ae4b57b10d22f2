/**
 * Number formats of xl/styles.xml by cell style index, as ExcelJS resolves them: `cellXfs[s].numFmtId`
 * through the file's `numFmts` (backslash escapes removed, as ExcelJS removes them) or else the built-in
 * formats; a style 0, a missing style and a numFmtId 0 have none. ExcelJS would fail on a `numFmt`
 * without a formatCode and on a styles part without cellXfs: `Unsupported`.
 */
import { normalizeNumberFormat } from "../../changes";
import { builtInFormat, isDateFormat } from "./excelRules";
import { MAIN_NS, parseXml, unsupported } from "./xml";

export interface CellStyle {
  /** The format as ExcelJS holds it (`General` included), or undefined. */
  readonly raw: string | undefined;
  /** What a grid shows: `null` for none and for General. */
  readonly numberFormat: string | null;
  readonly isDate: boolean;
}

const NONE: CellStyle = { raw: undefined, numberFormat: null, isDate: false };

export class Styles {
  private constructor(private readonly xfs: readonly CellStyle[]) {}

  private lastS: string | undefined;
  private last: CellStyle = NONE;

  /** The style of a cell's or row's `s` attribute as ExcelJS reads it (`parseInt`; 0 is no style). */
  of(s: string | undefined): CellStyle {
    if (s === this.lastS) return this.last;
    this.lastS = s;
    this.last = this.ofId(s === undefined ? 0 : parseInt(s, 10));
    return this.last;
  }

  /** The style of index `id` (`NaN` and 0 are no style). */
  ofId(id: number): CellStyle {
    return (id && this.xfs[id]) || NONE;
  }

  static parse(xml: string): Styles {
    const custom = new Map<number, string>();
    const formatIds: number[] = [];
    let list: string | null = null;
    parseXml(
      "xl/styles.xml",
      xml,
      {
        open({ name, attributes }, depth) {
          if (depth === 1) list = name;
          if (depth !== 2) return;
          if (list === "numFmts" && name === "numFmt") {
            const { numFmtId, formatCode } = attributes;
            if (formatCode === undefined) unsupported("numFmt without formatCode");
            custom.set(parseInt(numFmtId, 10), formatCode.replace(/[\\](.)/g, "$1"));
          }
          if (list === "cellXfs" && name === "xf") formatIds.push(parseInt(attributes.numFmtId, 10));
        },
        text: () => undefined,
        close(_name, depth) {
          if (depth === 1) list = null;
        },
      },
      { name: "styleSheet", ns: MAIN_NS },
    );
    if (formatIds.length === 0) unsupported("no cellXfs");
    const xfs = formatIds.map((id): CellStyle => {
      const raw = id ? custom.get(id) || builtInFormat(id) : undefined;
      return { raw, numberFormat: normalizeNumberFormat(raw), isDate: isDateFormat(raw) };
    });
    return new Styles(xfs);
  }
}

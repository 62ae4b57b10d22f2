/**
 * One `<c>` element read as ExcelJS 4.4 reads it (lib/xlsx/xform/sheet/cell-xform.js) and as worksheetGrid then
 * reports it: a formula cell holds its cached result, or `null` when the file stored none ("not
 * calculated"); a cached 0 stays 0; a shared formula's dependent cell gets its master's formula translated
 * to it (by ExcelJS's own translation); `str` results and constants are XML-decoded a second time, as
 * ExcelJS does; a number under a date format becomes ExcelJS's Date, i.e. a serial rounded to the
 * millisecond; inline rich text is flattened. Cell types ExcelJS would misread (a shared-string or inline
 * formula result, `t="d"`, phonetic runs in a cell, a dependent before its master…) are `Unsupported`.
 */
import type { SaxesTagPlain } from "saxes";
import { toA1, type CellValue } from "../../../core/grid";
import type { ReadCells } from "../cellGrid";
import { dateSerial, decodeEscapes, slideFormula, xmlDecode } from "./excelRules";
import { digitsAt } from "./simpleCell";
import type { CellStyle } from "./styles";
import { unsupported } from "./xml";

/** What the text being read belongs to. */
const enum Into {
  Nothing,
  Formula,
  Value,
  RunText,
}

export class CellReader {
  /** Shared-formula masters by `si`: their address and formula. */
  private readonly sharedMasters = new Map<string, { address: string; formula: string }>();
  /** Sheet coordinates of every shared-formula master. */
  readonly masters: [number, number][] = [];

  private row = 0;
  private col = 0;
  private type: string | undefined;
  private style!: CellStyle;
  private into = Into.Nothing;
  private formulaSeen = false;
  private formulaText = "";
  private formulaType: string | undefined;
  private formulaRef: string | undefined;
  private formulaSi: string | undefined;
  private valueText: string | undefined;
  private inInline = false;
  private runs: string[] | null = null;
  private runText: string | undefined;

  constructor(private readonly sharedStrings: readonly (string | null)[] | null) {}

  /** The cell's address as the file spells it (the sheet reader accepts only that spelling). */
  private get address(): string {
    return toA1(this.row, this.col);
  }

  start(row: number, col: number, type: string | undefined, style: CellStyle): void {
    this.row = row;
    this.col = col;
    this.type = type;
    this.style = style;
    this.into = Into.Nothing;
    this.formulaSeen = false;
    this.formulaText = "";
    this.formulaType = undefined;
    this.formulaRef = undefined;
    this.formulaSi = undefined;
    this.valueText = undefined;
    this.inInline = false;
    this.runs = null;
  }

  /** An element inside the cell; `depth` 1 is a child of `<c>`. */
  open({ name, attributes }: SaxesTagPlain, depth: number): void {
    if (depth === 1 && name === "v") this.into = Into.Value;
    else if (depth === 1 && name === "f" && !this.formulaSeen) {
      this.formulaSeen = true;
      this.formulaType = attributes.t;
      this.formulaRef = attributes.ref;
      this.formulaSi = attributes.si;
      this.into = Into.Formula;
    } else if (depth === 1 && name === "is") this.inInline = true;
    else if (depth === 2 && this.inInline && name === "t") this.into = Into.Value;
    else if (depth === 2 && this.inInline && name === "r") {
      this.runText = undefined;
      this.runs ??= [];
    } else if (depth === 3 && this.runs !== null && name === "t" && this.runText === undefined) {
      this.runText = "";
      this.into = Into.RunText;
    } else if (!(depth === 3 && this.runs !== null && name === "rPr") && depth < 4)
      unsupported(`cell ${this.address}: ${name}`);
  }

  text(text: string): void {
    switch (this.into) {
      case Into.Formula:
        this.formulaText += text;
        break;
      case Into.Value:
        this.valueText = this.valueText === undefined ? text : this.valueText + text;
        break;
      case Into.RunText:
        this.runText += text;
        break;
      default:
        break;
    }
  }

  close(name: string, depth: number): void {
    if (depth === 3 && this.into === Into.RunText) this.runText = decodeEscapes(this.runText ?? "");
    if (depth === 2 && name === "r") this.runs?.push(this.runText ?? "");
    if (depth === 1 && name === "is") this.inInline = false;
    if (depth <= 3) this.into = Into.Nothing;
  }

  finish(read: ReadCells): void {
    let value: CellValue = null;
    let formula: string | null = null;
    if (this.formulaSeen && (this.formulaText || this.formulaType)) {
      formula = `=${this.formula()}`;
      value = this.result();
    } else if (this.runs !== null) {
      if (this.type !== "inlineStr" || this.valueText !== undefined) unsupported(`cell ${this.address}`);
      value = this.runs.join("");
    } else if (this.valueText !== undefined) value = this.constant(this.valueText);
    read.push(this.row, this.col, value, formula, this.style.numberFormat);
  }

  /**
   * A whole cell whose only content is the value `xml` holds from `from` to `to` (`<v>`; none when they are
   * equal), read without its events (./simpleCell.ts): as `start`, its events and `finish` would read it.
   */
  readSimple(
    read: ReadCells,
    row: number,
    col: number,
    type: string | undefined,
    style: CellStyle,
    xml: string,
    from: number,
    to: number,
  ): void {
    // Only what `constant` and messages use: the state of a cell's content is never read for a simple cell.
    this.row = row;
    this.col = col;
    this.type = type;
    this.style = style;
    let value: CellValue = null;
    if (from < to) {
      const digits = digitsAt(xml, from, to);
      if (digits >= 0 && this.type === "s") value = this.sharedString(digits);
      else if (digits >= 0 && (this.type === undefined || this.type === "n"))
        value = this.style.isDate ? dateSerial(digits) : digits;
      else value = this.constant(xml.slice(from, to));
    }
    read.push(this.row, this.col, value, null, this.style.numberFormat);
  }

  private formula(): string {
    const { formulaText: text, formulaType: type, formulaSi: si } = this;
    if (type === "shared" && si !== undefined && this.formulaRef) {
      if (!text || this.sharedMasters.has(si)) return unsupported(`shared formula master ${this.address}`);
      this.sharedMasters.set(si, { address: this.address, formula: text });
      this.masters.push([this.row, this.col]);
      return text;
    }
    if (type === "shared" && si !== undefined) {
      if (text) return text;
      const master = this.sharedMasters.get(si) ?? unsupported(`shared formula ${this.address}`);
      return slideFormula(master.formula, master.address, this.address);
    }
    if ((type === undefined || type === "normal" || type === "array") && text) return text;
    return unsupported(`formula ${this.address}`);
  }

  /** A formula's cached result. */
  private result(): CellValue {
    if (this.runs !== null) unsupported(`formula ${this.address} with rich text`);
    const text = this.valueText;
    if (!text) return null;
    let result: CellValue;
    if (this.type === "str") result = xmlDecode(text);
    else if (this.type === "b") result = parseInt(text, 10) !== 0;
    else if (this.type === "e") result = { error: text };
    else if (this.type === undefined || this.type === "n") result = parseFloat(text);
    else return unsupported(`formula ${this.address} of type ${this.type}`);
    return this.style.isDate ? dateSerial(result) : result;
  }

  private constant(text: string): CellValue {
    switch (this.type) {
      case "s":
        return this.sharedString(parseInt(text, 10));
      case "str":
        return xmlDecode(text);
      case "inlineStr":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: text };
      case undefined:
      case "n": {
        const number = parseFloat(text);
        return this.style.isDate ? dateSerial(number) : number;
      }
      default:
        return unsupported(`cell ${this.address} of type ${this.type}`);
    }
  }

  private sharedString(index: number): string | null {
    const strings = this.sharedStrings;
    if (strings === null || !(index >= 0 && index < strings.length))
      return unsupported(`shared string ${this.address}`);
    return strings[index];
  }
}

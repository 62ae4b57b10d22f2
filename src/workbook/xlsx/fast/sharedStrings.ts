/**
 * xl/sharedStrings.xml as the texts cells show, as ExcelJS reads it: an `<si>` of one `<t>` is that text,
 * one of `<r>` runs is its runs' texts joined (rich text flattened, as ./cells.ts flattens it), one
 * without either reads as empty (`null`); phonetic runs (`<rPh>`) and `<phoneticPr>` are left out;
 * `_xHHHH_` escapes are decoded. Whatever ExcelJS reads differently or refuses (an element other than
 * `<si>` in `<sst>`, a `<t>` beside runs, two `<t>`s, an unknown element) is `Unsupported`.
 */
import type { SaxesTagPlain } from "saxes";
import { decodeEscapes } from "./excelRules";
import { isPlainChar } from "./strictContent";
import { MAIN_NS, parseMostlyPlain, unsupported, type XmlHandler } from "./xml";

const SI_T = "<si><t>";
const SI_T_PRESERVE = '<si><t xml:space="preserve">';
const T_SI = "</t></si>";
const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;

/** Where the parser is inside one `<si>`. */
type Place = "si" | "run" | "text" | "runText" | "skip";

class SharedStringsHandler implements XmlHandler {
  readonly strings: (string | null)[] = [];
  private place: Place = "si";
  private skipDepth = 0;
  private chunks: string[] = [];
  private plain: string | null = null;
  private runs: string[] | null = null;
  private run: string | undefined;

  open({ name }: SaxesTagPlain, depth: number): void {
    if (this.place === "skip" || depth === 0) return;
    if (depth === 1) {
      if (name !== "si") unsupported(`sst ${name}`);
      this.plain = null;
      this.runs = null;
      this.place = "si";
    } else if (this.place === "si" && depth === 2) {
      if (name === "t" && this.plain === null && this.runs === null) this.startText("text");
      else if (name === "r" && this.plain === null) {
        this.place = "run";
        this.run = undefined;
      } else if (name === "rPh" || name === "phoneticPr") this.skip(depth);
      else unsupported(`si ${name}`);
    } else if (this.place === "run" && depth === 3) {
      if (name === "t" && this.run === undefined) this.startText("runText");
      else if (name === "rPr") this.skip(depth);
      else unsupported(`r ${name}`);
    } else unsupported(`si ${name}`);
  }

  private startText(place: "text" | "runText"): void {
    this.place = place;
    this.chunks = [];
  }

  private skip(depth: number): void {
    this.place = "skip";
    this.skipDepth = depth;
  }

  text(chunk: string): void {
    if (this.place === "text" || this.place === "runText") this.chunks.push(chunk);
  }

  /**
   * The usual `<si><t>text</t></si>` (or `<t xml:space="preserve">`), of plain characters but `&`, `<`
   * and `>`, read straight from the text: as its events would read it.
   */
  element(xml: string, start: number, end: number, depth: number): number {
    if (depth !== 1 || this.place !== "si") return -1;
    let at = start;
    if (xml.startsWith(SI_T, at)) at += SI_T.length;
    else if (xml.startsWith(SI_T_PRESERVE, at)) at += SI_T_PRESERVE.length;
    else return -1;
    const text = at;
    for (let code = xml.charCodeAt(at); code !== LT; code = xml.charCodeAt(++at))
      if (!isPlainChar(code, false) || code === AMP || code === GT) return -1;
    if (!xml.startsWith(T_SI, at) || at + T_SI.length > end) return -1;
    this.strings.push(decodeEscapes(xml.slice(text, at)));
    return at + T_SI.length;
  }

  close(name: string, depth: number): void {
    if (this.place === "skip") {
      if (depth === this.skipDepth) this.place = depth === 2 ? "si" : "run";
    } else if (this.place === "text") {
      this.plain = decodeEscapes(this.chunks.join(""));
      this.place = "si";
    } else if (this.place === "runText") {
      this.run = decodeEscapes(this.chunks.join(""));
      this.place = "run";
    } else if (this.place === "run" && name === "r") {
      (this.runs ??= []).push(this.run ?? "");
      this.place = "si";
    } else if (depth === 1) this.strings.push(this.plain ?? this.runs?.join("") ?? null);
  }
}

export function parseSharedStrings(xml: string): (string | null)[] {
  return parseMostlyPlain(
    "xl/sharedStrings.xml",
    xml,
    () => new SharedStringsHandler(),
    { name: "sst", ns: MAIN_NS },
    { name: "sst", depth: 0 },
  ).strings;
}

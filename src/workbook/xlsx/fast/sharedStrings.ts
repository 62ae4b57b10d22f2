/**
 * xl/sharedStrings.xml as the texts cells show, as ExcelJS reads it: an `<si>` of one `<t>` is that text,
 * one of `<r>` runs is its runs' texts joined (rich text flattened, as ./cells.ts flattens it), one
 * without either reads as empty (`null`); phonetic runs (`<rPh>`) and `<phoneticPr>` are left out;
 * `_xHHHH_` escapes are decoded. Whatever ExcelJS reads differently or refuses (an element other than
 * `<si>` in `<sst>`, a `<t>` beside runs, two `<t>`s, an unknown element) is `Unsupported`.
 */
import { decodeEscapes } from "./excelRules";
import { MAIN_NS, parseXml, unsupported } from "./xml";

/** Where the parser is inside one `<si>`. */
type Place = "si" | "run" | "text" | "runText" | "skip";

export function parseSharedStrings(xml: string): (string | null)[] {
  const strings: (string | null)[] = [];
  let place: Place = "si";
  let skipDepth = 0;
  let text: string[] = [];
  let plain: string | null = null;
  let runs: string[] | null = null;
  let run: string | undefined;
  parseXml(
    "xl/sharedStrings.xml",
    xml,
    {
      open({ name }, depth) {
        if (place === "skip" || depth === 0) return;
        if (depth === 1) {
          if (name !== "si") unsupported(`sst ${name}`);
          plain = null;
          runs = null;
          place = "si";
          return;
        }
        if (place === "si" && depth === 2) {
          if (name === "t" && plain === null && runs === null) {
            place = "text";
            text = [];
          } else if (name === "r" && plain === null) {
            place = "run";
            run = undefined;
          } else if (name === "rPh" || name === "phoneticPr") {
            place = "skip";
            skipDepth = depth;
          } else unsupported(`si ${name}`);
          return;
        }
        if (place === "run" && depth === 3) {
          if (name === "t" && run === undefined) {
            place = "runText";
            text = [];
          } else if (name === "rPr") {
            place = "skip";
            skipDepth = depth;
          } else unsupported(`r ${name}`);
          return;
        }
        unsupported(`si ${name}`);
      },
      text(chunk) {
        if (place === "text" || place === "runText") text.push(chunk);
      },
      close(name, depth) {
        if (place === "skip") {
          if (depth === skipDepth) place = depth === 2 ? "si" : "run";
          return;
        }
        if (place === "text") {
          plain = decodeEscapes(text.join(""));
          place = "si";
        } else if (place === "runText") {
          run = decodeEscapes(text.join(""));
          place = "run";
        } else if (place === "run" && name === "r") {
          (runs ??= []).push(run ?? "");
          place = "si";
        } else if (depth === 1) strings.push(plain ?? (runs === null ? null : (runs as string[]).join("")));
      },
    },
    { name: "sst", ns: MAIN_NS },
  );
  return strings;
}

/**
 * The strict tokenizer the fast reader uses inside `<sheetData>` reads what saxes reads, or refuses
 * (`NotPlain`, and saxes then reads the part): never different events, never content saxes rejects.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { NotPlain, parsePlainContent } from "../../src/workbook/xlsx/fast/strictContent";
import type { XmlHandler } from "../../src/workbook/xlsx/fast/xml";

type Event = string;

/** Events with adjacent texts joined (how text is split into events does not matter to the reader). */
function recorder(): { handler: XmlHandler; events: Event[] } {
  const events: Event[] = [];
  const text = (t: string) => {
    const last = events.length - 1;
    if (last >= 0 && events[last].startsWith("text:")) events[last] += t;
    else events.push(`text:${t}`);
  };
  return {
    events,
    handler: {
      open: (tag, depth) =>
        events.push(`open:${depth}:${tag.name}:${JSON.stringify(Object.entries(tag.attributes))}`),
      text,
      close: (name, depth) => events.push(`close:${depth}:${name}`),
    },
  };
}

function viaSaxes(content: string): Event[] | "error" {
  const { handler, events } = recorder();
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let depth = 0;
  let failed = false;
  parser.on("error", () => (failed = true));
  parser.on("opentag", (tag) => depth++ > 0 && handler.open(tag, depth - 1));
  parser.on("text", (t) => handler.text(t));
  parser.on("closetag", (tag) => --depth > 0 && handler.close(tag.name, depth));
  parser.write(`<root>${content}</root>`).close();
  return failed ? "error" : events;
}

function viaPlain(content: string): Event[] | "notPlain" {
  const { handler, events } = recorder();
  const xml = `<root>${content}</root>`;
  try {
    parsePlainContent(xml, 6, 6 + content.length, 1, handler);
    return events;
  } catch (error) {
    if (error instanceof NotPlain) return "notPlain";
    throw error;
  }
}

const FRAGMENTS = [
  '<row r="1" spans="1:3">',
  "</row>",
  '<c r="A1" s="2" t="s">',
  "</c>",
  '<c r="B1"/>',
  "<v>",
  "</v>",
  "<f>",
  "</f>",
  '<t xml:space="preserve">',
  "</t>",
  "1.5",
  " ",
  "集計中",
  "&amp;",
  "&lt;&gt;&quot;&apos;",
  "&#10;",
  "&bogus;",
  "&constructor;",
  '<c toString="1">',
  "&amp",
  "<!-- note -->",
  "<![CDATA[x]]>",
  "]]>",
  "]]",
  ">",
  "<",
  '"',
  "\r\n",
  "\n",
  "\t",
  "\u0001",
  "\u0085",
  "\uD800",
  "😀",
  "<?pi x?>",
  "</ c>",
  "</c >",
  '<c r="A1" r="B1">',
  "<c r='A1'>",
  '<c r="a\tb">',
  '<c  r = "A1">',
  '<c r="A1"s="1">',
  '<c r="&quot;x&lt;">',
  '<x:c a:b="1">',
  '<c r="<">',
  "<1c>",
  "<c/ >",
];

test("the strict tokenizer reads plain content as saxes does and refuses everything else", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }), (parts) => {
      const content = parts.join("");
      const plain = viaPlain(content);
      if (plain === "notPlain") return;
      expect(viaSaxes(content)).toEqual(plain);
    }),
    { numRuns: 3_000 },
  );
});

const ELEMENTS: [string, string][] = [
  ['<row r="1" spans="1:3" x14ac:dyDescent="0.25">', "</row>"],
  ['<c r="A1" s="2" t="s">', "</c>"],
  ["<v>", "</v>"],
  ['<t xml:space="preserve">', "</t>"],
  ['<c r="&quot;&amp;&lt;">', "</c >"],
  ['<c r="A1" r="B1">', "</c>"],
  ["<c r='A1'>", "</c>"],
  ['<c  r = "A1">', "</c>"],
  ['<x:c a:b="1">', "</x:c>"],
  ['<c r="a\tb">', "</c>"],
  ['<c r="A1"/>', ""],
  ["<c>", "</v>"],
];

const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, fc.constantFrom(...FRAGMENTS.slice(11)), tie("element")),
  element: fc
    .tuple(fc.constantFrom(...ELEMENTS), fc.array(tie("node"), { maxLength: 3 }))
    .map(([[open, close], children]) =>
      close === "" ? open : open + (children as string[]).join("") + close,
    ),
})).element;

test("nested elements: read as saxes reads them, or refused", () => {
  fc.assert(
    fc.property(fc.array(tree, { maxLength: 3 }), (elements) => {
      const content = elements.join("");
      const plain = viaPlain(content);
      if (plain !== "notPlain") expect(viaSaxes(content)).toEqual(plain);
    }),
    { numRuns: 3_000 },
  );
});

test("a typical sheet row is plain", () => {
  const row =
    '<row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" s="1"><v>1600</v></c><c r="B2" t="s"><v>3</v></c>' +
    '<c r="C2"><f>A2/B2</f><v>0.5</v></c><c r="D2" t="inlineStr"><is><t xml:space="preserve"> a &amp; b </t></is></c></row>';
  expect(viaPlain(row)).toEqual(viaSaxes(row));
  expect(viaPlain(row)).not.toBe("notPlain");
});

/**
 * A sheet part read in pieces (as it inflates) gives the reader the same events as the part read whole,
 * wherever the pieces are cut: inside a tag, an attribute, a text, an entity, a multi-byte character's
 * neighbours, the `<sheetData` start tag or its closing tag; and content that is not plain is refused
 * (`NotPlain`) either way.
 */
import fc from "fast-check";
import { NotPlain } from "../../src/workbook/xlsx/fast/strictContent";
import { parseXml, XmlReader, type XmlHandler } from "../../src/workbook/xlsx/fast/xml";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const ROOT = { name: "worksheet", ns: NS };
const PLAIN = { name: "sheetData", depth: 1 };

/** Events with adjacent texts joined (how text is split into events does not matter to the reader). */
function recorder(): { handler: XmlHandler; events: string[] } {
  const events: string[] = [];
  return {
    events,
    handler: {
      open: (tag, depth) =>
        events.push(`open:${depth}:${tag.name}:${JSON.stringify(Object.entries(tag.attributes))}`),
      text: (text) => {
        const last = events.length - 1;
        if (last >= 0 && events[last].startsWith("text:")) events[last] += text;
        else events.push(`text:${text}`);
      },
      close: (name, depth) => events.push(`close:${depth}:${name}`),
    },
  };
}

type Outcome = string[] | "not plain" | "unsupported";

function outcome(run: (handler: XmlHandler) => void): Outcome {
  const { handler, events } = recorder();
  try {
    run(handler);
    return events;
  } catch (error) {
    return error instanceof NotPlain ? "not plain" : "unsupported";
  }
}

const whole = (xml: string) => outcome((handler) => parseXml("sheet", xml, handler, ROOT, PLAIN));

function inPieces(xml: string, cuts: number[]): Outcome {
  return outcome((handler) => {
    const reader = new XmlReader("sheet", handler, ROOT, PLAIN);
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      reader.write(xml.slice(from, cut));
      from = cut;
    }
    reader.write(xml.slice(from));
    reader.end();
  });
}

const cellValue = fc.constantFrom("1", "1,600件", "集計中", "a &amp; b", "&lt;5&gt;", "x]]>y", "&#65;", "😀");
const cell = fc
  .tuple(fc.constantFrom("A", "B", "K"), cellValue, fc.boolean())
  .map(([col, value, formula]) =>
    formula
      ? `<c r="${col}1" t="str"><f>SUM(A1:B1)</f><v>${value}</v></c>`
      : `<c r="${col}1" t="inlineStr"><is><t>${value}</t></is></c>`,
  );
const rows = fc
  .array(fc.array(cell, { maxLength: 3 }), { maxLength: 4 })
  .map((list) => list.map((cells, r) => `<row r="${r + 1}">${cells.join("")}</row>`).join("\n"));
const sheet = fc
  .tuple(
    rows,
    fc.constantFrom(
      ["<sheetData>", "</sheetData>"],
      ["<sheetData >", "</sheetData >"],
      ["<sheetDataX>", "</sheetDataX>"],
      ["<sheetData/>", null],
    ),
    fc.constantFrom("", '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>', "<!-- note -->"),
  )
  .map(([content, [start, end], tail]) => {
    const body = end === null ? start : `${start}${content}${end}`;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${NS}"><dimension ref="A1"/>${body}${tail}</worksheet>`;
  });

test("pieces cut anywhere give the events of the whole part", () => {
  fc.assert(
    fc.property(
      sheet.chain((xml) =>
        fc.tuple(fc.constant(xml), fc.array(fc.integer({ min: 0, max: xml.length }), { maxLength: 12 })),
      ),
      ([xml, cuts]) => {
        expect(inPieces(xml, cuts)).toEqual(whole(xml));
      },
    ),
    { numRuns: 400 },
  );
});

test("one character at a time", () => {
  const xml = `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>1,600件 &amp; 集計中</t></is></c></row></sheetData><mergeCells/></worksheet>`;
  const events = inPieces(
    xml,
    Array.from({ length: xml.length }, (_, i) => i),
  );
  expect(events).toEqual(whole(xml));
  expect(events).toContain("text:1,600件 & 集計中");
});

test("content that is not plain is refused in pieces as it is whole", () => {
  const xml = `<worksheet xmlns="${NS}"><sheetData><row r="1"><!-- c --></row></sheetData></worksheet>`;
  expect(whole(xml)).toBe("not plain");
  expect(inPieces(xml, [30, 45])).toBe("not plain");
});

test("a long text is handed on as it comes, cut where no entity or ]]> is split", () => {
  const text = `${"a".repeat(5_000)}&amp;]]&gt;${" ".repeat(9_000)}x`;
  const xml = `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;
  const cuts = Array.from({ length: Math.ceil(xml.length / 997) }, (_, i) => i * 997);
  expect(inPieces(xml, cuts)).toEqual(whole(xml));
  const spaces = `<worksheet xmlns="${NS}"><sheetData>${" ".repeat(200_000)}</sheetData></worksheet>`;
  expect(
    inPieces(
      spaces,
      Array.from({ length: 200 }, (_, i) => i * 1_000),
    ),
  ).toEqual(whole(spaces));
});

/**
 * The surgical writer's fast readers: a start tag's attributes read in place (they must find exactly what
 * the regular expression they replace found, malformed tags included, so that no rewritten byte moves),
 * the index that finds a sheet's changes by cell (each cell once, in its first place), and edits applied
 * in batches (as many as a big --fix makes).
 */
import fc from "fast-check";
import { placeChange, type PlacedChange } from "../../src/workbook/changes";
import { CellIndex } from "../../src/workbook/xlsx/surgical/cellIndex";
import {
  applyEdits,
  attributeOf,
  attributesOf,
  withAttributes,
  type Edit,
  type Tag,
} from "../../src/workbook/xlsx/surgical/xmlTags";

/** The pattern the attribute reader replaces: its matches are what the reader must find. */
const PATTERN = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function byPattern(text: string): { name: string; raw: string }[] {
  return [...text.matchAll(PATTERN)].map((m) => ({ name: m[1], raw: m[2] ?? m[3] }));
}

/** `<c` + text + `>` (or `/>`) and its tag. */
function tagOf(text: string, selfClosing = false): { xml: string; tag: Tag } {
  const xml = `<c${text}${selfClosing ? "/>" : ">"}`;
  return { xml, tag: { name: "c", local: "c", start: 0, end: xml.length, closing: false, selfClosing } };
}

describe("attributesOf", () => {
  test("finds what the pattern finds in any tag text, malformed included", () => {
    const text = fc
      .array(
        fc.constantFrom(
          " ",
          "\t",
          "\n",
          "\u3000",
          "\u00a0",
          "=",
          '"',
          "'",
          "a",
          "r",
          "s",
          "1",
          "&",
          "<",
          "é",
        ),
        {
          maxLength: 40,
        },
      )
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, fc.boolean(), (body, selfClosing) => {
        const { xml, tag } = tagOf(body, selfClosing);
        expect(attributesOf(xml, tag)).toEqual(byPattern(body));
      }),
      { numRuns: 2000 },
    );
  });

  test("treats as space exactly the characters the pattern's \\s matches", () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const body = ` a${ch}=${ch}"1"${ch}b${ch}'2'`;
      const { xml, tag } = tagOf(body);
      if (JSON.stringify(attributesOf(xml, tag)) !== JSON.stringify(byPattern(body))) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  test("reads well-formed cells, first attribute of a name decoded", () => {
    const { xml, tag } = tagOf(` r="B2" s = '3' t="s" s="9" x="a&amp;b"`);
    expect(attributesOf(xml, tag).map((a) => a.name)).toEqual(["r", "s", "t", "s", "x"]);
    expect(attributeOf(xml, tag, "s")).toBe("3");
    expect(attributeOf(xml, tag, "x")).toBe("a&b");
    expect(attributeOf(xml, tag, "cm")).toBeUndefined();
  });
});

describe("withAttributes", () => {
  test("replaces in place, removes with null, appends new ones in order, re-quotes single-quoted values", () => {
    const { xml, tag } = tagOf(` r="A1" s='3' note='say "hi"' cm="1"`);
    expect(withAttributes(xml, tag, { s: "7", t: "n", cm: null, vm: null, u: "<&>" })).toBe(
      `<c r="A1" s="7" note="say &quot;hi&quot;" t="n" u="&lt;&amp;&gt;">`,
    );
    const empty = tagOf("", true);
    expect(withAttributes(empty.xml, empty.tag, { s: "2" })).toBe(`<c s="2"/>`);
  });

  test("an attribute named like an Object property is kept as written", () => {
    const { xml, tag } = tagOf(` constructor="x" toString='y'`);
    expect(withAttributes(xml, tag, { s: "1" })).toBe(`<c constructor="x" toString="y" s="1">`);
  });
});

const at = (address: string, extra: Partial<PlacedChange> = {}) =>
  placeChange({ sheet: "S", address, ...extra });

describe("CellIndex", () => {
  test("finds each change by cell; a cell named again keeps its first place with the later change", () => {
    const list = [at("C2", { value: 1 }), at("A2", { value: 2 }), at("B5"), at("C2", { value: 3 })];
    const index = new CellIndex(list);
    expect(index.changes).toEqual([list[3], list[1], list[2], null]);
    expect(index.placeOf(1, 2)).toBe(0);
    expect(index.placeOf(1, 0)).toBe(1);
    expect(index.placeOf(4, 1)).toBe(2);
    expect(index.placeOf(1, 1)).toBe(-1);
    expect(index.placeOf(7, 0)).toBe(-1);
    expect(index.row(1)).toEqual([1, 0]);
    expect(index.row(2)).toBeUndefined();
  });

  test("merges a cell's changes in list order when asked", () => {
    const list = [at("B2", { value: 1 }), at("B2", { numberFormat: "0%" }), at("B2", { value: 2 })];
    const index = new CellIndex(list, (earlier, later) => ({ ...earlier, ...later }));
    expect(index.changes[0]).toEqual({ ...list[0], numberFormat: "0%", value: 2 });
    expect(index.changes.slice(1)).toEqual([null, null]);
  });

  test("agrees with a map keyed by cell on any list", () => {
    const cell = fc.record({ row: fc.nat({ max: 6 }), col: fc.nat({ max: 6 }) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (cells) => {
        const list = cells.map(({ row, col }, i) => ({ sheet: "S", address: `#${i}`, row, col }));
        const model = new Map<string, { first: number; last: PlacedChange }>();
        list.forEach((change, i) => {
          const key = `${change.row}:${change.col}`;
          model.set(key, { first: model.get(key)?.first ?? i, last: change });
        });
        const index = new CellIndex(list);
        const firsts = new Set([...model.values()].map(({ first }) => first));
        list.forEach((_, i) => {
          if (!firsts.has(i)) expect(index.changes[i]).toBeNull();
        });
        for (let row = 0; row <= 7; row++)
          for (let col = 0; col <= 7; col++) {
            const expected = model.get(`${row}:${col}`);
            const place = index.placeOf(row, col);
            expect(place).toBe(expected?.first ?? -1);
            if (expected !== undefined) expect(index.changes[place]).toBe(expected.last);
          }
      }),
    );
  });
});

describe("applyEdits", () => {
  test("applies more edits than one batch joins, given in any order, as one pass over the text would", () => {
    const xml = Array.from({ length: 30_000 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`).join("");
    const edits: Edit[] = [];
    let expected = "";
    let at = 0;
    for (let i = 0; i < 30_000; i += 2) {
      const start = xml.indexOf(`<c r="A${i + 1}">`, at);
      const end = xml.indexOf("</c>", start) + 4;
      const text = i % 4 === 0 ? `<c r="A${i + 1}" t="inlineStr"><is><t>集計中</t></is></c>` : "";
      expected += xml.slice(at, start) + text;
      at = end;
      edits.push({ start, end, text });
    }
    expected += xml.slice(at);
    expect(applyEdits(xml, edits.reverse())).toBe(expected);
    expect(() => applyEdits(xml, [edits[0], { ...edits[0], text: "x" }])).toThrow("overlapping edits");
  });
});

/**
 * The fast reader's shortcuts (src/workbook/xlsx/fast/simpleCell.ts: simple cells and row start tags read
 * straight from the text; the simple `<si>` of ./sharedStrings.ts) read what the tokenizer's events read,
 * and what saxes reads: a part read with them, in pieces cut anywhere, gives the grid (or the refusal) of
 * the same part read by saxes alone (a comment in `<sheetData>` or `<sst>` sends it there).
 */
import fc from "fast-check";
import { DEFAULT_XLSX_LIMITS } from "../../src/workbook/xlsx/limits";
import { parseSharedStrings } from "../../src/workbook/xlsx/fast/sharedStrings";
import { readSheetPieces } from "../../src/workbook/xlsx/fast/sheetXml";
import { Styles } from "../../src/workbook/xlsx/fast/styles";
import { Unsupported } from "../../src/workbook/xlsx/fast/xml";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** No style, a percentage, a date, a custom format. */
const STYLES = Styles.parse(
  `<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0&quot;件&quot;"/></numFmts>` +
    `<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
);
/** Enough for every index the cells below spell: `t="s"` with a number. */
const SHARED_STRINGS = ["成果指標", "集計中", null, ...Array.from({ length: 50_000 }, (_, i) => `指標${i}`)];

const space = fc.constantFrom(" ", " ", "  ", "\n", "\t");

/** Mostly what files hold, sometimes what they rarely hold. */
function mostly<T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: rare, weight: 1 });
}

const value = mostly(
  fc.constantFrom("0", "1", "2", "12", "007", "1.5", "45000", "9999999999", "abc", "#N/A", ""),
  fc.constantFrom("-3", "1e3", " 2 ", "a&amp;b", "集計中", "x\r"),
);
/** A cell's attributes but its address, each once, and rarely one that is odd or repeated. */
const cellAttributes = fc
  .tuple(
    fc.option(
      mostly(fc.constantFrom('s="1"', 's="2"', 's="3"', 's="0"'), fc.constantFrom('s="x"', 's=""', 's="01"')),
    ),
    fc.option(
      mostly(
        fc.constantFrom('t="s"', 't="n"', 't="str"', 't="b"', 't="e"'),
        fc.constantFrom('t="inlineStr"', 't="d"', 't="&#115;"'),
      ),
    ),
    mostly(fc.constant(null), fc.constantFrom('cm="1"', "r='A1'", 'r="A1"', 's="1"')),
  )
  .map((attributes) => attributes.filter((a) => a !== null));
const cellBody = mostly(
  fc.oneof(
    fc.constantFrom("/>", "></c>"),
    value.map((v) => `><v>${v}</v></c>`),
  ),
  fc.oneof(
    fc.constantFrom(" />", "><v></v></c>", "><f>A1+1</f></c>", "><is><t>x</t></is></c>", "></c >"),
    value.map((v) => `> <v>${v}</v></c>`),
    value.map((v) => `><v>${v}</v>\n</c>`),
    value.map((v) => `><v>${v}</v ></c>`),
    value.map((v) => `><f>1+1</f><v>${v}</v></c>`),
  ),
);
/** A cell at column `col` (0-based) of row `row` (1-based), its address spelled right most of the time. */
const cell = (row: number, col: number) =>
  fc
    .tuple(
      mostly(fc.constant(`${String.fromCharCode(65 + col)}${row}`), fc.constantFrom("A0", "")),
      cellAttributes.chain((list) => fc.tuple(...list.map((a) => fc.tuple(space, fc.constant(a))))),
      fc.boolean(),
      cellBody,
    )
    .map(([address, attributes, addressLast, body]) => {
      const r = address === "" ? [] : [` r="${address}"`];
      const rest = attributes.map(([s, a]) => `${s}${a}`);
      return `<c${(addressLast ? [...rest, ...r] : [...r, ...rest]).join("")}${body}`;
    });

/** A row's attributes but its number, each once, and rarely one that is odd or repeated. */
const rowAttributes = fc
  .tuple(
    fc.subarray(['spans="1:4"', 'x14ac:dyDescent="0.25"', 's="1"', 'customFormat="1"', 'ht="15"']),
    mostly(
      fc.constant(null),
      fc.constantFrom('s="x"', 'ht="&quot;"', 'r="07"', 'toString="1"', "ht='1'", 'ht="15"'),
    ),
  )
  .map(([usual, rare]) => (rare === null ? usual : [...usual, rare]));
const row = (r: number) =>
  fc
    .tuple(
      rowAttributes.chain((list) => fc.tuple(...list.map((a) => fc.tuple(space, fc.constant(a))))),
      mostly(fc.constant(`${r}`), fc.constantFrom("0", "")),
      mostly(fc.constant(">"), fc.constantFrom(" >", "/>")),
      fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }),
    )
    .chain(([attributes, number, end, cols]) =>
      fc.tuple(...[...cols].sort((a, b) => a - b).map((col) => cell(r, col))).map((cells) => {
        const tag = `<row r="${number}"${attributes.map(([s, a]) => `${s}${a}`).join("")}${end}`;
        return end === "/>" ? tag : `${tag}${cells.join("")}</row>`;
      }),
    );

const sheetData = fc
  .uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 5 })
  .chain((rows) => fc.tuple(...[...rows].sort((a, b) => a - b).map(row)))
  .map((rows) => rows.join(""));

const sheetXml = (content: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${content}</sheetData></worksheet>`;

async function* piecesOf(text: string, cuts: number[]): AsyncGenerator<string> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield text.slice(from, cut);
    from = cut;
  }
  yield text.slice(from);
}

async function read(xml: string, cuts: number[]): Promise<unknown> {
  try {
    const count = { before: 0, limits: DEFAULT_XLSX_LIMITS };
    return (await readSheetPieces("評価", "sheet", () => piecesOf(xml, cuts), count, STYLES, SHARED_STRINGS))
      .grid;
  } catch (error) {
    if (error instanceof Unsupported) return "unsupported";
    throw error;
  }
}

const withCuts = <T extends string>(text: fc.Arbitrary<T>) =>
  text.chain((xml) =>
    fc.tuple(fc.constant(xml), fc.array(fc.integer({ min: 0, max: xml.length + 40 }), { maxLength: 8 })),
  );

test("a sheet read with the shortcuts, in any pieces, reads as saxes alone reads it", async () => {
  await fc.assert(
    fc.asyncProperty(withCuts(sheetData), async ([content, cuts]) => {
      const xml = sheetXml(content);
      const bySaxes = await read(sheetXml(`<!---->${content}`), []);
      expect(await read(xml, cuts)).toEqual(bySaxes);
    }),
    { numRuns: 500 },
  );
});

test("the shortcuts do read the usual cells (so that the property above compares them with saxes)", async () => {
  const xml = sheetXml(
    '<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="B2" s="3"><v>1600</v></c><c r="C2" s="2"><v>45000</v></c></row>',
  );
  expect(await read(xml, [])).toMatchObject({
    origin: { row: 1, col: 0 },
    values: [["成果指標", 1600, 45000]],
    numberFormats: [[null, '#,##0"件"', "mm-dd-yy"]],
  });
});

const sharedString = fc.oneof(
  fc.constantFrom(
    "<si><t>成果指標</t></si>",
    '<si><t xml:space="preserve"> 集計中 </t></si>',
    "<si><t></t></si>",
  ),
  fc.constantFrom(
    "<si><t>a_x000D_b</t></si>",
    "<si><t>a&amp;b</t></si>",
    "<si><t>1\r2</t></si>",
    "<si><t>x>y</t></si>",
  ),
  fc.constantFrom(
    "<si><r><t>a</t></r><r><rPr/><t>b</t></r></si>",
    "<si/>",
    "<si><t>a</t><rPh><t>ア</t></rPh></si>",
  ),
  fc.constantFrom("<si><t >a</t></si>", "<si><t>a</t ></si>", "<si> <t>a</t></si>", "<si><t>😀</t></si>"),
);

function strings(xml: string): unknown {
  try {
    return parseSharedStrings(xml);
  } catch (error) {
    if (error instanceof Unsupported) return "unsupported";
    throw error;
  }
}

test("shared strings read with the shortcut read as saxes alone reads them", () => {
  fc.assert(
    fc.property(fc.array(sharedString, { maxLength: 6 }), (items) => {
      const sst = (content: string) => `<?xml version="1.0"?><sst xmlns="${NS}">${content}</sst>`;
      expect(strings(sst(items.join("")))).toEqual(strings(sst(`<!---->${items.join("")}`)));
    }),
    { numRuns: 300 },
  );
});

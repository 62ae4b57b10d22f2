/**
 * The surgical writer's pieces: the A1 reference shifter, the sheet editor (cells replaced, inserted,
 * protected formulas, prefixed parts), styles appended, calcPr and the calc chain, the zip copy.
 */
import { placeChange } from "../../src/workbook/changes";
import type { CellChange } from "../../src/workbook/port";
import { writeCellChanges } from "../../src/workbook/xlsx/surgical";
import { shiftFormula } from "../../src/workbook/xlsx/surgical/a1Shift";
import { editSheet } from "../../src/workbook/xlsx/surgical/sheetEdit";
import { StylesPatch } from "../../src/workbook/xlsx/surgical/stylesPatch";
import { withFullCalcOnLoad, withoutChainCells } from "../../src/workbook/xlsx/surgical/workbookParts";
import { rewriteZip, ZipPackage } from "../../src/workbook/xlsx/surgical/zipRewrite";
import { unzip, zip } from "./helpers/zip";

describe("shiftFormula", () => {
  test.each([
    ["F7/F6", 0, 1, "G7/G6"],
    ["$F7/F$6+$A$1", 2, 3, "$F9/I$6+$A$1"],
    ["SUM(B2:B10)*LOG10(C3)", 1, 0, "SUM(B3:B11)*LOG10(C4)"],
    ["集計!B3+'R5 実績'!C$4", 1, 1, "集計!C4+'R5 実績'!D$4"],
    ['IF(A1="B2","A1",A1)', 1, 1, 'IF(B2="B2","A1",B2)'],
    ["SUM(B:B)+SUM(3:4)+SUM($C:D)", 1, 1, "SUM(C:C)+SUM(4:5)+SUM($C:E)"],
    ["[1]集計!$A$1+A1", 5, 5, "[1]集計!$A$1+F6"],
    ["表1[[#This Row],[目標]]*B2", 1, 0, "表1[[#This Row],[目標]]*B3"],
    ["A1+XFE1+率", 0, 1, "B1+XFE1+率"],
    ["A2-1E+3", 1, 0, "A3-1E+3"],
    ["A1", -1, 0, "#REF!"],
    ["#REF!+A1", 0, 1, "#REF!+B1"],
    ["Sheet1:Sheet3!A1", 1, 0, "Sheet1:Sheet3!A2"],
  ])("%s moved (%i, %i) is %s", (formula, dRow, dCol, expected) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
  });
});

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const styleFor = (current: number, format: string) => (format === "0.0%" ? 7 : current);
const placed = (changes: CellChange[]) => changes.map(placeChange);

describe("editSheet", () => {
  const sheet = `<worksheet ${NS}><sheetData><row r="2" spans="1:3"><c r="A2" s="3"><v>1</v></c><c r="C2"><f>A2*2</f><v>2</v></c></row><row r="5"/></sheetData><mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells></worksheet>`;

  test("a value replaces the cell's content and keeps its style; a format alone changes only s", () => {
    const { xml, written } = editSheet(
      sheet,
      "s.xml",
      placed([{ sheet: "S", address: "A2", value: "集計中" }]),
      styleFor,
    );
    expect(xml).toContain(`<c r="A2" s="3" t="inlineStr"><is><t>集計中</t></is></c>`);
    expect(written).toEqual(["A2"]);
    const format = editSheet(
      sheet,
      "s.xml",
      placed([{ sheet: "S", address: "A2", numberFormat: "0.0%" }]),
      styleFor,
    );
    expect(format.xml).toBe(sheet.replace(`<c r="A2" s="3">`, `<c r="A2" s="7">`));
    expect(format.written).toEqual([]);
  });

  test("cells and rows the sheet lacks are inserted in order, an empty row element opened", () => {
    const { xml } = editSheet(
      sheet,
      "s.xml",
      placed([
        { sheet: "S", address: "B2", value: 0.5 },
        { sheet: "S", address: "D2", value: true },
        { sheet: "S", address: "A3", formula: "=A2+1" },
        { sheet: "S", address: "B5", value: { error: "#N/A" } },
        { sheet: "S", address: "A7", value: 1 },
      ]),
      styleFor,
    );
    expect(xml).toBe(
      `<worksheet ${NS}><sheetData><row r="2" spans="1:3"><c r="A2" s="3"><v>1</v></c><c r="B2"><v>0.5</v></c><c r="C2"><f>A2*2</f><v>2</v></c><c r="D2" t="b"><v>1</v></c></row>` +
        `<row r="3"><c r="A3"><f>A2+1</f></c></row><row r="5"><c r="B5" t="e"><v>#N/A</v></c></row><row r="7"><c r="A7"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells></worksheet>`,
    );
  });

  test("a formula is overwritten only with replaceFormula; nothing is written otherwise", () => {
    expect(() =>
      editSheet(sheet, "s.xml", placed([{ sheet: "S", address: "C2", value: 3 }]), styleFor),
    ).toThrow(expect.objectContaining({ code: "workbook.formulaProtected" }));
    const { xml } = editSheet(
      sheet,
      "s.xml",
      placed([{ sheet: "S", address: "C2", value: "x & <y>", replaceFormula: true }]),
      styleFor,
    );
    expect(xml).toContain(`<c r="C2" t="inlineStr"><is><t>x &amp; &lt;y&gt;</t></is></c>`);
  });

  test("a prefixed part gets prefixed elements; an empty sheetData is opened", () => {
    const prefixed = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/></x:worksheet>`;
    const { xml } = editSheet(
      prefixed,
      "s.xml",
      placed([{ sheet: "S", address: "B2", value: " a " }]),
      styleFor,
    );
    expect(xml).toBe(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t xml:space="preserve"> a </x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    );
  });

  test("a clone written into expands its shared group in place; other groups stay shared", () => {
    const shared =
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:C1" si="0">A2+$B$2</f><v>1</v></c>` +
      `<c r="B1"><f t="shared" si="0"/><v>2</v></c><c r="C1"><f t="shared" si="0"/><v>3</v></c></row>` +
      `<row r="3"><c r="A3"><f t="shared" ref="A3:B3" si="1">A4</f><v>0</v></c><c r="B3"><f t="shared" si="1"/><v>0</v></c></row></sheetData></worksheet>`;
    const { xml } = editSheet(
      shared,
      "s.xml",
      placed([{ sheet: "S", address: "B1", value: 9, replaceFormula: true }]),
      styleFor,
    );
    expect(xml).toContain(
      `<c r="A1"><f>A2+$B$2</f><v>1</v></c><c r="B1"><v>9</v></c><c r="C1"><f>C2+$B$2</f><v>3</v></c>`,
    );
    expect(xml).toContain(`<f t="shared" ref="A3:B3" si="1">A4</f>`);
  });
});

describe("styles, calcPr and the calc chain", () => {
  const styles = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts><cellXfs count="2"><xf numFmtId="0" fontId="1"/><xf numFmtId="9" fontId="0"><alignment horizontal="center"/></xf></cellXfs></styleSheet>`;

  test("a format appends one xf per (style, format), reuses built-in and existing formats, adds new ones last", () => {
    const patch = new StylesPatch(styles);
    expect(patch.styleFor(1, "0%")).toBe(1);
    expect(patch.styleFor(1, "0.0%")).toBe(2);
    expect(patch.styleFor(1, "0.0%")).toBe(2);
    expect(patch.styleFor(0, '#,##0"件"')).toBe(3);
    expect(patch.result()).toBe(
      `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="170" formatCode="0.0%"/><numFmt numFmtId="171" formatCode="#,##0&quot;件&quot;"/></numFmts>` +
        `<cellXfs count="4"><xf numFmtId="0" fontId="1"/><xf numFmtId="9" fontId="0"><alignment horizontal="center"/></xf>` +
        `<xf numFmtId="170" fontId="0" applyNumberFormat="1"><alignment horizontal="center"/></xf><xf numFmtId="171" fontId="1" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    );
    expect(new StylesPatch(styles).result()).toBeNull();
  });

  test("fullCalcOnLoad is set on calcPr, or a calcPr is inserted in schema order", () => {
    expect(withFullCalcOnLoad(`<workbook ${NS}><sheets/><calcPr calcId="191029"/></workbook>`)).toBe(
      `<workbook ${NS}><sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
    );
    expect(withFullCalcOnLoad(`<workbook ${NS}><sheets/><calcPr fullCalcOnLoad="1"/></workbook>`)).toBeNull();
    expect(withFullCalcOnLoad(`<workbook ${NS}><sheets/><pivotCaches/><extLst/></workbook>`)).toBe(
      `<workbook ${NS}><sheets/><calcPr fullCalcOnLoad="1"/><pivotCaches/><extLst/></workbook>`,
    );
  });

  test("written cells leave the chain; the next entry keeps its sheet; an emptied chain is null", () => {
    const chain = `<calcChain ${NS}><c r="A1" i="1"/><c r="B1"/><c r="A1" i="2"/><c r="C1"/></calcChain>`;
    expect(withoutChainCells(chain, new Set(["1!A1"]))).toBe(
      `<calcChain ${NS}><c r="B1" i="1"/><c r="A1" i="2"/><c r="C1"/></calcChain>`,
    );
    expect(withoutChainCells(chain, new Set(["2!A1"]))).toBe(
      `<calcChain ${NS}><c r="A1" i="1"/><c r="B1"/><c r="C1" i="2"/></calcChain>`,
    );
    expect(withoutChainCells(chain, new Set(["1!A1", "1!B1", "2!A1", "2!C1"]))).toBeNull();
  });
});

describe("the package", () => {
  const parts = [
    {
      name: "[Content_Types].xml",
      data: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="4" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`,
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>`,
    },
    { name: "xl/calcChain.xml", data: `<calcChain ${NS}><c r="A1" i="4"/></calcChain>` },
    { name: "xl/vbaProject.bin", data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) },
  ];

  test("no change copies the package exactly; a rewrite keeps every other record and the order", () => {
    const data = zip(parts.map((part) => ({ ...part, level: 9 })));
    const pkg = new ZipPackage(data);
    expect(Buffer.from(rewriteZip(pkg, new Map()))).toEqual(Buffer.from(data));
    expect(writeCellChanges(data, [])).toBe(data);
    const out = writeCellChanges(data, [{ sheet: "S", address: "A1", value: 5, replaceFormula: true }]);
    const after = new ZipPackage(out);
    expect(after.entries.map((e) => e.name)).toEqual(
      pkg.entries.map((e) => e.name).filter((name) => name !== "xl/calcChain.xml"),
    );
    expect(after.localRecord(after.entry("xl/vbaProject.bin")!)).toEqual(
      pkg.localRecord(pkg.entry("xl/vbaProject.bin")!),
    );
    const text = new Map(
      unzip(out).map((part) => [part.name, new TextDecoder().decode(part.data as Uint8Array)]),
    );
    expect(text.get("xl/worksheets/sheet1.xml")).toContain(`<c r="A1"><v>5</v></c>`);
    // The emptied chain goes with its relationship and override; the macro workbook's content type stays.
    expect(text.get("[Content_Types].xml")).not.toContain("calcChain");
    expect(text.get("[Content_Types].xml")).toContain("macroEnabled.main+xml");
    expect(text.get("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(text.get("xl/workbook.xml")).toContain(`<calcPr fullCalcOnLoad="1"/></workbook>`);
  });

  test("an unknown sheet or a bad address is refused before anything is written", () => {
    const data = zip(parts);
    expect(() => writeCellChanges(data, [{ sheet: "無い", address: "A1", value: 1 }])).toThrow(
      expect.objectContaining({ code: "workbook.sheetNotFound" }),
    );
    expect(() => writeCellChanges(data, [{ sheet: "S", address: "A0", value: 1 }])).toThrow(
      expect.objectContaining({ code: "workbook.badAddress" }),
    );
  });
});

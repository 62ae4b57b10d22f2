/**
 * The surgical writer on the fixture library of real-world package features (./helpers/packageFixtures):
 * each fixture is read (not refused); `--fix` with nothing to fix writes a copy whose zip entries are all
 * byte-identical to the input's; with fixes, every entry's local record (header and compressed data) is
 * the input's except the edited sheet, xl/calcChain.xml (only loses entries), xl/workbook.xml (only
 * `fullCalcOnLoad` added) and xl/styles.xml (only `xf`s and `numFmt`s appended); inside the edited sheet
 * every element but the fixed cells' `<c>` (and, where a fix wrote into a shared formula, its group's
 * `<f>` made plain) is as it was, parsed element by element.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFile } from "../../src/cli/checkFile";
import { fixableFindings, fixesOf } from "../../src/core";
import { runCli } from "../../src/cli/run";
import { loadSettings } from "../../src/cli/settings";
import { ZipPackage } from "../../src/workbook/xlsx/surgical/zipRewrite";
import { FIXTURES, fixturePackage, SHEET_NAME, type FixtureCase } from "./helpers/packageFixtures";
import { childrenNamed, xmlTree, type XmlNode } from "./helpers/xmlTree";
import { inflateEntry } from "../../src/workbook/xlsx/zip";

const dir = mkdtempSync(join(tmpdir(), "kpi-surgical-"));
const SHEET_PART = "xl/worksheets/sheet1.xml";

async function runFix(input: string, output: string): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await runCli([input, "--fix", "-o", output], {
    stdout: { write: () => true },
    stderr: { write: (text: string) => ((stderr += text), true) },
    version: "test",
  });
  return { code, stderr };
}

function records(data: Uint8Array): Map<string, Uint8Array> {
  const pkg = new ZipPackage(data);
  return new Map(pkg.entries.map((entry) => [entry.name, pkg.localRecord(entry)]));
}

function part(data: Uint8Array, name: string): XmlNode {
  const pkg = new ZipPackage(data);
  const entry = pkg.entry(name);
  if (entry === undefined) throw new Error(`no ${name}`);
  return xmlTree(inflateEntry(data, entry, Infinity) ?? new Uint8Array());
}

function fileName(fixture: FixtureCase, variant: string): string {
  return join(dir, `${fixture.name.replace(/[^A-Za-z0-9]+/g, "-")}-${variant}.${fixture.extension}`);
}

/** `node` without the attributes named. */
function without(node: XmlNode, attributes: string[]): XmlNode {
  const kept = Object.fromEntries(
    Object.entries(node.attributes).filter(([name]) => !attributes.includes(name)),
  );
  return { ...node, attributes: kept };
}

function cellsByRef(sheet: XmlNode): Map<string, XmlNode> {
  const cells = new Map<string, XmlNode>();
  for (const row of childrenNamed(childrenNamed(sheet, "sheetData")[0], "row"))
    for (const cell of childrenNamed(row, "c")) cells.set(cell.attributes.r, cell);
  return cells;
}

/** A shared formula's member made plain: the same cell, its `<f>` without t/ref/si and with its own text. */
function isExpandedMember(before: XmlNode, after: XmlNode): boolean {
  const [f0] = childrenNamed(before, "f");
  const [f1] = childrenNamed(after, "f");
  return (
    f0?.attributes.t === "shared" &&
    f1 !== undefined &&
    f1.attributes.t === undefined &&
    f1.text !== "" &&
    JSON.stringify(before.attributes) === JSON.stringify(after.attributes) &&
    JSON.stringify(childrenNamed(before, "v")) === JSON.stringify(childrenNamed(after, "v"))
  );
}

describe.each(FIXTURES.map((fixture) => [fixture.name, fixture] as const))("%s", (_name, fixture) => {
  test("nothing to fix: read, not refused, and every zip entry of the copy is byte-identical", async () => {
    const input = fileName(fixture, "clean");
    const output = fileName(fixture, "clean-copy");
    writeFileSync(input, fixturePackage(fixture, false));
    const { checked } = await checkFile(input, [], await loadSettings(null), false);
    expect(checked.model.tables.length).toBeGreaterThan(0);
    expect(fixableFindings(checked.findings)).toEqual([]);
    const run = await runFix(input, output);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(records(readFileSync(output))).toEqual(records(readFileSync(input)));
  });

  test("with fixes: only the edited sheet's fixed cells, the calc chain, calcPr and appended styles change", async () => {
    const input = fileName(fixture, "broken");
    const output = fileName(fixture, "broken-fixed");
    const before = fixturePackage(fixture, true);
    writeFileSync(input, before);
    const { checked } = await checkFile(input, [], await loadSettings(null), false);
    const fixes = fixesOf(fixableFindings(checked.findings));
    expect(fixes.length).toBeGreaterThan(0);
    expect(new Set(fixes.map((fix) => fix.sheet))).toEqual(new Set([SHEET_NAME]));
    const run = await runFix(input, output);
    expect([run.code, run.stderr]).toEqual([1, ""]);
    const after = new Uint8Array(readFileSync(output));

    const [old, now] = [records(before), records(after)];
    const mayChange = [SHEET_PART, "xl/calcChain.xml", "xl/workbook.xml", "xl/styles.xml"];
    expect([...now.keys()]).toEqual([...old.keys()]);
    for (const [name, record] of old)
      if (!mayChange.includes(name)) expect([name, now.get(name)]).toEqual([name, record]);

    // The edited sheet: every element but the fixed cells (and expanded shared-formula members) as it was.
    const [sheet0, sheet1] = [part(before, SHEET_PART), part(after, SHEET_PART)];
    expect(sheet1.attributes).toEqual(sheet0.attributes);
    expect(sheet1.children.map((c) => c.name)).toEqual(sheet0.children.map((c) => c.name));
    sheet0.children.forEach((child, i) => {
      if (child.name !== "sheetData") expect(sheet1.children[i]).toEqual(child);
    });
    const rows = (sheet: XmlNode) => childrenNamed(childrenNamed(sheet, "sheetData")[0], "row");
    expect(rows(sheet1).map((row) => row.attributes)).toEqual(rows(sheet0).map((row) => row.attributes));
    const fixed = new Set(fixes.map((fix) => fix.address));
    const [cells0, cells1] = [cellsByRef(sheet0), cellsByRef(sheet1)];
    expect([...cells1.keys()].sort()).toEqual([...cells0.keys()].sort());
    for (const [ref, cell] of cells0) {
      if (fixed.has(ref)) continue;
      const now = cells1.get(ref) as XmlNode;
      if (JSON.stringify(now) !== JSON.stringify(cell))
        expect([ref, isExpandedMember(cell, now)]).toEqual([ref, true]);
    }

    // Parts that only gain items: calcPr's fullCalcOnLoad, xfs and numFmts appended, chain entries dropped.
    const [wb0, wb1] = [part(before, "xl/workbook.xml"), part(after, "xl/workbook.xml")];
    expect(childrenNamed(wb1, "calcPr")[0].attributes.fullCalcOnLoad).toBe("1");
    const plain = (wb: XmlNode) => ({
      ...wb,
      children: wb.children.map((c) => (c.name === "calcPr" ? without(c, ["fullCalcOnLoad"]) : c)),
    });
    expect(plain(wb1)).toEqual(plain(wb0));
    const [st0, st1] = [part(before, "xl/styles.xml"), part(after, "xl/styles.xml")];
    st0.children.forEach((list, i) => {
      const now = st1.children[i];
      expect(without(now, ["count"])).toEqual({ ...without(list, ["count"]), children: now.children });
      expect(now.children.slice(0, list.children.length)).toEqual(list.children);
    });
    if (old.has("xl/calcChain.xml")) {
      const [chain0, chain1] = [part(before, "xl/calcChain.xml"), part(after, "xl/calcChain.xml")];
      const refs = (chain: XmlNode) => chain.children.map((c) => c.attributes.r);
      expect(refs(chain0)).toEqual(expect.arrayContaining(refs(chain1)));
      expect(refs(chain1).some((ref) => fixed.has(ref))).toBe(false);
    }
  });
});

test("a fix on a shared formula's master makes its group plain formulas, each moved to its cell", async () => {
  const fixture = FIXTURES.find((candidate) => candidate.name.startsWith("shared formulas"));
  if (fixture === undefined) throw new Error("fixture");
  const input = fileName(fixture, "shared");
  const output = fileName(fixture, "shared-fixed");
  writeFileSync(input, fixturePackage(fixture, true));
  await runFix(input, output);
  const cells = cellsByRef(part(new Uint8Array(readFileSync(output)), SHEET_PART));
  const formula = (ref: string) => childrenNamed(cells.get(ref) as XmlNode, "f")[0];
  expect(formula("G9")).toEqual({ name: "f", attributes: {}, children: [], text: "G7/G6" });
  expect(formula("H9")).toEqual({ name: "f", attributes: {}, children: [], text: "H7/H6" });
  expect(formula("F9").attributes).toEqual({});
  expect(formula("F9").text).not.toBe("F7/F6");
});

/**
 * Readings (core/layout): a table detection misses is read exactly by its reading; a reading that
 * contradicts the sheet or the format is refused naming the key; a detected table's reading, printed
 * and given back, reads the same table and gives the same findings.
 */
import {
  checkModel,
  detectTables,
  gridFromRows,
  message,
  type KpiLayout,
  type KpiModel,
} from "../../../src/core";
import {
  assign,
  bandBounds,
  bandChoiceIndex,
  bandChoices,
  colouredRanges,
  draftOf,
  readingColours,
  READING_FILLS,
  emptyDraft,
  layoutOfModel,
  layoutProblems,
  readLayout,
  readLayoutText,
  tableOfDraft,
  type Assignment,
  type LayoutDraft,
} from "../../../src/core/layout";
import { parseRangeA1, type CellValue } from "../../../src/core/grid";
import {
  SUMMARY_INDICATORS,
  SUMMARY_LAYOUT,
  SUMMARY_SHEET,
  STACKED_NOTE,
  detectedRows,
  summaryGrid,
  sidewaysRows,
} from "../../support/layoutTables";

function valid(given: unknown): KpiLayout {
  const reading = readLayout(given);
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
  return reading.layout;
}

function refusedKeys(given: unknown): string[] {
  const reading = readLayout(given);
  return reading.ok ? [] : reading.problems.map((p) => String(p.params.key));
}

const withTable = (change: Record<string, unknown>) => ({
  ...SUMMARY_LAYOUT,
  tables: [{ ...SUMMARY_LAYOUT.tables[0], ...change }],
});

/** What a report shows of the tables, by address: names, units, periods and their cells. */
function readingOf(model: KpiModel) {
  return model.tables.map((t) => ({
    range: t.range,
    indicators: t.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      baseline: i.baselineCell?.address ?? null,
      periods: i.periods.map((p) => [
        p.label,
        p.fiscalYear,
        p.projected,
        p.cells.target?.address,
        p.cells.actual?.address,
      ]),
    })),
  }));
}

describe("a table detection misses (two unlabeled rows per indicator)", () => {
  test("detection finds no table in it", () => {
    expect(detectTables(summaryGrid()).tables).toEqual([]);
  });

  test("under the note 目標値(上段)・実績値(下段), detection reads the cells the reading reads", () => {
    const given = readingOf(detectTables(summaryGrid(STACKED_NOTE), { layout: valid(SUMMARY_LAYOUT) }));
    const detected = readingOf(detectTables(summaryGrid(STACKED_NOTE)));
    expect(detected.map((t) => t.indicators)).toEqual(given.map((t) => t.indicators));
  });

  test("its reading reads every indicator, period and cell exactly", () => {
    const layout = valid(SUMMARY_LAYOUT);
    expect(layoutProblems(layout, [summaryGrid()])).toEqual([]);
    const model = detectTables(summaryGrid(), { layout });
    const [table] = model.tables;
    expect(model.tables).toHaveLength(1);
    expect(table.range).toBe("A3:I12");
    expect(table.given).toEqual(SUMMARY_LAYOUT.tables[0]);
    expect(table.indicators.map((i) => [i.name, i.unit, i.baselineCell?.address])).toEqual(
      SUMMARY_INDICATORS.map(([name, unit], k) => [name, unit, `D${5 + 2 * k}`]),
    );
    SUMMARY_INDICATORS.forEach(([, , , targets], k) => {
      const periods = table.indicators[k].periods;
      const written = targets.length;
      expect(periods.slice(0, written).map((p) => [p.label, p.fiscalYear])).toEqual([
        ["R3", 2021],
        ["R4", 2022],
        ["R5", 2023],
        ["R6", 2024],
      ]);
      periods.forEach((p, j) => {
        const col = "EFGH"[j];
        expect([p.cells.target?.address, p.cells.actual?.address]).toEqual([
          `${col}${5 + 2 * k}`,
          `${col}${6 + 2 * k}`,
        ]);
      });
    });
    expect(table.indicators[0].periods[2].actual).toMatchObject({ kind: "pending" });
  });

  test("its id column, when the reading names one, gives each block its id as written", () => {
    const model = detectTables(summaryGrid(), { layout: valid(withTable({ id: "A" })) });
    expect(model.tables[0].indicators.map((i) => i.id)).toEqual(["1", "2", "3", "4"]);
    const unnamed = detectTables(summaryGrid(), { layout: valid(SUMMARY_LAYOUT) });
    expect(unnamed.tables[0].indicators.map((i) => i.id)).toEqual([null, null, null, null]);
  });

  test("the checks run on it: a pending or missing actual is 集計中, rates are computed", () => {
    const model = detectTables(summaryGrid(), { layout: valid(SUMMARY_LAYOUT) });
    const { evaluations } = checkModel(model);
    const first = evaluations.filter((e) => e.indicator.name === "観光入込客数");
    expect(first.map((e) => e.status?.label ?? null)).toEqual(["概ね達成", "概ね達成", "集計中", "集計中"]);
  });

  test("a table the reading does not name is still detected", () => {
    const rows = [...summaryGridRows(), [], [], ...detectedRows()];
    const model = detectTables(gridFromRows(SUMMARY_SHEET, rows), { layout: valid(SUMMARY_LAYOUT) });
    expect(model.tables.map((t) => [t.range, t.given === undefined])).toEqual([
      ["A3:I12", false],
      ["A16:E24", true],
    ]);
  });
});

function summaryGridRows() {
  return summaryGrid().values.map((row) => [...row]);
}

describe("readings refused, naming the key", () => {
  test("a role offset beyond its block", () => {
    const blocks = { first: 5, size: 2, roles: { target: 0, actual: 2 } };
    expect(refusedKeys(withTable({ blocks }))).toEqual(["tables[0].blocks.roles.actual"]);
    const reading = readLayout(withTable({ blocks }));
    if (reading.ok) throw new Error("accepted");
    expect(message(reading.problems[0].code, "ja", reading.problems[0].params)).toContain(
      "tables[0].blocks.roles.actual",
    );
  });

  test("a range outside the sheet, a sheet that is not there, periods outside the range", () => {
    const grids = [summaryGrid()];
    const keys = (change: Record<string, unknown>) =>
      layoutProblems(valid(withTable(change)), grids).map((p) => [p.code, p.params.key]);
    expect(keys({ range: "A3:Z99" })).toEqual([["settings.layout.outside-sheet", "tables[0].range"]]);
    expect(keys({ sheet: "Sheet9" })).toEqual([["settings.layout.no-sheet", "tables[0].sheet"]]);
    expect(keys({ periods: "E2:H2" })).toEqual([["settings.layout.outside-range", "tables[0].periods"]]);
    expect(keys({ id: "K" })).toEqual([["settings.layout.outside-range", "tables[0].id"]]);
    expect(keys({ name: "Z", unit: { value: "人" } })).toEqual([
      ["settings.layout.outside-range", "tables[0].name"],
    ]);
    expect(keys({ blocks: { first: 20, size: 2, roles: { target: 0 } } })).toEqual([
      ["settings.layout.outside-range", "tables[0].blocks.first"],
    ]);
  });

  test("wrong types, unknown keys, a missing shape, another version", () => {
    expect(refusedKeys(withTable({ periods: "E4:H5" }))).toEqual(["tables[0].periods"]);
    expect(refusedKeys(withTable({ direction: "sideways" }))).toEqual(["tables[0].direction"]);
    expect(refusedKeys(withTable({ rounding: "half-odd" }))).toEqual(["tables[0].rounding"]);
    expect(refusedKeys(withTable({ rounding: { rule: "half-odd", digits: 1 } }))).toEqual([
      "tables[0].rounding.rule",
    ]);
    expect(refusedKeys(withTable({ rounding: "half-even" }))).toEqual([]);
    expect(refusedKeys(withTable({ rounding: { rule: "half-even", digits: 2 } }))).toEqual([]);
    expect(refusedKeys(withTable({ colour: "red" }))).toEqual(["tables[0].colour"]);
    expect(refusedKeys(withTable({ id: "1A" }))).toEqual(["tables[0].id"]);
    const reading = readLayout(withTable({ id: 0 }));
    if (reading.ok) throw new Error("accepted");
    expect(message(reading.problems[0].code, "ja", reading.problems[0].params)).toContain("tables[0].id");
    expect(refusedKeys(withTable({ bands: { thresholds: [0.8, 1], labels: ["a", "b", "c"] } }))).toEqual([
      "tables[0].bands.thresholds",
    ]);
    const { blocks: _blocks, ...noBlocks } = SUMMARY_LAYOUT.tables[0];
    expect(refusedKeys({ ...SUMMARY_LAYOUT, tables: [noBlocks] })).toEqual(["tables[0]"]);
    expect(refusedKeys({ ...SUMMARY_LAYOUT, version: 2 })).toEqual(["version"]);
    expect(readLayoutText("{").ok).toBe(false);
  });
});

describe("a detected table's reading, printed and given back", () => {
  test("reads the same table and gives the same findings", () => {
    const grid = gridFromRows("KPI", detectedRows());
    const detected = detectTables(grid);
    const printed = layoutOfModel(detected, [grid]);
    expect(printed.unexpressed).toEqual([]);
    expect(printed.layout.tables).toEqual([
      expect.objectContaining({
        range: "A2:E10",
        periods: "C2:E2",
        name: "A",
        blocks: expect.objectContaining({ first: 3, size: 4 }),
      }),
    ]);
    const given = detectTables(grid, { layout: valid(JSON.parse(JSON.stringify(printed.layout))) });
    expect(readingOf(given)).toEqual(readingOf(detected));
    const findings = (model: KpiModel) => checkModel(model).findings.map((f) => [f.rule, f.cell, f.code]);
    expect(findings(given)).toEqual(findings(detected));
    expect(findings(detected).length).toBeGreaterThan(0);
  });

  test("its id column (No. 1, 2 …) is printed as `id` and read back as the same ids", () => {
    const ids: Record<number, CellValue> = { 1: "No.", 2: 1, 6: 2 };
    const rows = detectedRows().map((row, k) => (k === 0 ? row : [ids[k] ?? null, ...row]));
    const grid = gridFromRows("KPI", rows);
    const detected = detectTables(grid);
    expect(detected.tables[0].indicators.map((i) => i.id)).toEqual(["No.1", "No.2"]);
    const printed = layoutOfModel(detected, [grid]);
    expect(printed.unexpressed).toEqual([]);
    expect(printed.layout.tables).toEqual([expect.objectContaining({ id: "A", name: "B" })]);
    const given = detectTables(grid, { layout: valid(JSON.parse(JSON.stringify(printed.layout))) });
    expect(given.tables[0].given).toBeDefined();
    expect(given.tables[0].indicators.map((i) => i.id)).toEqual(["No.1", "No.2"]);
    const findings = (model: KpiModel) => checkModel(model).findings.map((f) => [f.rule, f.cell, f.code]);
    expect(findings(given)).toEqual(findings(detected));
  });

  test("a table the format cannot express is listed, not left out", () => {
    const rows = [["指標A"], ["(単位：件)"], [null, "R3", "R4"], ["目標", 1, 2], ["実績", 1, 3]];
    const grid = gridFromRows("KPI", rows);
    const detected = detectTables(grid);
    expect(detected.tables).toHaveLength(1);
    expect(layoutOfModel(detected, [grid]).unexpressed).toEqual([
      { sheet: "KPI", range: detected.tables[0].range },
    ]);
  });
});

describe("a reading made by pointing at cells (the 読み方 view)", () => {
  const at = (address: string) => {
    const range = parseRangeA1(address);
    if (range === null) throw new Error(address);
    return range;
  };
  function pointed(): LayoutDraft {
    let draft: LayoutDraft = emptyDraft(SUMMARY_SHEET);
    const steps: [Assignment, string][] = [
      [{ kind: "periods" }, "E4:H4"],
      [{ kind: "role", role: "target" }, "E5:H5"],
      [{ kind: "role", role: "actual" }, "A6"],
      [{ kind: "name" }, "B5"],
      [{ kind: "unit" }, "C7"],
      [{ kind: "baseline" }, "D5"],
    ];
    for (const [what, address] of steps) {
      const next = assign(draft, what, at(address));
      if (typeof next === "string") throw new Error(next);
      draft = next;
    }
    return draft;
  }

  test("reads the table as its written reading does, up to the last block that holds anything", () => {
    const grid = summaryGrid();
    const table = tableOfDraft(pointed(), grid);
    expect(table).toMatchObject({ range: "B4:H12", periods: "E4:H4", blocks: { first: 5, size: 2 } });
    const byPointing = detectTables(grid, { layout: valid({ version: 1, tables: [table] }) });
    const byFile = detectTables(grid, { layout: valid(SUMMARY_LAYOUT) });
    expect(readingOf(byPointing).map((t) => t.indicators)).toEqual(
      readingOf(byFile).map((t) => t.indicators),
    );
  });

  test("periods must be one row or one column; a given reading comes back as the same draft", () => {
    expect(assign(emptyDraft(SUMMARY_SHEET), { kind: "periods" }, at("E4:H5"))).toBe("periods-not-a-line");
    const table = tableOfDraft(pointed(), summaryGrid());
    if (table === null) throw new Error("no reading");
    const again = draftOf(table);
    expect(again === null ? null : tableOfDraft(again, summaryGrid())).toEqual(table);
    expect(tableOfDraft(emptyDraft(SUMMARY_SHEET), summaryGrid())).toBeNull();
  });
});

describe("periods running down a column (blocks of columns)", () => {
  const sideways = () => gridFromRows(SUMMARY_SHEET, sidewaysRows());
  const written = {
    sheet: SUMMARY_SHEET,
    range: "C1:L9",
    periods: "D5:D8",
    blocks: { first: "E", size: 2, roles: { target: 0, actual: 1 } },
    id: 1,
    name: 2,
    unit: 3,
    baseline: 4,
  };
  const at = (address: string) => {
    const range = parseRangeA1(address);
    if (range === null) throw new Error(address);
    return range;
  };

  test("a written reading reads every indicator of the turned table as the table upright", () => {
    const layout = valid({ version: 1, tables: [written] });
    expect(layoutProblems(layout, [sideways()])).toEqual([]);
    const [table] = detectTables(sideways(), { layout }).tables;
    expect(table.indicators.map((i) => [i.id, i.name, i.unit, i.baselineCell?.address])).toEqual(
      SUMMARY_INDICATORS.map(([name, unit], k) => [String(k + 1), name, unit, `${"EGIK"[k]}4`]),
    );
    const upright = detectTables(summaryGrid(), { layout: valid(SUMMARY_LAYOUT) }).tables[0];
    const values = (t: typeof table) =>
      t.indicators.map((i) => i.periods.map((p) => [p.label, p.target, p.actual]));
    expect(values(table)).toEqual(values(upright));
    expect(table.indicators[1].periods[0].cells.target?.address).toBe("G5");
  });

  test("pointed at: periods in a column make roles columns and names rows, in any order of telling", () => {
    let draft: LayoutDraft = emptyDraft(SUMMARY_SHEET);
    const bands = { thresholds: [1, 0.5], labels: ["A", "B", "C"] };
    const steps: [Assignment, string][] = [
      [{ kind: "role", role: "target" }, "E5:E8"],
      [{ kind: "name" }, "E2"],
      [{ kind: "periods" }, "D5:D8"],
      [{ kind: "role", role: "actual" }, "F7"],
      [{ kind: "unit" }, "G3"],
      [{ kind: "id" }, "E1"],
      [{ kind: "bands", bands }, "E1"],
    ];
    for (const [what, address] of steps) {
      const next = assign(draft, what, at(address));
      if (typeof next === "string") throw new Error(next);
      draft = next;
    }
    const table = tableOfDraft(draft, sideways());
    expect(table).toEqual({
      sheet: SUMMARY_SHEET,
      range: "D1:L8",
      periods: "D5:D8",
      blocks: { first: "E", size: 2, roles: { target: 0, actual: 1 } },
      id: 1,
      name: 2,
      unit: 3,
      bands,
    });
    if (table === null) throw new Error("no reading");
    const read = detectTables(sideways(), { layout: valid({ version: 1, tables: [table] }) }).tables[0];
    expect(read.indicators.map((i) => i.name)).toEqual(SUMMARY_INDICATORS.map(([name]) => name));
    const again = draftOf(table);
    expect(again === null ? null : tableOfDraft(again, sideways())).toEqual(table);
  });

  test("a rounding rule or band scheme told can be taken back: the reading leaves it to inference again", () => {
    let draft: LayoutDraft = emptyDraft(SUMMARY_SHEET);
    const bands = { thresholds: [1, 0.5], labels: ["A", "B", "C"] };
    const steps: Assignment[] = [
      { kind: "periods" },
      { kind: "rounding", rule: "half-even" },
      { kind: "bands", bands },
      { kind: "rounding", rule: null },
      { kind: "bands", bands: null },
    ];
    for (const what of steps) {
      const next = assign(draft, what, at(what.kind === "periods" ? "D5:D8" : "E5"));
      if (typeof next === "string") throw new Error(next);
      draft = next;
    }
    expect(draft).toEqual({ ...emptyDraft(SUMMARY_SHEET), periods: "D5:D8" });
  });
});

describe("band schemes to choose from (the 読み方 view's list)", () => {
  const settings = { thresholds: [1, 0.8], labels: ["達成", "概ね達成", "未達成"] };

  test("the settings' first, then the workbook's legends, then known schemes with as many bands; each once", () => {
    const legend = { thresholds: [1, 0.6, 0.3], labels: ["A", "B", "C", "D"] };
    const choices = bandChoices(settings, [
      legend,
      legend,
      { thresholds: [0.5, 1], labels: ["x", "y", "z"] },
    ]);
    // The legend twice is offered once, unsorted bounds never, and the one known scheme of three bands is
    // the settings' own (達成 / 概ね達成 / 未達成); four-band schemes need three bounds.
    expect(choices).toEqual([settings, legend]);
    expect(bandChoiceIndex(choices, legend)).toBe(1);
    expect(bandBounds(legend).map((b) => [b.label, b.bound])).toEqual([
      ["A", "100%"],
      ["B", "60%"],
      ["C", "30%"],
      ["D", null],
    ]);
  });

  test("a four-band scheme is offered once the settings have three bounds", () => {
    const four = { thresholds: [1, 0.8, 0.5], labels: ["S", "A", "B", "C"] };
    const labels = bandChoices(four, []).map((c) => c.labels.join(" "));
    expect(labels).toEqual(
      expect.arrayContaining(["S A B C", "A B C D", "◎ ○ △ ×", "順調 やや遅れ 大幅遅れ 未着手"]),
    );
  });
});

describe("a reading coloured on the sheet (one change set, undone like any write)", () => {
  test("each block's role rows over the periods, the periods, and the name, unit and baseline columns", () => {
    const ranges = colouredRanges(valid(SUMMARY_LAYOUT).tables[0]);
    const of = (part: string) => ranges.filter((r) => r.part === part).map((r) => r.address);
    expect(of("periods")).toEqual(["E4:H4"]);
    expect(of("target")).toEqual(["E5:H5", "E7:H7", "E9:H9", "E11:H11"]);
    expect(of("actual")).toEqual(["E6:H6", "E8:H8", "E10:H10", "E12:H12"]);
    expect([of("name"), of("unit"), of("baseline")]).toEqual([["B5:B12"], ["C5:C12"], ["D5:D12"]]);
    const change = readingColours(ranges, "読み方の色分け");
    expect(change.label).toBe("読み方の色分け");
    expect(change.cells).toBeUndefined();
    expect(change.styles?.find((s) => s.address === "E5:H5")).toEqual({
      sheet: SUMMARY_SHEET,
      address: "E5:H5",
      fill: READING_FILLS.target,
    });
  });

  test("periods down a column: roles are columns, names rows", () => {
    const table = {
      sheet: SUMMARY_SHEET,
      range: "C1:L9",
      periods: "D5:D8",
      blocks: { first: "E", size: 2, roles: { target: 0, actual: 1 } },
      name: 2,
    };
    const ranges = colouredRanges(valid({ version: 1, tables: [table] }).tables[0]);
    expect(ranges.map((r) => [r.part, r.address])).toEqual([
      ["periods", "D5:D8"],
      ["target", "E5:E8"],
      ["actual", "F5:F8"],
      ["target", "G5:G8"],
      ["actual", "H5:H8"],
      ["target", "I5:I8"],
      ["actual", "J5:J8"],
      ["target", "K5:K8"],
      ["actual", "L5:L8"],
      ["name", "E2:L2"],
    ]);
  });
});

import fc from "fast-check";
import { detectTables, mergeChanges, planMerge, type KpiModel } from "../../../src/core";
import { ROWS, tableGrid, type Row } from "./masterGrids";

function model(rows: readonly Row[]): KpiModel {
  return detectTables([tableGrid(rows)]);
}

function edit(rows: readonly Row[], id: number, change: Partial<Row>): Row[] {
  return rows.map((row) => (row.id === id ? { ...row, ...change } : row));
}

describe("planMerge", () => {
  test("the master's table is read with its ids (the precondition of every test below)", () => {
    expect(model(ROWS).tables[0].indicators.map((i) => i.id)).toEqual(["No.1", "No.2", "No.3"]);
  });

  test("empty and pending master cells take the returned actuals, at the master's address", () => {
    const returned = edit(ROWS, 2, { actual: ["1,380人", "1,420人"] });
    const plan = planMerge(model(ROWS), [{ file: "観光課.xlsx", model: model(returned) }]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.merged.map((m) => [m.indicator, m.period, m.cell, m.from, m.to])).toEqual([
      ["No.2", "R5", "E6", "集計中", "1,380人"],
      ["No.2", "R6", "F6", null, "1,420人"],
    ]);
    expect(mergeChanges(plan)).toEqual([
      { sheet: "進捗管理表", address: "E6", value: "1,380人" },
      { sheet: "進捗管理表", address: "F6", value: "1,420人" },
    ]);
  });

  test("a returned copy in another row order is matched by id", () => {
    const returned = edit(ROWS, 3, { actual: ["210人", null] }).reverse();
    const plan = planMerge(model(ROWS), [{ file: "a.xlsx", model: model(returned) }]);
    expect(plan.merged.map((m) => [m.indicator, m.cell, m.to])).toEqual([["No.3", "E9", "210人"]]);
  });

  test("a changed target, a changed actual and a renamed indicator are conflicts, never written", () => {
    let returned = edit(ROWS, 1, { target: ["1,500件", "1,700件"], actual: ["1,700件", null] });
    returned = edit(returned, 3, { name: "研修受講者数" });
    const plan = planMerge(model(ROWS), [{ file: "a.xlsx", model: model(returned) }]);
    expect(plan.conflicts.map((c) => [c.indicator, c.cell, c.master, c.returned, c.reason, c.taken])).toEqual(
      [
        ["No.3", "B8", "研修参加者数", "研修受講者数", "nameChanged", false],
        ["No.1", "E2", "1,600件", "1,500件", "targetChanged", false],
        ["No.1", "E3", "1,650件", "1,700件", "valueChanged", false],
      ],
    );
    expect(mergeChanges(plan)).toEqual([]);
    const preferred = planMerge(model(ROWS), [{ file: "a.xlsx", model: model(returned) }], {
      prefer: "returned",
    });
    expect(mergeChanges(preferred).map((c) => [c.address, c.value])).toEqual([
      ["B8", "研修受講者数"],
      ["E2", "1,500件"],
      ["E3", "1,700件"],
    ]);
  });

  test("an indicator the master lacks is unmatched; a table-less file is said so", () => {
    const added: Row = {
      id: 9,
      name: "新規指標",
      dept: "観光課",
      target: ["10回", "10回"],
      actual: ["12回", null],
    };
    const plan = planMerge(model(ROWS), [
      { file: "a.xlsx", model: model([...ROWS, added]) },
      { file: "b.xlsx", model: { tables: [], summaries: [] } },
    ]);
    expect(plan.unmatched).toEqual([
      { file: "a.xlsx", indicator: "No.9 新規指標", reason: "notInMaster" },
      { file: "b.xlsx", indicator: "", reason: "noTable" },
    ]);
  });

  test("without an id match the name matches; a changed unit is a conflict", () => {
    const renumbered = ROWS.map((row) => ({ ...row, id: row.id + 100 }));
    const returned = edit(edit(renumbered, 103, { actual: ["210人", null] }), 101, {
      actual: ["1,650件", "5回"],
    });
    const plan = planMerge(model(ROWS), [{ file: "a.xlsx", model: model(returned) }]);
    expect(plan.merged.map((m) => [m.indicator, m.cell, m.to])).toEqual([["No.3", "E9", "210人"]]);
    expect(plan.conflicts.map((c) => [c.cell, c.reason])).toEqual([["F3", "unitChanged"]]);
  });

  test("one cell returned by two files with different values is a conflict of both, never written", () => {
    const a = edit(ROWS, 3, { actual: ["210人", null] });
    const b = edit(ROWS, 3, { actual: ["205人", null] });
    const plan = planMerge(model(ROWS), [
      { file: "a.xlsx", model: model(a) },
      { file: "b.xlsx", model: model(b) },
      { file: "a2.xlsx", model: model(a) },
    ]);
    expect(plan.merged).toEqual([]);
    expect(plan.conflicts.map((c) => [c.file, c.cell, c.returned, c.reason])).toEqual([
      ["a.xlsx", "E9", "210人", "returnedTwice"],
      ["b.xlsx", "E9", "205人", "returnedTwice"],
      ["a2.xlsx", "E9", "210人", "returnedTwice"],
    ]);
    const same = planMerge(model(ROWS), [
      { file: "a.xlsx", model: model(a) },
      { file: "a2.xlsx", model: model(a) },
    ]);
    expect(same.merged.map((m) => [m.file, m.cell])).toEqual([["a.xlsx", "E9"]]);
    expect(same.conflicts).toEqual([]);
  });
});

const cellValue = fc.oneof(
  fc.constant(null),
  fc.constantFrom("集計中", "-", "年度末に調査"),
  fc.integer({ min: 0, max: 99999 }).map((n) => `${n.toLocaleString("en-US")}件`),
  fc.integer({ min: 0, max: 99999 }),
);
const pair = fc.tuple(cellValue, cellValue);
const rowsArb = fc.array(fc.tuple(pair, pair, pair), { minLength: 1, maxLength: 6 }).map((values) =>
  values.map(([target, actual, status], i): Row => ({
    id: i + 1,
    name: `指標${i + 1}`,
    dept: "課",
    target: [target[0] ?? 1, target[1] ?? 1],
    actual,
    status,
  })),
);

describe("planMerge properties", () => {
  test("merging a copy of the master into itself changes nothing", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const master = model(rows);
        const plan = planMerge(master, [{ file: "copy.xlsx", model: model(rows) }], {
          prefer: "returned",
        });
        // A grid of nothing but placeholders reads as no table at all; the copy is then reported
        // as table-less, and still nothing is written.
        const unmatched =
          master.tables.length === 0 ? [{ file: "copy.xlsx", indicator: "", reason: "noTable" }] : [];
        expect(plan).toEqual({ merged: [], conflicts: [], unmatched });
      }),
    );
  });

  test("a master cell that holds a value is never written unless prefer is returned", () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (masterRows, returnedRows) => {
        const master = model(masterRows);
        const plan = planMerge(master, [{ file: "r.xlsx", model: model(returnedRows) }]);
        const written = new Set(mergeChanges(plan).map((c) => c.address));
        const cells = master.tables.flatMap((t) =>
          t.indicators.flatMap((i) => i.periods.flatMap((p) => Object.values(p.cells))),
        );
        for (const cell of cells) {
          const holds = cell.raw !== null && !["集計中", "-", "年度末に調査"].includes(String(cell.raw));
          if (holds) expect(written.has(cell.address)).toBe(false);
        }
      }),
    );
  });
});

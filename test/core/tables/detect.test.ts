import { gridFromRows, type CellValue } from "../../../src/core/grid";
import { detectTables, type KpiTable } from "../../../src/core/tables";
import { grid000, grid002, grid004Layout1, grid004Layout2, gridSmallBlocks, SEED_004 } from "./seed-grids";

function only(tables: KpiTable[]): KpiTable {
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe("detectTables on the seeds", () => {
  test("004 first layout: one table of 30 indicators across three printed pages, R5 projected by the note", () => {
    const model = detectTables(grid004Layout1());
    const table = only(model.tables);
    expect(table.layout).toBe("measure-rows");
    expect(table.indicators.map((i) => i.id)).toEqual(SEED_004.map((s) => s.id));
    const no1 = table.indicators[0];
    expect(no1.name).toBe("中小企業相談所の相談件数");
    expect(no1.unit).toBe("件");
    expect(no1.measureCodes).toEqual(["I-1-(1)-①"]);
    expect(no1.periods.map((p) => [p.label, p.fiscalYear, p.projected])).toEqual([
      ["R3", 2021, false],
      ["R4", 2022, false],
      ["R5", 2023, true],
    ]);
    expect(no1.periods[0].cells).toEqual(
      expect.objectContaining({
        target: expect.objectContaining({ raw: "1,600件" }),
        rate: expect.objectContaining({ raw: "209.4%" }),
      }),
    );
    expect(table.indicators[14].measureCodes).toHaveLength(3);
    expect(model.summaries).toHaveLength(3);
    expect(model.summaries[0]).toEqual(
      expect.objectContaining({
        total: expect.objectContaining({ value: 36, unit: "単位施策" }),
        pending: expect.objectContaining({ value: 8 }),
      }),
    );
  });

  test("004 second layout: 36 unit-measure rows with baselines, the plan columns are not a table", () => {
    const table = only(detectTables(grid004Layout2()).tables);
    expect(table.layout).toBe("indicator-rows");
    expect(table.indicators).toHaveLength(36);
    expect(new Set(table.indicators.map((i) => i.measureKey)).size).toBe(36);
    expect(table.indicators[0].baseline).toEqual(expect.objectContaining({ kind: "number", value: 3665 }));
    expect(table.indicators[0].periods.map((p) => p.label)).toEqual(["令和3年度", "令和4年度", "令和5年度"]);
  });

  test("both layouts of 004 on one sheet give two tables", () => {
    const rows = [...grid004Layout1().values, [], [], ...grid004Layout2().values];
    const model = detectTables(gridFromRows("004", rows));
    expect(model.tables.map((t) => [t.layout, t.indicators.length])).toEqual([
      ["measure-rows", 30],
      ["indicator-rows", 36],
    ]);
  });

  test("000: value rows with a 累計 column whose rate is not a fiscal year", () => {
    const { tables } = detectTables(grid000());
    expect(tables.map((t) => t.layout)).toEqual(["value-rows", "value-rows"]);
    const first = tables[0].indicators[0];
    expect(first.name).toBe("労働生産性２倍以上達成企業数");
    expect(first.unit).toBe("社");
    expect(first.periods.map((p) => p.label)).toEqual(["H28", "H29", "H30", "H31", "H32", "累計"]);
    const cumulative = first.periods[5];
    expect([cumulative.cumulative, cumulative.fiscalYear]).toEqual([true, null]);
    expect(tables.flatMap((t) => t.indicators)).toHaveLength(6);
  });

  test("small blocks: `2016 (28) 年度` headers and the unit in the row label", () => {
    const { tables } = detectTables(gridSmallBlocks());
    expect(tables.every((t) => t.layout === "small-blocks")).toBe(true);
    const first = tables[0].indicators[0];
    expect(first.unit).toBe("社");
    expect(first.periods.map((p) => p.fiscalYear)).toEqual([2016, 2017, 2018, 2019, 2020]);
  });

  test("002: the evaluation sheet, names from the 指標名 lines, the cost table ignored", () => {
    const table = only(detectTables(grid002()).tables);
    expect(table.layout).toBe("evaluation-sheet");
    expect(table.indicators.map((i) => [i.id, i.cumulativeSeries])).toEqual([
      ["活動指標1", false],
      ["成果指標1", true],
    ]);
    const r3 = table.indicators[1].periods.find((p) => p.fiscalYear === 2021);
    expect([r3?.cells.target?.raw, r3?.cells.actual?.raw]).toEqual(["13", "13"]);
  });
});

describe("detectTables on layouts of our own", () => {
  test("English wide columns: FY2023 Target / Actual / Rate / Status, with a Unit column", () => {
    const grid = gridFromRows("en", [
      [
        "KPI",
        "Unit",
        "FY2022 Target",
        "FY2022 Actual",
        "FY2022 Rate",
        "FY2022 Status",
        "Target FY2023",
        "Actual FY2023",
      ],
      ["Visitors", "people", 100, 120, 1.2, "達成", 130, 90],
      ["Companies", "社", 10, 8, 0.8, "概ね達成", 12, 6],
    ]);
    const table = only(detectTables(grid).tables);
    expect(table.layout).toBe("column-roles");
    expect(table.indicators.map((i) => [i.name, i.unit])).toEqual([
      ["Visitors", "people"],
      ["Companies", "社"],
    ]);
    expect(table.indicators[0].periods.map((p) => [p.fiscalYear, p.cells.rate?.address ?? null])).toEqual([
      [2022, "E2"],
      [2023, null],
    ]);
  });

  test("English role rows under FY columns", () => {
    const grid = gridFromRows("en", [
      ["ID", "Indicator", "", "FY2021", "FY2022", "Note"],
      ["K1", "Visitors", "Target", 100, 110, "text"],
      [null, null, "Actual", 90, 120],
      [null, null, "Rate", 0.9, 1.0909],
      ["K2", "Events", "Target", 5, 6],
      [null, null, "Actual", 5, 7],
    ]);
    const table = only(detectTables(grid).tables);
    expect(table.indicators.map((i) => [i.id, i.name, i.periods.length])).toEqual([
      ["K1", "Visitors", 2],
      ["K2", "Events", 2],
    ]);
  });

  test("columns in another order, reversed years and extra columns", () => {
    const grid = gridFromRows("order", [
      ["成果指標", "担当課", "No.", "単位", "", "令和5年度", "令和4年度", "令和3年度"],
      ["相談件数", "産業振興課", 1, "件", "実績値", "3,450件", "3,437件", "3,350件"],
      [null, null, null, null, "目標値", "1,800件", "1,700件", "1,600件"],
      [null, null, null, null, "達成度", "191.7%", "202.2%", "209.4%"],
    ]);
    const table = only(detectTables(grid).tables);
    const [indicator] = table.indicators;
    expect([indicator.id, indicator.name, indicator.unit]).toEqual(["No.1", "相談件数", "件"]);
    expect(indicator.periods.map((p) => [p.fiscalYear, p.cells.target?.raw])).toEqual([
      [2023, "1,800件"],
      [2022, "1,700件"],
      [2021, "1,600件"],
    ]);
  });

  test("a long table: one row per indicator and year", () => {
    const grid = gridFromRows("long", [
      ["指標名", "年度", "目標", "実績", "達成率"],
      ["相談件数", "R3", 1600, 3350, 2.094],
      [null, "R4", 1700, 3437, 2.022],
      ["来場者数", "R3", 1400, 0, 0],
    ]);
    const table = only(detectTables(grid).tables);
    expect(table.indicators.map((i) => [i.name, i.periods.map((p) => p.fiscalYear)])).toEqual([
      ["相談件数", [2021, 2022]],
      ["来場者数", [2021]],
    ]);
  });

  test("merged name cells: the value in the top-left, continuation rows empty", () => {
    const grid = gridFromRows("merged", [
      ["指標", "", "R3", "R4"],
      ["相談件数", "目標", 10, 20],
      [null, "実績", 12, 18],
    ]);
    grid.merges.push({ row: 1, col: 0, rowCount: 2, colCount: 1 });
    expect(only(detectTables(grid).tables).indicators).toHaveLength(1);
  });
});

describe("no table is no guess", () => {
  test.each<[string, CellValue[][]]>([
    ["an empty sheet", []],
    [
      "a budget table",
      [
        ["", "令和3年度予算", "令和3年度決算"],
        ["事業費", 44000, 41519],
      ],
    ],
    [
      "a plain list",
      [
        ["名前", "年齢"],
        ["佐藤", 41],
        ["鈴木", 35],
      ],
    ],
    [
      "years without roles",
      [
        ["", "R3", "R4"],
        ["人口", 1000, 1010],
      ],
    ],
    [
      "roles without numbers",
      [
        ["", "R3", "R4"],
        ["目標", "検討", "実施"],
        ["実績", "済", "済"],
      ],
    ],
  ])("%s", (_, rows) => {
    expect(detectTables(gridFromRows("x", rows)).tables).toEqual([]);
  });
});

describe("projected periods", () => {
  test("from a header (`R5見込`) and not from a long comment that mentions 見込み", () => {
    const grid = gridFromRows("p", [
      ["", "R4", "R5見込"],
      ["目標", 10, 12],
      ["実績", 11, 13],
      ["令和5年度も目標を概ね達成する見込みであり、需要が見込まれるため、より高い目標値を設定する。"],
    ]);
    const [indicator] = only(detectTables(grid).tables).indicators;
    expect(indicator.periods.map((p) => [p.label, p.fiscalYear, p.projected])).toEqual([
      ["R4", 2022, false],
      ["R5", 2023, true],
    ]);
  });

  test("from a 見込 row and from the options", () => {
    const grid = gridFromRows("p", [
      ["", "R4", "R5"],
      ["目標", 10, 12],
      ["見込", null, 13],
    ]);
    expect(only(detectTables(grid).tables).indicators[0].periods.map((p) => p.projected)).toEqual([
      false,
      true,
    ]);
    const plain = gridFromRows("p", [
      ["", "R4", "R5"],
      ["目標", 10, 12],
      ["実績", 9, 13],
    ]);
    expect(
      only(detectTables(plain, { projectedYears: [2022] }).tables).indicators[0].periods.map(
        (p) => p.projected,
      ),
    ).toEqual([true, false]);
  });
});

test("band legends and table rows are not summary lines", () => {
  expect(detectTables(grid000()).summaries).toEqual([]);
  expect(detectTables(grid004Layout2()).summaries).toEqual([]);
});

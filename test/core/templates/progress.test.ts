import { DEFAULT_BANDS, type StatusBands } from "../../../src/core";
import { projectedYearsInNote } from "../../../src/core/tables/projection";
import { planTemplate } from "../../../src/core/templates";
import { placeChanges } from "../../../src/workbook/changes";
import { asShown, cellAt, formulaAt, texts, valueAt } from "./helpers";

const plan = planTemplate("progress", {
  from: "R3",
  projectedYear: "R5",
  indicators: [
    {
      name: "中小企業相談所の相談件数",
      unit: "件",
      measureNo: "I-1-(1)-①",
      measure: "事業者の経営課題解決と経営基盤の安定",
    },
    { name: "セミナー満足度", unit: "%" },
  ],
});
const { changes } = plan;
const layout = changes.layouts?.[0];

describe("進捗管理表 (progress)", () => {
  it("creates one new sheet and writes only into it, at valid addresses", () => {
    expect(changes.newSheets).toEqual(["進捗管理表"]);
    expect(() => placeChanges(changes)).not.toThrow();
    const sheets = [
      changes.cells,
      changes.styles,
      changes.validations,
      changes.conditionalFormats,
      changes.layouts,
    ].flatMap((list) => (list ?? []).map((item) => item.sheet));
    expect(new Set(sheets)).toEqual(new Set(["進捗管理表"]));
  });

  it("has 004's columns with one column per fiscal year, in the chosen style", () => {
    const header = ["No.", "単位施策No.", "単位施策", "成果指標", "区分", "R3", "R4", "R5", "反映・コメント"];
    const headerRow = Number(/\d+/.exec(plan.indicators[0].periods[0].target ?? "")?.[0]) - 1;
    expect(
      ["A", "B", "C", "D", "E", "F", "G", "H", "I"].map((col) => valueAt(changes, `${col}${headerRow}`)),
    ).toEqual(header);
    const wareki = planTemplate("progress", { from: "R6", yearStyle: "wareki", indicators: 1 }).changes;
    expect(texts(wareki)).toEqual(expect.arrayContaining(["令和6年度", "令和7年度", "令和8年度"]));
  });

  it("gives every indicator the four rows 目標 / 実績 / 結果 / 達成率 and merges its leading cells over them", () => {
    const [first] = plan.indicators;
    const top = Number(/\d+/.exec(first.periods[0].target ?? "")?.[0]);
    expect([0, 1, 2, 3].map((k) => valueAt(changes, `E${top + k}`))).toEqual([
      "目標",
      "実績",
      "結果",
      "達成率",
    ]);
    expect(valueAt(changes, `A${top}`)).toBe(1);
    expect(valueAt(changes, `B${top}`)).toBe("I-1-(1)-①");
    expect(first.name).toBe(`D${top}`);
    expect(layout?.merges).toEqual(
      expect.arrayContaining([`A${top}:A${top + 3}`, `D${top}:D${top + 3}`, `I${top}:I${top + 3}`]),
    );
  });

  it("types values as numbers: input cells carry the unit in their number format and hold no text", () => {
    const [count, percent] = plan.indicators;
    for (const p of count.periods) {
      expect(cellAt(changes, p.target ?? "")).toEqual({
        sheet: "進捗管理表",
        address: p.target,
        numberFormat: '#,##0"件"',
      });
      expect(cellAt(changes, p.actual ?? "")?.numberFormat).toBe('#,##0"件"');
    }
    expect(cellAt(changes, percent.periods[0].target ?? "")?.numberFormat).toBe("0.0%");
  });

  it("computes 達成率 and 結果 by formulas on the indicator's own cells, with 見込み only in the projected year", () => {
    const [first] = plan.indicators;
    for (const p of first.periods) {
      expect(cellAt(changes, p.rate ?? "")?.numberFormat).toBe("0.0%");
      expect(formulaAt(changes, p.rate ?? "")).toContain(`${p.actual}/${p.target}`);
      const status = formulaAt(changes, p.status ?? "");
      expect(status).toContain(`ISNUMBER(${p.actual})`);
      expect(status.includes('"達成見込み"')).toBe(p.period === 2023);
      expect(status.includes('"達成"')).toBe(p.period !== 2023);
      expect(status).toContain('"集計中"');
    }
  });

  it("compares the rate with the band edges at Excel's 15 significant digits, as core reads numbers before its exact arithmetic", () => {
    const { actual, target, status } = plan.indicators[0].periods[0];
    const rate = asShown(`${actual}/${target}`);
    expect(formulaAt(changes, status ?? "")).toContain(
      `IF(${rate}>=1,"達成",IF(${rate}>=0.8,"概ね達成","未達成"))`,
    );
  });

  it("lets numeric cells accept numbers or the pending words, and status cells the status labels, with Japanese messages", () => {
    const [first] = plan.indicators;
    const numeric = changes.validations?.filter((v) => v.kind === "custom") ?? [];
    expect(numeric).toHaveLength(2);
    expect(numeric[0].address).toBe(`${first.periods[0].target}:${first.periods[2].actual}`);
    expect(numeric[0].formula).toBe(
      `=OR(ISNUMBER(${first.periods[0].target}),OR(${["集計中", "年度末に調査", "調査中", "-"].map((w) => `${first.periods[0].target}="${w}"`).join(",")}))`,
    );
    expect(numeric[0].inputMessage).toMatch(/数値.*集計中/);
    const lists = changes.validations?.filter((v) => v.kind === "list") ?? [];
    expect(lists[0].address).toBe(`${first.periods[0].status}:${first.periods[2].status}`);
    expect(lists[0].list).toEqual([
      "達成",
      "概ね達成",
      "未達成",
      "達成見込み",
      "概ね達成見込み",
      "未達成見込み",
      "集計中",
      "-",
      "算定不可",
    ]);
  });

  it("colours every band label, with and without 見込み, and the pending labels", () => {
    const colored = changes.conditionalFormats?.map((rule) => rule.text) ?? [];
    expect(colored).toEqual([
      "達成",
      "達成見込み",
      "概ね達成",
      "概ね達成見込み",
      "未達成",
      "未達成見込み",
      "集計中",
      "-",
      "算定不可",
    ]);
    expect(new Set(changes.conditionalFormats?.map((rule) => rule.fill)).size).toBe(4);
  });

  it("states 004's summary lines for the latest year, counted by formulas over the filled indicators and their 結果 rows", () => {
    expect(plan.summary.map((s) => [s.category, s.label, s.year])).toEqual([
      ["total", "成果指標全体", 2023],
      ["achieved", "成果指標達成見込み（概ね達成見込みを含む）", 2023],
      ["notAchieved", "成果指標未達成見込み", 2023],
      ["others", "成果指標集計中等", 2023],
    ]);
    expect(texts(changes)).toContain("〔集計〕R5の成果指標");
    const [total, achieved, notAchieved, others] = plan.summary.map((s) => formulaAt(changes, s.address));
    // Indicators with anything in a target or actual cell (empty slots are not indicators, issue 14 item 7).
    expect(total).toMatch(
      /^=SUMPRODUCT\(\(\$E\$\d+:\$E\$\d+="目標"\)\*\(MMULT\(ISNUMBER\(\$F\$\d+:\$H\$\d+\)\+ISTEXT\(\$F\$\d+:\$H\$\d+\)\+ISNUMBER\(\$F\$\d+:\$H\$\d+\)\+ISTEXT\(\$F\$\d+:\$H\$\d+\),\{1;1;1\}\)>0\)\)$/,
    );
    expect(achieved).toMatch(
      /^=COUNTIFS\(\$E\$\d+:\$E\$\d+,"結果",H\d+:H\d+,"達成見込み"\)\+COUNTIFS\(\$E\$\d+:\$E\$\d+,"結果",H\d+:H\d+,"概ね達成見込み"\)$/,
    );
    expect(notAchieved).toMatch(/,"未達成見込み"\)$/);
    expect(others).toBe(`=${plan.summary[0].address}-${plan.summary[1].address}-${plan.summary[2].address}`);
    expect(cellAt(changes, plan.summary[0].address)?.numberFormat).toBe('#,##0"指標"');
  });

  it("explains the bands and the projected year in a legend taken from the bands", () => {
    expect(texts(changes)).toEqual(
      expect.arrayContaining([
        "〔結果の見方〕",
        "達成 … 達成率100%以上",
        "概ね達成 … 達成率80%以上100%未満",
        "未達成 … 達成率80%未満",
        "～見込み … 見込値の年度（R5）の結果",
        "〔実績について〕 R3・R4は確定値。R5は見込値。",
      ]),
    );
    expect(projectedYearsInNote("〔実績について〕 R3・R4は確定値。R5は見込値。")).toEqual([2023]);
  });

  it("freezes the header and leading columns, prints A4 landscape with the header repeated, and names the table", () => {
    const headerRow = Number(/\d+/.exec(plan.indicators[0].periods[0].target ?? "")?.[0]) - 1;
    expect(layout?.freeze).toEqual({ rows: headerRow, columns: 5 });
    expect(layout?.print).toEqual({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      titleRows: `$${headerRow}:$${headerRow}`,
    });
    expect(layout?.names).toEqual([
      { name: "KPI_PROGRESS_進捗管理表", address: `$A$${headerRow}:$I$${headerRow + 8}` },
    ]);
    expect(layout?.columnWidths?.map((w) => w.column)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I"]);
    expect(changes.styles?.some((s) => s.wrap === true && s.address.startsWith("D"))).toBe(true);
    expect(changes.styles?.some((s) => s.borders === "thin-all")).toBe(true);
  });

  it("names the table after its sheet, so that two generated sheets in one workbook keep distinct names", () => {
    const other = planTemplate("progress", { from: "R6", sheetName: "R6 進捗(案)" });
    expect(other.changes.layouts?.[0].names?.map((n) => n.name)).toEqual(["KPI_PROGRESS_R6_進捗_案_"]);
  });

  it("takes labels, thresholds and colours from custom bands (A/B/C/D)", () => {
    const bands: StatusBands = { ...DEFAULT_BANDS, thresholds: [1, 0.8, 0.5], labels: ["A", "B", "C", "D"] };
    const custom = planTemplate("progress", { from: "R6", indicators: 1, bands });
    const status = formulaAt(custom.changes, custom.indicators[0].periods[0].status ?? "");
    expect(status).toContain('>=0.5,"C","D")');
    expect(texts(custom.changes)).toEqual(
      expect.arrayContaining(["B … 達成率80%以上100%未満", "D … 達成率50%未満"]),
    );
    expect(custom.summary.map((s) => s.label)).toEqual([
      "成果指標全体",
      "成果指標A（B・Cを含む）",
      "成果指標D",
      "成果指標集計中等",
    ]);
  });

  it("is a pure function of its parameters: the same change set twice, serializable as JSON", () => {
    const again = planTemplate("progress", {
      from: "令和3年度",
      projectedYear: 2023,
      indicators: plan.params.indicators.map((i) => ({ ...i })),
    });
    expect(again.changes).toEqual(changes);
    expect(JSON.parse(JSON.stringify(changes))).toEqual(changes);
  });
});

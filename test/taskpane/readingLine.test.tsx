/** @jest-environment jsdom */
import { checkModel, detectTables, gridFromRows, readKpiTable, withDefaults } from "../../src/core";
import { readingLine } from "../../src/taskpane/checking/readingLine";
import { button, readingUnder, renderApp } from "./support/renderApp";

function readingOf(rows: Parameters<typeof gridFromRows>[1]) {
  const model = detectTables(gridFromRows("s", rows));
  const settings = withDefaults();
  const { evaluations } = checkModel(model, settings);
  return readKpiTable(model.tables[0], evaluations, settings);
}

describe("the reading line of a table", () => {
  const reading = readingOf([
    ["指標名", "区分", "2020年", "2021年", "2022年", "2023年", "2024年"],
    ["交通事故件数", "目標", "1,150件以下", "1,100件以下", "1,050件以下", "1,000件以下", "950件以下"],
    [null, "実績", "1,032件", "1,061件", "998件", "1,020件", "940件"],
    [null, "達成率", "111.4%", "103.7%", "105.2%", "98.0%", "101.1%"],
  ]);

  test("says the roles, the periods, the direction, the rounding and the confidence, in Japanese", () => {
    const line = readingLine(reading, "ja");
    expect(line).toMatch(/^読み取り: 目標 5・実績 5・達成率 5｜/);
    expect(line).toContain("期間 2020年〜2024年（5期間） (暦年)");
    expect(line).toContain("下がるほど良い 1");
    expect(line).toMatch(/確度 \d+%$/);
  });

  test("and in English", () => {
    const line = readingLine(reading, "en");
    expect(line).toMatch(/^Read as: target 5, actual 5, rate 5 \| /);
    expect(line).toContain("periods 2020年–2024年 (5 periods) (calendar years)");
    expect(line).toContain("lower is better 1");
  });
});

test("the rounding the published rates follow and the bands as written", () => {
  const reading = readingOf([
    ["指標名", "区分", "R3", "R4"],
    ["相談件数", "目標", "1,600件", "1,700件"],
    [null, "実績", "1,683件", "1,541件"],
    [null, "達成率", "105.2%", "90.6%"],
    [null, "評価", "A", "B"],
  ]);
  expect(readingLine(reading, "ja")).toContain("区分 A/B/C/D（記載どおり）｜端数 四捨五入 小数1桁｜");
  expect(readingLine(reading, "en")).toContain("bands A/B/C/D (as written) | rounding half up 1 dp | ");
});

test("the check view shows each table's reading under its heading", async () => {
  const { user } = renderApp();
  await user.click(button("チェックする"));
  expect(await readingUnder(/取組状況!A1:F9/)).toMatch(/^読み取り: 目標 \d+・実績 \d+.*｜期間 R3・R4・R5｜/);
});

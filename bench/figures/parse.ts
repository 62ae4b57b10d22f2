/** parse.cells_per_s: parseValue over a realistic mix of 1,000,000 cells. */
import { parseValue, type CellValue } from "../../src/core";
import type { Figure } from "../figure";
import { timeMs } from "../measure";

const MIX: CellValue[] = [
  1600,
  "1,600件",
  "130,000千円",
  "集計中",
  "30.0%",
  "１，６００件",
  "△1,234",
  " 5,096人 ",
  "-",
  null,
  "0人(中止)",
  "年度末に調査",
  0.448,
  "12事業",
  "43イベント",
  "13,0000",
  "abc",
  true,
  { error: "#VALUE!" },
  "R5",
];
const CELLS = 1_000_000;

export const parseFigure: Figure = {
  ids: ["parse.cells_per_s"],
  budget: false,
  async run() {
    const cells = Array.from({ length: CELLS }, (_, i) => MIX[i % MIX.length]);
    let sink = 0;
    const t = await timeMs(() => {
      for (const cell of cells) if (parseValue(cell).kind === "number") sink++;
    });
    if (sink === 0) throw new Error("no cell parsed as a number");
    const perSecond = (ms: number) => CELLS / (ms / 1000);
    return [
      {
        id: "parse.cells_per_s",
        what: `parseValue over ${CELLS.toLocaleString("en-US")} mixed cells`,
        goal: "≥ 2,000,000 / s",
        value: perSecond(t.median),
        min: perSecond(t.max),
        max: perSecond(t.min),
        unit: "cells/s",
        met: perSecond(t.median) >= 2_000_000,
      },
    ];
  },
};

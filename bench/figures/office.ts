/**
 * office.syncs: context.sync() calls for read + check + apply through the Office.js adapter over the fake object
 * model, for a 10-cell sheet and a 100,000-cell sheet (must be equal: a CI budget).
 * office.naive_ratio: a 10,000-cell read done the naive way (one sync per row) vs the adapter, with a simulated
 * 20 ms round trip per sync (10,000 rather than 100,000 cells keeps the naive side at ~17 s instead of ~3 min).
 */
import { detectTables } from "../../src/core/tables";
import { runChecks } from "../../src/core/rules";
import { gridFromRows, type CellValue, type Grid } from "../../src/core";
import { fakeFromGrids } from "../../src/workbook/fakeExcel";
import { OfficeWorkbook } from "../../src/workbook/office";
import type { ChangeSet } from "../../src/workbook/port";
import type { Figure, FigureResult } from "../figure";
import { kpiRows } from "../generate";
import { timeMs } from "../measure";

const ROUND_TRIP_MS = 20;

/** A 10-cell KPI table (2 × 5) whose pending actual leaves two #VALUE! cells to fix. */
const TEN_CELLS: CellValue[][] = [
  ["成果指標", "R5"],
  ["目標", "10件"],
  ["実績", "集計中"],
  ["結果", { error: "#VALUE!" }],
  ["達成率", { error: "#VALUE!" }],
];

/** About 100,000 cells: 2,083 indicators × 4 rows × 12 columns. */
const hundredThousandCells = (): CellValue[][] => kpiRows(2083);

async function syncsFor(
  rows: CellValue[][],
): Promise<{ cells: number; read: number; apply: number; fixes: number }> {
  const grid: Grid = gridFromRows("進捗管理表", rows);
  const fake = fakeFromGrids([grid], { limits: null });
  const port = new OfficeWorkbook(fake.portOptions());
  fake.resetCounters();
  const read = await port.readSheet(grid.sheet);
  const readSyncs = fake.syncCount;
  const findings = runChecks(detectTables(read));
  const changes: ChangeSet = { label: "bench", cells: findings.flatMap((f) => f.fix ?? []) };
  if (!changes.cells?.length)
    throw new Error(`no fixable finding on the ${grid.rowCount * grid.colCount}-cell sheet`);
  fake.resetCounters();
  await port.apply(changes);
  return {
    cells: grid.rowCount * grid.colCount,
    read: readSyncs,
    apply: fake.syncCount,
    fixes: changes.cells.length,
  };
}

/** The naive add-in: one Excel.run per row, each loading values and syncing. */
async function naiveRead(rows: CellValue[][], latencyMs: number): Promise<number> {
  const grid = gridFromRows("進捗管理表", rows);
  const fake = fakeFromGrids([grid], { latencyMs, limits: null });
  const last = String.fromCharCode(64 + grid.colCount);
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(grid.sheet);
    for (let r = 1; r <= grid.rowCount; r++) {
      const range = sheet.getRange(`A${r}:${last}${r}`);
      range.load("values");
      await context.sync();
    }
  });
  return fake.syncCount;
}

export const officeFigure: Figure = {
  ids: ["office.syncs", "office.naive_ratio"],
  budget: true,
  async run(): Promise<FigureResult[]> {
    const small = await syncsFor(TEN_CELLS);
    const large = await syncsFor(hundredThousandCells());
    const equal = small.read === large.read && small.apply === large.apply;
    const results: FigureResult[] = [
      {
        id: "office.syncs",
        what: "syncs for read / apply fixes: 10 cells vs ~100,000 cells",
        goal: "equal, ≤ 2 each way + chunks",
        value: large.read + large.apply,
        unit: "syncs",
        detail: `${small.cells} cells: read ${small.read}, apply ${small.apply} (${small.fixes} fixes); ${large.cells} cells: read ${large.read}, apply ${large.apply} (${large.fixes} fixes)`,
        met: equal && large.read <= 2 && large.apply <= 2,
      },
    ];
    if (process.argv.includes("--budgets-only")) return results;

    const rows = kpiRows(208);
    const grid = gridFromRows("進捗管理表", rows);
    const ours = await timeMs(
      async () => {
        const fake = fakeFromGrids([grid], { latencyMs: ROUND_TRIP_MS, limits: null });
        await new OfficeWorkbook(fake.portOptions()).readSheet(grid.sheet);
      },
      { warmup: 1, runs: 5 },
    );
    const naiveStart = performance.now();
    const naiveSyncs = await naiveRead(rows, ROUND_TRIP_MS);
    const naiveMs = performance.now() - naiveStart;
    results.push({
      id: "office.naive_ratio",
      what: `read ${grid.rowCount * grid.colCount} cells, ${ROUND_TRIP_MS} ms per sync: naive (sync per row) ÷ adapter`,
      goal: "report (expect ≥ 100×)",
      value: naiveMs / ours.median,
      unit: "×",
      detail: `naive ${naiveMs.toFixed(0)} ms / ${naiveSyncs} syncs; adapter ${ours.median.toFixed(0)} ms`,
      met: null,
    });
    return results;
  },
};

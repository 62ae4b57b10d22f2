/**
 * npm run bench [-- --budgets-only] [-- --only id,id]
 * Measures every speed and size goal, prints one table with the machine, writes bench/results.json.
 * With --budgets-only it runs only the figures CI runs and exits 1 when an exact one (a size, a count, a
 * growth factor) misses its goal; the wall-clock times among them are printed against their goals only.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import type { Figure, FigureResult } from "./figure";
import { figures } from "./figures";

const args = process.argv.slice(2);
const budgetsOnly = args.includes("--budgets-only");
const onlyArg = args.indexOf("--only");
const only = onlyArg >= 0 ? new Set(args[onlyArg + 1].split(",")) : null;

const selected = figures.filter(
  (f: Figure) => (!budgetsOnly || f.budget) && (!only || f.ids.some((id) => only.has(id))),
);

const machine = {
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
};
console.log(`machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}`);

const results: FigureResult[] = [];
let failures = 0;
for (const figure of selected) {
  try {
    results.push(...(await figure.run()));
  } catch (e) {
    failures++;
    console.error(`${figure.ids.join(", ")}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const fmt = (n: number | undefined) =>
  n === undefined ? "" : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
const rows = results.map((r) => [
  r.id,
  `${fmt(r.value)} ${r.unit}`,
  r.min === undefined ? "" : `${fmt(r.min)}–${fmt(r.max)}`,
  r.goal,
  r.met === null ? "report" : r.met ? "met" : "MISSED",
  r.detail ?? "",
]);
const header = ["id", "median/value", "min–max", "goal", "status", "detail"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows) console.log(line(r));

if (!budgetsOnly) {
  writeFileSync(
    "bench/results.json",
    JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2),
  );
  console.log("written bench/results.json");
}
const missed = results.filter((r) => r.met === false && r.wallClock !== true);
const timesMissed = results.filter((r) => r.met === false && r.wallClock === true);
if (budgetsOnly && timesMissed.length > 0)
  console.log(`times missed (reported, not enforced): ${timesMissed.map((r) => r.id).join(", ")}`);
if (budgetsOnly && (missed.length || failures)) {
  console.error(`budgets missed: ${missed.map((r) => r.id).join(", ") || "(a figure failed to run)"}`);
  process.exit(1);
}

/**
 * Issue 14, the invariant: a fix never changes meaning. Over generated tables (values in text, in number
 * formats or bare; rates as fractions or points; formulas with float noise; pending, annotated and
 * unreadable actuals; wrong hand statuses and rates), apply every offered fix, recalculate, and assert:
 * (a) no target or actual changes its value or unit; (b) no status or rate changes except at cells a
 * finding named; (c) checking again gives no error finding; (d) KPI.RATE, KPI.STATUS and KPI.BAND give
 * what the checker read from the same cells.
 */
import fc from "fast-check";
import {
  compareDecimal,
  detectTables,
  displayedDecimal,
  evaluateModel,
  isCellError,
  parseValue,
  runChecks,
  withDefaults,
  type CellValue,
  type Finding,
  type Grid,
  type ParsedValue,
} from "../../../src/core";
import { withFormatUnit } from "../../../src/core/number-formats";
import { baseDecimal } from "../../../src/core/operands";
import { gridFromRows } from "../../../src/core/grid";
import { bandTable } from "../../../src/functions/bands";
import { rateCell, statusCell } from "../../../src/functions/rates";
import { recalculate } from "../../support/formulas";

const RUNS = { numRuns: 200 };
const HEADER_ROW = 2;
const FIRST_COL = 4;
const YEARS = ["R3", "R4", "R5"];
const ROLE_ROWS = { target: 0, actual: 1, status: 2, rate: 3 } as const;

type UnitStyle = "text" | "format" | "bare";
type Scale = "fraction" | "points";

interface PeriodSpec {
  target: number;
  actual: number;
  /** How the actual is written. */
  actualKind: "plain" | "noisy" | "pending" | "annotated" | "unreadable";
  /** The remark of an annotated actual. */
  note: string;
  status: "formula" | "right" | "wrong";
  rate: "formula" | "wrong";
}

interface IndicatorSpec {
  unit: string;
  style: UnitStyle;
  periods: PeriodSpec[];
}

interface TableSpec {
  scale: Scale;
  /** How a points table shows its rates: `209.4` or `209.4%` (a quoted %). */
  pointsFormat: string;
  indicators: IndicatorSpec[];
}

const period: fc.Arbitrary<PeriodSpec> = fc.record({
  target: fc.integer({ min: 1, max: 5000 }),
  actual: fc.integer({ min: 0, max: 8000 }),
  actualKind: fc.constantFrom("plain", "plain", "noisy", "pending", "annotated", "unreadable"),
  note: fc.constantFrom(" ※速報値", "(速報値)", " (見込)", "(中止)"),
  status: fc.constantFrom("formula", "formula", "right", "wrong"),
  rate: fc.constantFrom("formula", "formula", "formula", "wrong"),
});

const table: fc.Arbitrary<TableSpec> = fc.record({
  scale: fc.constantFrom<Scale>("fraction", "points"),
  pointsFormat: fc.constantFrom("0.0", '0.0"%"'),
  indicators: fc.array(
    fc.record({
      unit: fc.constantFrom("件", "人", "千円", "万人"),
      style: fc.constantFrom<UnitStyle>("text", "format", "bare"),
      periods: fc.array(period, { minLength: 3, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

const column = (c: number) => String.fromCharCode(65 + c);
const address = (r: number, c: number) => `${column(c)}${r + 1}`;
const grouped = (n: number) => n.toLocaleString("en-US");
const LABELS = ["達成", "概ね達成", "未達成"];

function statusFormula(rate: string, scale: Scale, projected: boolean): string {
  const [top, middle] = scale === "points" ? [100, 80] : [1, 0.8];
  const s = projected ? "見込み" : "";
  return `=IF(${rate}>=${top},"達成${s}",IF(${rate}>=${middle},"概ね達成${s}","未達成${s}"))`;
}

/** The band a hand status should show, by the exact rate (the checker's default banding). */
function bandLabel(actual: number, target: number, projected: boolean): string {
  const band = actual >= target ? 0 : actual * 5 >= target * 4 ? 1 : 2;
  return LABELS[band] + (projected ? "見込み" : "");
}

/** The grid of a spec, with formulas recalculated as Excel would show them. */
function buildGrid(spec: TableSpec): Grid {
  const rows: CellValue[][] = [
    ["R3・R4は確定値。R5は見込値。"],
    [],
    ["No.", "単位施策", "成果指標", "年度", ...YEARS],
  ];
  const formulas: [number, number, string][] = [];
  const formats: [number, number, string][] = [];
  spec.indicators.forEach((indicator, k) => {
    const top = HEADER_ROW + 1 + k * 4;
    rows.push([k + 1, `施策${k + 1}`, `指標${k + 1}`, "目標"], [null, null, null, "実績"]);
    rows.push([null, null, null, "結果"], [null, null, null, "達成率"]);
    const numberFormat = `#,##0"${indicator.unit}"`;
    indicator.periods.forEach((p, j) => {
      const c = FIRST_COL + j;
      const projected = j === 2;
      const [tRow, aRow, sRow, rRow] = [top, top + 1, top + 2, top + 3];
      const asWritten = (n: number) => (indicator.style === "text" ? `${grouped(n)}${indicator.unit}` : n);
      rows[tRow][c] = asWritten(p.target);
      if (indicator.style === "format") formats.push([tRow, c, numberFormat]);
      const kind =
        indicator.style === "text" ? p.actualKind : p.actualKind === "annotated" ? "plain" : p.actualKind;
      if (kind === "pending") rows[aRow][c] = "集計中";
      else if (kind === "unreadable") rows[aRow][c] = `約${grouped(p.actual)}${indicator.unit}`;
      else if (kind === "annotated") rows[aRow][c] = `${grouped(p.actual)}${indicator.unit}${p.note}`;
      else if (kind === "noisy" && indicator.style !== "text") {
        rows[aRow][c] = 0;
        formulas.push([aRow, c, `=${p.actual - 0.9}+0.9`]);
      } else rows[aRow][c] = asWritten(p.actual);
      if (indicator.style === "format" && typeof rows[aRow][c] === "number")
        formats.push([aRow, c, numberFormat]);

      const a = address(aRow, c);
      const t = address(tRow, c);
      const rate = spec.scale === "points" ? `=ROUND(${a}/${t}*100,1)` : `=${a}/${t}`;
      formats.push([rRow, c, spec.scale === "points" ? spec.pointsFormat : "0.0%"]);
      if (p.rate === "formula") {
        rows[rRow][c] = 0;
        formulas.push([rRow, c, rate]);
      } else rows[rRow][c] = spec.scale === "points" ? 12.5 : 0.125;

      const readable = kind === "plain" || kind === "noisy" || kind === "annotated";
      if (p.status === "formula") {
        rows[sRow][c] = "";
        formulas.push([sRow, c, statusFormula(address(rRow, c), spec.scale, projected)]);
      } else if (p.status === "wrong" || !readable) rows[sRow][c] = LABELS[(p.actual + p.target) % 3];
      else rows[sRow][c] = bandLabel(p.actual, p.target, projected);
    });
  });
  const grid = gridFromRows("KPI", rows);
  for (const [r, c, f] of formulas) grid.formulas[r][c] = f;
  for (const [r, c, f] of formats) grid.numberFormats[r][c] = f;
  recalculate(grid);
  return grid;
}

function applyFixes(grid: Grid, findings: readonly Finding[]): Grid {
  const next: Grid = {
    ...grid,
    values: grid.values.map((r) => [...r]),
    formulas: grid.formulas.map((r) => [...r]),
    numberFormats: grid.numberFormats.map((r) => [...r]),
  };
  for (const fix of findings.flatMap((f) => f.fix ?? [])) {
    const at = /^([A-Z]+)(\d+)$/.exec(fix.address);
    if (at === null) throw new Error(fix.address);
    const r = Number(at[2]) - 1;
    const c = at[1].charCodeAt(0) - 65;
    if (fix.formula !== undefined) next.formulas[r][c] = fix.formula;
    else if (fix.value !== undefined) {
      next.values[r][c] = fix.value as CellValue;
      next.formulas[r][c] = null;
    }
    if (fix.numberFormat !== undefined) next.numberFormats[r][c] = fix.numberFormat;
  }
  recalculate(next);
  return next;
}

function read(grid: Grid, r: number, c: number): ParsedValue {
  const raw = grid.values[r][c];
  return withFormatUnit(parseValue(raw), raw, grid.numberFormats[r][c]);
}

/** A rate or status cell as shown: numbers at Excel's 15 digits, text trimmed, errors by code. */
function shownCell(value: CellValue): string {
  if (typeof value === "number") {
    const d = displayedDecimal(value);
    return d === null ? String(value) : `${d.coefficient}e${d.exponent}`;
  }
  if (isCellError(value)) return value.error;
  return String(value ?? "").trim();
}

/** What the runs exercised, so that a generator that stopped producing fixes is noticed. */
const seen = { fixes: 0, pointsDetected: 0, errorsFixed: 0 };

function check(spec: TableSpec): void {
  const before = buildGrid(spec);
  const detected = detectTables(before);
  expect(detected.tables.map((t) => t.indicators.length)).toEqual([spec.indicators.length]);
  if (detected.tables[0].rateScale === "points") seen.pointsDetected++;
  const findings = runChecks(detected);
  seen.fixes += findings.reduce((n, f) => n + (f.fix?.length ?? 0), 0);
  seen.errorsFixed += findings.filter((f) => f.severity === "error" && f.fix !== undefined).length;
  const after = applyFixes(before, findings);
  const named = new Set(findings.map((f) => f.cell));

  spec.indicators.forEach((_, k) => {
    const top = HEADER_ROW + 1 + k * 4;
    for (let j = 0; j < YEARS.length; j++) {
      const c = FIRST_COL + j;
      // (a) targets and actuals keep value and unit
      for (const role of ["target", "actual"] as const) {
        const r = top + ROLE_ROWS[role];
        const was = read(before, r, c);
        const is = read(after, r, c);
        if (was.kind !== "number") {
          expect([address(r, c), is]).toEqual([address(r, c), was]);
          continue;
        }
        expect([address(r, c), is.kind]).toEqual([address(r, c), "number"]);
        if (is.kind !== "number") continue;
        expect([address(r, c), compareDecimal(baseDecimal(is), baseDecimal(was)), is.unit]).toEqual([
          address(r, c),
          0,
          was.percent ? is.unit : was.unit === "" ? is.unit : was.unit,
        ]);
      }
      // (b) statuses and rates change only where a finding pointed
      for (const role of ["status", "rate"] as const) {
        const r = top + ROLE_ROWS[role];
        if (named.has(address(r, c))) continue;
        expect([address(r, c), shownCell(after.values[r][c])]).toEqual([
          address(r, c),
          shownCell(before.values[r][c]),
        ]);
      }
    }
  });

  // (c) nothing left to fix
  const model = detectTables(after);
  const errors = runChecks(model).filter((f) => f.severity === "error");
  expect(errors.map((f) => `${f.cell} ${f.message.en}`)).toEqual([]);

  // (d) the functions read the same cells as the checker
  for (const e of evaluateModel(model.tables, withDefaults())) {
    const { target, actual, rate } = e.period.cells;
    if (target === undefined || actual === undefined || e.rate === null || e.status === null) continue;
    const fnRate = rateCell(actual.raw as never, target.raw as never, null, null);
    const fnStatus = statusCell(actual.raw as never, target.raw as never, e.projected, null);
    if (e.rate.kind === "rate") {
      expect([actual.address, fnRate]).toEqual([actual.address, e.rate.value]);
      expect([actual.address, fnStatus]).toEqual([actual.address, e.status.label]);
      if (rate !== undefined && typeof rate.raw === "number" && model.tables[0].rateScale === "fraction") {
        const band = bandTable([[rate.raw]], [[e.projected]], null, null, "ja")[0][0];
        expect([rate.address, band]).toEqual([rate.address, e.status.label]);
      }
    } else if (e.rate.kind === "pending")
      expect([actual.address, fnStatus]).toEqual([actual.address, e.status.label]);
    else
      expect([actual.address, typeof fnRate === "object" && fnRate !== null]).toEqual([actual.address, true]);
  }
}

test("the evaluator recalculates what Excel would show", () => {
  const grid = gridFromRows("S", [[1600, 3350, null, null, null]]);
  grid.formulas[0][2] = "=B1/A1";
  grid.formulas[0][3] = "=ROUND(B1/A1*100,1)";
  grid.formulas[0][4] = '=IF(C1>=1,"達成","未達成")';
  recalculate(grid);
  expect(grid.values[0].slice(2)).toEqual([3350 / 1600, 209.4, "達成"]);
});

test("a fix never changes meaning, over generated tables", () => {
  fc.assert(fc.property(table, check), RUNS);
  expect(seen.fixes).toBeGreaterThan(RUNS.numRuns);
  expect(seen.errorsFixed).toBeGreaterThan(RUNS.numRuns / 2);
  expect(seen.pointsDetected).toBeGreaterThan(RUNS.numRuns / 4);
});

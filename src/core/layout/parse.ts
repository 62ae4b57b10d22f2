/**
 * Reading a reading file: JSON → `KpiLayout`, every key validated with the settings schema's readers
 * (core/rules/settings-schema.ts) and every problem reported with the key at fault (`tables[0].blocks.size`).
 * With the workbook's sheets given, a reading that contradicts them is refused too: a sheet that is not
 * there, a range outside the sheet's used range, periods or blocks outside the table's range, a role
 * offset beyond its block.
 */
import { columnName, rangeToA1, parseRangeA1, type CellRange, type Grid } from "../grid";
import {
  bands as bandsReader,
  integer,
  isRecord,
  object,
  oneOf,
  string,
  wrongType,
  type Reader,
  type SettingsProblem,
} from "../rules/settings-schema";
import { columnIndex, firstIndex, laidOut, lastLine, lineOf, type CellsAt, type LaidTable } from "./geometry";
import {
  LAYOUT_ROLES,
  LAYOUT_ROUNDING_RULES,
  type KpiLayout,
  type LayoutBands,
  type LayoutBlocks,
  type LayoutCells,
  type LayoutDirection,
  type LayoutRole,
  type LayoutRounding,
  type LayoutRoundingRule,
  type TableLayout,
} from "./types";

export type LayoutReading =
  | { readonly ok: true; readonly layout: KpiLayout }
  | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

const BOM = "\uFEFF";
const MAX_OFFSET = 1000;

const range: Reader<string> = (value, key, problems) =>
  typeof value === "string" && parseRangeA1(value) !== null
    ? value
    : wrongType(problems, key, value, "settings.type.range");

const line: Reader<string> = (value, key, problems) =>
  typeof value === "string" && lineOf(value) !== null
    ? value
    : wrongType(problems, key, value, "settings.type.line");

const column: Reader<string> = (value, key, problems) =>
  typeof value === "string" && columnIndex(value) !== null
    ? value
    : wrongType(problems, key, value, "settings.type.column");

const first: Reader<number | string> = (value, key, problems) =>
  (typeof value === "number" || typeof value === "string") && firstIndex(value) !== null
    ? value
    : wrongType(problems, key, value, "settings.type.first");

const cells: Reader<LayoutCells> = (value, key, problems) => {
  if ((typeof value === "number" || typeof value === "string") && firstIndex(value) !== null) return value;
  if (isRecord(value) && Object.keys(value).length === 1 && typeof value.value === "string")
    return { value: value.value };
  return wrongType(problems, key, value, "settings.type.cells");
};

/** A record of roles, each read by `entry`; an empty record names no role and is refused. */
function roleRecord<T>(entry: Reader<T>): Reader<Partial<Record<LayoutRole, T>>> {
  const schema = Object.fromEntries(LAYOUT_ROLES.map((role) => [role, entry])) as Record<
    LayoutRole,
    Reader<T>
  >;
  const read = object<Record<LayoutRole, T>>(schema);
  return (value, key, problems) => {
    const roles = read(value, key, problems);
    if (roles !== undefined && Object.keys(roles).length === 0) {
      problems.push({ code: "settings.layout.no-roles", params: { key } });
      return undefined;
    }
    return roles;
  };
}

const offsets = roleRecord(integer(0, MAX_OFFSET));
const columnsOf = roleRecord(column);

const blocksFields = object<LayoutBlocks>({
  first,
  size: integer(1, MAX_OFFSET),
  roles: offsets,
});

const blocks: Reader<LayoutBlocks> = (value, key, problems) => {
  const read = blocksFields(value, key, problems);
  if (read === undefined) return undefined;
  for (const name of ["first", "size", "roles"] as const)
    if (read[name] === undefined)
      return wrongType(problems, `${key}.${name}`, undefined, "settings.type.object");
  const block = read as LayoutBlocks;
  let ok = true;
  for (const [role, offset] of Object.entries(block.roles)) {
    if (offset < block.size) continue;
    const params = { key: `${key}.roles.${role}`, found: offset, size: block.size, max: block.size - 1 };
    problems.push({ code: "settings.layout.offset-beyond-block", params });
    ok = false;
  }
  return ok ? block : undefined;
};

const direction: Reader<LayoutDirection> = (value, key, problems) => {
  if (value === "up" || value === "down" || value === "keep") return value;
  if (isRecord(value) && Object.keys(value).length === 1) {
    const at = value.column;
    if ((typeof at === "string" || typeof at === "number") && firstIndex(at) !== null) return { column: at };
  }
  return wrongType(problems, key, value, "settings.type.oneOf", {
    values: 'up / down / keep / {"column": "C"}',
  });
};

const roundingRule = oneOf(LAYOUT_ROUNDING_RULES);
const roundingFields = object<{ rule: LayoutRoundingRule; digits: number }>({
  rule: roundingRule,
  digits: integer(0, 6),
});

const rounding: Reader<LayoutRounding> = (value, key, problems) => {
  if (typeof value === "string") return roundingRule(value, key, problems);
  const read = roundingFields(value, key, problems);
  if (read === undefined) return undefined;
  if (read.rule === undefined)
    return wrongType(problems, `${key}.rule`, undefined, "settings.type.oneOf", {
      values: LAYOUT_ROUNDING_RULES.join(" / "),
    });
  return read.digits === undefined ? { rule: read.rule } : { rule: read.rule, digits: read.digits };
};

/** Bands held to core's one rule for bands (the settings' reader), kept as thresholds and labels. */
const bands: Reader<LayoutBands> = (value, key, problems) => {
  if (isRecord(value))
    for (const name of ["thresholds", "labels"])
      if (!(name in value)) return wrongType(problems, `${key}.${name}`, undefined, "settings.type.numbers");
  const read = bandsReader(value, key, problems);
  return read === undefined ? undefined : { thresholds: read.thresholds, labels: read.labels };
};

const tableFields = object<TableLayout>({
  sheet: string,
  range,
  periods: line,
  blocks,
  columns: columnsOf,
  period: string,
  first: integer(1, 1048576),
  id: first,
  name: cells,
  unit: cells,
  baseline: first,
  direction,
  rounding,
  rateScale: oneOf(["fraction", "points"] as const),
  bands,
});

const table: Reader<TableLayout> = (value, key, problems) => {
  const read = tableFields(value, key, problems);
  if (read === undefined) return undefined;
  for (const name of ["sheet", "range"] as const)
    if (read[name] === undefined)
      return wrongType(problems, `${key}.${name}`, undefined, "settings.type.string");
  const byBlocks = read.periods !== undefined && read.blocks !== undefined;
  const byColumns = read.columns !== undefined && read.period !== undefined;
  if (byBlocks === byColumns) {
    problems.push({ code: "settings.layout.shape", params: { key } });
    return undefined;
  }
  return read as TableLayout;
};

/** A reading file given as a value (parsed JSON), checked for shape only. */
export function readLayout(given: unknown): LayoutReading {
  const problems: SettingsProblem[] = [];
  if (!isRecord(given)) {
    problems.push({ code: "settings.not-object", params: { found: JSON.stringify(given) ?? String(given) } });
    return { ok: false, problems };
  }
  const known = ["version", "tables"];
  for (const name of Object.keys(given))
    if (!known.includes(name))
      problems.push({ code: "settings.unknown-key", params: { key: name, known: known.join(", ") } });
  if (given.version !== 1)
    problems.push({
      code: "settings.layout.version",
      params: { key: "version", found: JSON.stringify(given.version) ?? "undefined" },
    });
  const tables: TableLayout[] = [];
  if (!Array.isArray(given.tables)) wrongType(problems, "tables", given.tables, "settings.type.object");
  else
    given.tables.forEach((entry, i) => {
      const read = table(entry, `tables[${i}]`, problems);
      if (read !== undefined) tables.push(read);
    });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, layout: { version: 1, tables } };
}

/** A reading file as JSON text; a UTF-8 byte order mark at the start is allowed. */
export function readLayoutText(text: string): LayoutReading {
  try {
    return readLayout(JSON.parse(text.startsWith(BOM) ? text.slice(BOM.length) : text));
  } catch (error) {
    return {
      ok: false,
      problems: [{ code: "settings.not-json", params: { reason: (error as Error).message } }],
    };
  }
}

/** The sheet's used range in sheet coordinates. */
function extentOf(grid: Grid): CellRange {
  return {
    row: grid.origin?.row ?? 0,
    col: grid.origin?.col ?? 0,
    rowCount: Math.max(1, grid.rowCount),
    colCount: Math.max(1, grid.colCount),
  };
}

const inside = (outer: CellRange, row: number, col: number) =>
  row >= outer.row &&
  row < outer.row + outer.rowCount &&
  col >= outer.col &&
  col < outer.col + outer.colCount;

function contains(outer: CellRange, inner: CellRange): boolean {
  return (
    inside(outer, inner.row, inner.col) &&
    inside(outer, inner.row + inner.rowCount - 1, inner.col + inner.colCount - 1)
  );
}

/** Whether a column (periods across) or row (periods down) of names, units or ids crosses the table. */
function lineInside({ across, range: own }: LaidTable, line: number): boolean {
  return across
    ? line >= own.col && line < own.col + own.colCount
    : line >= own.row && line < own.row + own.rowCount;
}

/** A column letter, or a 1-based row number, as the reading wrote it. */
const lineText = ({ across }: LaidTable, line: number) => (across ? columnName(line) : String(line + 1));

/** What one table of a reading contradicts in its sheet. */
function tableProblems(laid: LaidTable, grid: Grid | undefined, key: string): SettingsProblem[] {
  const { layout, range: own } = laid;
  if (grid === undefined)
    return [{ code: "settings.layout.no-sheet", params: { key: `${key}.sheet`, found: layout.sheet } }];
  const extent = extentOf(grid);
  if (!contains(extent, own)) {
    const params = { key: `${key}.range`, found: layout.range, extent: rangeToA1(extent) };
    return [{ code: "settings.layout.outside-sheet", params }];
  }
  const problems: SettingsProblem[] = [];
  const outside = (name: string, found: string) =>
    problems.push({
      code: "settings.layout.outside-range",
      params: { key: `${key}.${name}`, found, range: layout.range },
    });
  if (laid.periods.some((p) => !inside(own, p.row, p.col))) outside("periods", layout.periods ?? "");
  const firstInside = laid.across
    ? laid.first >= own.row && laid.first <= lastLine(laid)
    : laid.first >= own.col && laid.first <= lastLine(laid);
  if (!firstInside)
    outside(laid.byColumns ? "first" : "blocks.first", String(layout.blocks?.first ?? layout.first));
  const lines: [string, CellsAt][] = [
    ["id", laid.id],
    ["name", laid.name],
    ["unit", laid.unit],
    ["baseline", laid.baseline],
    ["direction.column", laid.direction === null ? null : { line: laid.direction }],
  ];
  for (const [name, at] of lines)
    if (at !== null && "line" in at && !lineInside(laid, at.line)) outside(name, lineText(laid, at.line));
  if (laid.byColumns)
    for (const [role, col] of Object.entries(laid.roles))
      if (!inside(own, own.row, col)) outside(`columns.${role}`, layout.columns?.[role as LayoutRole] ?? "");
  return problems;
}

/** Problems of a valid reading against the workbook's sheets (empty when it fits them). */
export function layoutProblems(layout: KpiLayout, grids: readonly Grid[]): SettingsProblem[] {
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  return layout.tables.flatMap((t, i) => tableProblems(laidOut(t), bySheet.get(t.sheet), `tables[${i}]`));
}

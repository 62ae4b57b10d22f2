/**
 * One finding per problem, for the lists a person reads: a finding absorbs the findings at the cells it
 * `covers` (a pending actual explains the `#VALUE!` in its rate and status: one finding, not three), and
 * findings at one cell become one (a cell never appears twice in a list). The lead is the most urgent
 * finding (its kind, then the order reported); the fixes of all are kept, each cell written once
 * (`fixesOf`). Generic over the finding's shape, so the CLI's findings and the pane's are consolidated alike.
 */
import type { CellChange } from "../changes";
import { parseA1 } from "../grid";
import { fixesOf } from "./fixes";
import { findingKind, KINDS, type FindingKind, type KindCounts } from "./kinds";
import { SEVERITIES, type Severity } from "./types";

export interface ConsolidatingFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly fix?: readonly CellChange[];
  readonly covers?: readonly string[];
}

export interface Problem<F extends ConsolidatingFinding> {
  /** The finding whose message the list shows. */
  readonly lead: F;
  /** The lead and the findings merged into it, in the order reported. */
  readonly members: readonly F[];
  readonly kind: FindingKind;
  /** The most severe of the members' severities. */
  readonly severity: Severity;
  /** Every cell of the problem (the lead's first), each once. */
  readonly cells: readonly string[];
  /** The fixes of every member, each cell once; absent when none has a fix. */
  readonly fix?: readonly CellChange[];
}

const position = (cell: string) => parseA1(cell) ?? { row: 0, col: 0 };

const bySheetPosition = (a: string, b: string) =>
  position(a).row - position(b).row || position(a).col - position(b).col;

const keyOf = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** Lower is more urgent: kind, then severity, then a finding that explains others before those it explains. */
const urgency = (f: ConsolidatingFinding) =>
  KINDS.indexOf(findingKind(f)) * 10 +
  SEVERITIES.indexOf(f.severity) * 2 +
  ((f.covers?.length ?? 0) > 0 ? 0 : 1);

export function consolidateFindings<F extends ConsolidatingFinding>(findings: readonly F[]): Problem<F>[] {
  return groupsOf(findings).map((members) => problemOf(members));
}

/**
 * The problems counted by kind without making them (their cell lists and fixes): what a verdict needs. On a
 * large table one problem's fixes can name 100,000 cells.
 */
export function countProblems(findings: readonly ConsolidatingFinding[]): KindCounts {
  const counts = { fix: 0, review: 0, advice: 0 };
  for (const members of groupsOf(findings)) counts[kindOf(members)]++;
  return counts;
}

/** The findings grouped into problems: union by cell and by `covers`, each group in the order reported. */
function groupsOf<F extends ConsolidatingFinding>(findings: readonly F[]): F[][] {
  // Each finding's group: the index of the group's first finding (union by cell and by `covers`).
  const parent = findings.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const join = (a: number, b: number) => {
    const [x, y] = [root(a), root(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const byCell = new Map<string, number>();
  findings.forEach((f, i) => {
    const first = byCell.get(keyOf(f.sheet, f.cell));
    if (first === undefined) byCell.set(keyOf(f.sheet, f.cell), i);
    else join(first, i);
  });
  findings.forEach((f, i) => {
    for (const cell of f.covers ?? []) {
      const other = byCell.get(keyOf(f.sheet, cell));
      if (other !== undefined) join(i, other);
    }
  });
  const groups = new Map<number, F[]>();
  findings.forEach((f, i) => {
    const members = groups.get(root(i));
    if (members) members.push(f);
    else groups.set(root(i), [f]);
  });
  return [...groups.values()];
}

/** A problem's kind: the most urgent of its members'. */
const kindOf = (members: readonly ConsolidatingFinding[]): FindingKind =>
  KINDS.find((k) => members.some((f) => findingKind(f) === k)) ?? findingKind(members[0]);

function problemOf<F extends ConsolidatingFinding>(members: F[]): Problem<F> {
  const lead = members.reduce((best, f) => (urgency(f) < urgency(best) ? f : best));
  const severity = SEVERITIES.find((s) => members.some((f) => f.severity === s)) ?? lead.severity;
  const kind = kindOf(members);
  const others = members.map((f) => f.cell).filter((c, i, all) => c !== lead.cell && all.indexOf(c) === i);
  const cells = [lead.cell, ...others.sort(bySheetPosition)];
  const fix = fixesOf(members);
  return fix.length > 0
    ? { lead, members, kind, severity, cells, fix }
    : { lead, members, kind, severity, cells };
}

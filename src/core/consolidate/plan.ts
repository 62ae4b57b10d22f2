/**
 * The merge of returned workbooks into the master as a plan: the cells to fill, the conflicts and the
 * indicators the master does not have. Pure: models in, plan out; `mergeChanges` turns the plan into
 * the change set a face writes (the CLI through the surgical writer, the task pane through the port).
 *
 * A master cell that is empty or pending (集計中, 年度末に調査, -) takes the returned value: actuals,
 * and rates or statuses only where the master has no formula (a formula computes its own). Targets belong
 * to the master: a returned target that differs is a conflict. A returned value that differs from a value
 * the master has is a conflict and is never written unless `prefer: "returned"` (it is still listed).
 * A cell two returned files fill with different values is a conflict of both and is never written.
 */
import type { CellChange } from "../changes";
import { isCellError, type CellValue } from "../grid";
import {
  ROLES,
  type Indicator,
  type KpiModel,
  type Period,
  type Role,
  type SourceCell,
} from "../tables/model";
import { MasterIndex, matchingPeriod, sameName, unitsDiffer, type MasterIndicator } from "./match";
import { isOpenValue, sameValue } from "./sameValue";
import { parseValue } from "../values";

export type ConflictReason =
  "valueChanged" | "targetChanged" | "nameChanged" | "unitChanged" | "returnedTwice";
export const CONFLICT_REASONS: readonly ConflictReason[] = [
  "valueChanged",
  "targetChanged",
  "nameChanged",
  "unitChanged",
  "returnedTwice",
];

export type UnmatchedReason = "notInMaster" | "noTable";

export interface ReturnedModel {
  /** The returned file as the user named it. */
  readonly file: string;
  readonly model: KpiModel;
}

export interface MergeOptions {
  /** Whose value a conflict keeps: the master's (default) or the returned file's. */
  readonly prefer?: "master" | "returned";
}

/** Where a cell of the master is, and what it holds. */
interface MasterCellPlace {
  readonly file: string;
  readonly sheet: string;
  /** The master indicator: its id, or its name when it has none. */
  readonly indicator: string;
  /** The master period's label (`R5`, `令和5年度`); `null` for the indicator's name. */
  readonly period: string | null;
  readonly cell: string;
  /** The number formats the two cells are shown with (a face shows each value as its sheet does). */
  readonly masterFormat: string | null;
  readonly returnedFormat: string | null;
}

export interface MergedCell extends MasterCellPlace {
  readonly role: Role;
  readonly from: CellValue;
  readonly to: CellValue;
  /** The returned cell's number format, given when the master cell has none (so 0.75 shows as 75.0%). */
  readonly numberFormat?: string;
}

export interface MergeConflict extends MasterCellPlace {
  readonly role: Role | "name";
  readonly master: CellValue;
  readonly returned: CellValue;
  readonly reason: ConflictReason;
  /** The returned value is written (`prefer: "returned"`). */
  readonly taken: boolean;
}

export interface UnmatchedIndicator {
  readonly file: string;
  /** The returned indicator's id and name (`No.31 新規指標`); `""` for a file without a table. */
  readonly indicator: string;
  readonly reason: UnmatchedReason;
}

export interface MergePlan {
  readonly merged: MergedCell[];
  readonly conflicts: MergeConflict[];
  readonly unmatched: UnmatchedIndicator[];
}

/** One returned value proposed for one master cell. */
interface Proposal {
  readonly place: MasterCellPlace;
  readonly role: Role;
  readonly master: SourceCell;
  readonly returned: SourceCell;
  readonly unitChanged: boolean;
}

function labelOf(indicator: Indicator): string {
  return indicator.id ?? indicator.name;
}

function fullLabel(indicator: Indicator): string {
  return indicator.id === null ? indicator.name : `${indicator.id} ${indicator.name}`.trim();
}

/** A returned value worth proposing: written, not pending, not an Excel error. */
function bringsValue(cell: SourceCell): boolean {
  return !isOpenValue(cell.raw) && !isCellError(cell.raw);
}

/** A target or actual written with a unit other than the master indicator's (`5回` where it counts 件). */
function cellUnitDiffers(master: Indicator, role: Role, cell: SourceCell): boolean {
  if (role !== "target" && role !== "actual") return false;
  const parsed = parseValue(cell.raw);
  return parsed.kind === "number" && parsed.unit !== "" && unitsDiffer(master.unit, parsed.unit);
}

function proposalsOf(
  file: string,
  master: MasterIndicator,
  returned: Indicator,
  returnedPeriod: Period,
  masterPeriod: Period,
): Proposal[] {
  const indicatorUnitChanged = unitsDiffer(master.indicator.unit, returned.unit);
  const proposals: Proposal[] = [];
  for (const role of ROLES) {
    const masterCell = masterPeriod.cells[role];
    const returnedCell = returnedPeriod.cells[role];
    if (masterCell === undefined || returnedCell === undefined || !bringsValue(returnedCell)) continue;
    // A formula computes its own value: only a target is compared there (a changed target is a conflict).
    if (role !== "target" && masterCell.formula !== null) continue;
    const place = {
      file,
      sheet: master.table.sheet,
      indicator: labelOf(master.indicator),
      period: masterPeriod.label,
      cell: masterCell.address,
      masterFormat: masterCell.numberFormat,
      returnedFormat: returnedCell.numberFormat,
    };
    const unitChanged = indicatorUnitChanged || cellUnitDiffers(master.indicator, role, returnedCell);
    proposals.push({ place, role, master: masterCell, returned: returnedCell, unitChanged });
  }
  return proposals;
}

class PlanBuilder {
  readonly merged: MergedCell[] = [];
  readonly conflicts: MergeConflict[] = [];
  readonly unmatched: UnmatchedIndicator[] = [];
  /** Proposals per master cell (`sheet!A1`), in the order of the returned files. */
  private readonly proposals = new Map<string, Proposal[]>();

  constructor(private readonly prefer: "master" | "returned") {}

  propose(proposal: Proposal): void {
    const key = `${proposal.place.sheet}!${proposal.place.cell}`;
    const list = this.proposals.get(key);
    if (list === undefined) this.proposals.set(key, [proposal]);
    else if (
      !list.some(
        (p) => p.place.file === proposal.place.file && sameValue(p.returned.raw, proposal.returned.raw),
      )
    )
      list.push(proposal);
  }

  conflict(proposal: Proposal, reason: ConflictReason, taken: boolean): void {
    this.conflicts.push({
      ...proposal.place,
      role: proposal.role,
      master: proposal.master.raw,
      returned: proposal.returned.raw,
      reason,
      taken,
    });
  }

  /** Decides every cell once all files have proposed. */
  settle(): void {
    for (const list of this.proposals.values()) {
      const distinct = list.filter(
        (p, i) => list.findIndex((q) => sameValue(q.returned.raw, p.returned.raw)) === i,
      );
      if (distinct.length > 1) {
        for (const proposal of list) this.conflict(proposal, "returnedTwice", false);
        continue;
      }
      this.decide(list[0]);
    }
  }

  private decide(proposal: Proposal): void {
    const { master, returned, role } = proposal;
    if (sameValue(master.raw, returned.raw)) return;
    if (proposal.unitChanged) return this.conflict(proposal, "unitChanged", false);
    // A formula the user wrote is never replaced by a value, even with prefer: "returned".
    const taken = this.prefer === "returned" && master.formula === null;
    if (role === "target") return this.conflict(proposal, "targetChanged", taken);
    if (!isOpenValue(master.raw)) return this.conflict(proposal, "valueChanged", taken);
    const numberFormat =
      master.numberFormat === null && returned.numberFormat !== null && typeof returned.raw === "number"
        ? { numberFormat: returned.numberFormat }
        : {};
    this.merged.push({ ...proposal.place, role, from: master.raw, to: returned.raw, ...numberFormat });
  }
}

function nameConflict(
  file: string,
  master: MasterIndicator,
  returned: Indicator,
  taken: boolean,
): MergeConflict | null {
  const cell = master.indicator.nameCell;
  if (cell === null || returned.name === "" || sameName(master.indicator.name, returned.name)) return null;
  return {
    file,
    sheet: master.table.sheet,
    indicator: labelOf(master.indicator),
    period: null,
    cell: cell.address,
    masterFormat: cell.numberFormat,
    returnedFormat: returned.nameCell?.numberFormat ?? null,
    role: "name",
    master: cell.raw,
    returned: returned.nameCell?.raw ?? returned.name,
    reason: "nameChanged",
    taken,
  };
}

/** The merge of every returned model into the master, in the order of `returned`. */
export function planMerge(
  master: KpiModel,
  returned: readonly ReturnedModel[],
  options: MergeOptions = {},
): MergePlan {
  const prefer = options.prefer ?? "master";
  const index = new MasterIndex(master);
  const builder = new PlanBuilder(prefer);
  for (const { file, model } of returned) {
    if (model.tables.length === 0) builder.unmatched.push({ file, indicator: "", reason: "noTable" });
    for (const table of model.tables) {
      for (const indicator of [...table.indicators, ...(table.unfilled ?? [])]) {
        const match = index.match(indicator, table.sheet);
        if (match === null) {
          if (
            indicator.periods.some((p) =>
              ROLES.some((r) => p.cells[r] !== undefined && bringsValue(p.cells[r])),
            )
          )
            builder.unmatched.push({ file, indicator: fullLabel(indicator), reason: "notInMaster" });
          continue;
        }
        if (match.by === "id") {
          const renamed = nameConflict(file, match.master, indicator, prefer === "returned");
          if (renamed !== null) builder.conflicts.push(renamed);
        }
        for (const period of indicator.periods) {
          const masterPeriod = matchingPeriod(match.master.indicator, period);
          if (masterPeriod === null) continue;
          for (const proposal of proposalsOf(file, match.master, indicator, period, masterPeriod))
            builder.propose(proposal);
        }
      }
    }
  }
  builder.settle();
  return { merged: builder.merged, conflicts: builder.conflicts, unmatched: builder.unmatched };
}

/**
 * The cells to write: every merged cell and every conflict taken, each kept by `keep` (a face lets the
 * user untick rows). Conflicts not taken are never written.
 */
export function mergeChanges(
  plan: MergePlan,
  keep: (entry: MergedCell | MergeConflict) => boolean = () => true,
): CellChange[] {
  const changes: CellChange[] = [];
  for (const cell of plan.merged) {
    if (!keep(cell)) continue;
    const format = cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat };
    changes.push({ sheet: cell.sheet, address: cell.cell, value: cell.to, ...format });
  }
  for (const conflict of plan.conflicts)
    if (conflict.taken && keep(conflict))
      changes.push({ sheet: conflict.sheet, address: conflict.cell, value: conflict.returned });
  return changes;
}

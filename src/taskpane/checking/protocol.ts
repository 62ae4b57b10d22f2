/**
 * Messages between the task pane and the check worker. One check at a time per worker; a cancelled
 * check terminates the worker (the engine is synchronous between progress steps), so no cancel message.
 * Big payloads are shaped for a cheap copy: grids leave out formula and number-format matrices that hold
 * nothing, and the report comes back as one JSON string (one string copy instead of cloning tens of
 * thousands of small objects on the UI thread).
 */
import type { Grid } from "../../core/grid";
import type { CheckProgress } from "./runCheck";
import type { CheckRequest } from "./checker";

/** A grid whose all-null formula or number-format matrix is `null`. */
export interface PackedGrid extends Omit<Grid, "formulas" | "numberFormats"> {
  formulas: Grid["formulas"] | null;
  numberFormats: Grid["numberFormats"] | null;
}

export interface CheckMessage {
  type: "check";
  id: number;
  request: Omit<CheckRequest, "grids"> & { grids: PackedGrid[] };
}

export type WorkerReply =
  | { type: "progress"; id: number; progress: CheckProgress }
  | { type: "done"; id: number; report: string }
  | { type: "failed"; id: number; message: string };

const allNull = (m: readonly (readonly unknown[])[]) => m.every((row) => row.every((v) => v === null));

export function packGrid(grid: Grid): PackedGrid {
  return {
    ...grid,
    formulas: allNull(grid.formulas) ? null : grid.formulas,
    numberFormats: allNull(grid.numberFormats) ? null : grid.numberFormats,
  };
}

export function unpackGrid(packed: PackedGrid): Grid {
  const nulls = () => packed.values.map((row) => row.map(() => null));
  return { ...packed, formulas: packed.formulas ?? nulls(), numberFormats: packed.numberFormats ?? nulls() };
}

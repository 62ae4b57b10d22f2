/**
 * Applying a change set in two round trips: one sync reads the before-state of every touched cell and of
 * the formats its styles and layouts overwrite (./formatUndo.ts), and checks that new sheets do not exist
 * yet; then every write is queued and synced once.
 * Both are chunked only when the payload limit requires it. Undo replays a token the same way.
 */
import {
  assertMayOverwrite,
  cellsToSnapshot,
  newUndoToken,
  normalizeNumberFormat,
  placeChanges,
  restoringChanges,
  type CellSnapshot,
  type PlacedChange,
} from "../changes";
import { WorkbookError } from "../errors";
import { formatTargets, mergedAwayCells, mergeSnapshots } from "../formatSnapshot";
import type { ChangeSet, FormatSnapshot, UndoReport, UndoToken } from "../port";
import { CELL_PROPERTIES, fromExcel } from "./cellInput";
import { OPERATION_OVERHEAD_BYTES, packBatches, READ_BYTES_PER_CELL, type ChunkBudget } from "./chunking";
import { chartOp } from "./chartOps";
import { formatReadOps, printTitleOps, restoreFormatOps, unmergeOps } from "./formatUndo";
import { checkAdded } from "./removeAdded";
import type { XContext, XWorksheet } from "./excelApi";
import { syncNamingSheets } from "./sync";
import {
  conditionalFormatOp,
  layoutOps,
  styleOp,
  validationOp,
  validationReadOps,
  type ValidationBefore,
} from "./formatOps";
import {
  activateSheetOp,
  addSheetOp,
  cellRunOp,
  runAddress,
  sheetOf,
  toRuns,
  type ReadOp,
  type WriteOp,
} from "./writeOps";

export interface WriteOptions {
  budget: ChunkBudget;
  /** `Application.suspendApiCalculationUntilNextSync` exists (ExcelApi 1.6). */
  suspendCalculation: boolean;
  /**
   * ExcelApi 1.9 (the manifest's minimum): `Worksheet.pageLayout` and `Range.getCellProperties`. Older hosts
   * skip print setup, and undo cannot restore styles, widths and freeze panes there.
   */
  excelApi19: boolean;
  /** `conditionalFormats.getItemOrNullObject` exists (ExcelApi 1.14); older hosts count first. */
  conditionalFormatLookup: boolean;
}

/** Reads the before-state of the touched cells into `out`, one read per run of adjacent cells. */
function cellReadOps(cells: PlacedChange[], out: CellSnapshot[]): ReadOp[] {
  return toRuns(cells, false).map((run) => ({
    sheet: run.sheet,
    bytes: OPERATION_OVERHEAD_BYTES + run.cells.length * READ_BYTES_PER_CELL,
    queue(context) {
      const range = sheetOf(context, run.sheet).getRange(runAddress(run));
      range.load(CELL_PROPERTIES);
      return {
        collect() {
          run.cells.forEach((cell, i) => {
            const read = fromExcel(range.values[0][i], range.formulas[0][i], range.valueTypes[0][i]);
            out.push({
              sheet: cell.sheet,
              address: cell.address,
              ...read,
              numberFormat: normalizeNumberFormat(range.numberFormat[0][i]),
            });
          });
          range.untrack();
        },
      };
    },
  }));
}

/**
 * Runs the before-state reads (cells, then formats) in as few syncs as the payload allows (one for any
 * usual change set); the first sync also checks that the new sheets do not exist yet.
 */
async function readBeforeState(
  context: XContext,
  reads: ReadOp[],
  newSheets: string[],
  budget: ChunkBudget,
): Promise<void> {
  const batches = packBatches(reads, (read) => read.bytes, budget);
  if (batches.length === 0 && newSheets.length > 0) batches.push([]);
  for (const [index, batch] of batches.entries()) {
    const existing: XWorksheet[] =
      index === 0 ? newSheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name)) : [];
    existing.forEach((sheet) => sheet.load("name"));
    const queued = batch.map((read) => read.queue(context));
    await syncNamingSheets(context, [...new Set(batch.map((read) => read.sheet))]);
    const clash = existing.find((sheet) => !sheet.isNullObject);
    if (clash) throw new WorkbookError("workbook.sheetExists", { sheet: clash.name });
    queued.forEach((read) => read.collect());
  }
}

/** Queues the operations batch by batch (one batch unless the payload limit requires more) and syncs each once. */
async function runOps(context: XContext, ops: WriteOp[], options: WriteOptions): Promise<void> {
  for (const batch of packBatches(ops, (op) => op.bytes, options.budget)) {
    if (options.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    const queued = batch.map((op) => op.queue(context));
    // Loads that must see the whole batch applied (a conditional format's priority id shifts with every add).
    for (const { beforeSync } of queued) beforeSync?.();
    // With calculation suspended, recalculating what was written is the add-in's job (Application docs).
    if (options.suspendCalculation) context.workbook.application.calculate("Recalculate");
    await context.sync();
    for (const { ranges, after } of queued) {
      after?.();
      ranges.forEach((range) => range.untrack());
    }
  }
}

export async function applyChangeSet(
  context: XContext,
  changes: ChangeSet,
  options: WriteOptions,
): Promise<UndoToken> {
  const placed = placeChanges(changes);
  const newSheets = changes.newSheets ?? [];
  const targets = formatTargets(changes);
  const touched = cellsToSnapshot(placed, newSheets);
  const cells: CellSnapshot[] = [];
  const formats: FormatSnapshot[] = mergeSnapshots(targets);
  const validationsBefore = new Map<string, ValidationBefore | null>();
  const reads = [
    ...cellReadOps(cellsToSnapshot([...touched, ...mergedAwayCells(targets)], newSheets), cells),
    ...(options.excelApi19 ? formatReadOps(targets, options.budget, formats) : []),
    ...validationReadOps(changes.validations ?? [], newSheets, validationsBefore),
  ];
  await readBeforeState(context, reads, newSheets, options.budget);
  const previousFormula = new Map(cells.map((cell) => [`${cell.sheet}\u0000${cell.address}`, cell.formula]));
  for (const change of touched)
    assertMayOverwrite(change, previousFormula.get(`${change.sheet}\u0000${change.address}`) ?? null);

  const token = { ...newUndoToken(changes, cells), formats };
  const ops: WriteOp[] = [
    ...newSheets.map(addSheetOp),
    // worksheets.add does not activate the new sheet ("call .activate() on it"): the user sees what was made.
    ...newSheets.slice(0, 1).map(activateSheetOp),
    ...toRuns(placed, true).map(cellRunOp),
    ...(changes.styles ?? []).map(styleOp),
    ...(changes.conditionalFormats ?? []).map((rule) => conditionalFormatOp(rule, token.added)),
    ...(changes.validations ?? []).map((rule) =>
      validationOp(rule, token.added, validationsBefore.get(`${rule.sheet}\u0000${rule.address}`) ?? null),
    ),
    ...(changes.layouts ?? []).flatMap((layout) => layoutOps(layout, options.excelApi19, token.added)),
    ...(changes.charts ?? []).map((spec) => chartOp(spec, token.added)),
  ];
  await runOps(context, ops, options);
  return token;
}

/**
 * Undo: one check sync finds what still exists (./removeAdded.ts), one write sync restores cells and formats
 * and removes what the change set added; the print title rows, the one write Excel may refuse
 * (`setPrintTitleRows("")`), go last in a sync of their own. What is gone or refused is reported.
 */
export async function undoChangeSet(
  context: XContext,
  token: UndoToken,
  options: WriteOptions,
): Promise<UndoReport> {
  const formats = token.formats ?? [];
  const touched = [...token.cells.map((cell) => cell.sheet), ...formats.map((format) => format.sheet)];
  const checked = await checkAdded(context, token, touched, options);
  const alive = <T extends { sheet: string }>(item: T) => !checked.missingSheets.has(item.sheet);
  const kept = formats.filter(alive);
  const ops: WriteOp[] = [
    ...unmergeOps(kept),
    ...toRuns(restoringChanges(token).filter(alive), true).map(cellRunOp),
    ...restoreFormatOps(kept),
    ...checked.ops,
  ];
  await runOps(context, ops, options);
  const notRestored = [...checked.notRestored];
  const titles = printTitleOps(kept);
  try {
    if (titles.length > 0)
      await runOps(
        context,
        titles.map((t) => t.op),
        options,
      );
  } catch {
    // Setting title rows again is harmless: one sync per sheet finds which ones the host refuses.
    for (const title of titles) {
      await runOps(context, [title.op], options).catch(() =>
        notRestored.push({ sheet: title.sheet, kind: "printTitles", ref: title.rows }),
      );
    }
  }
  return { notRestored };
}

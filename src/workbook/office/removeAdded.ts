/**
 * Undo of what a change set added (conditional formats, validations, charts, names, new sheets), made safe
 * against a workbook that changed since: Office.js batches are not transactional (a failing operation stops
 * the batch after everything before it was applied), so every item is first looked up with an
 * `*OrNullObject` method in one check sync, and only what still exists — and is still ours — is removed.
 * What is gone is reported, never thrown.
 *
 * A conditional format's `id` is its priority in the collection and changes whenever a format is added or
 * deleted (learn.microsoft.com/javascript/api/excel/excel.conditionalformat#id), so the token keeps its type
 * and range with it, and undo deletes it only if the format now at that priority still has both.
 * `conditionalFormats.getItemOrNullObject` needs ExcelApi 1.14; older hosts count the collection first
 * (`getCount`, ExcelApi 1.6) and look up only ids below the count, at the cost of one more sync.
 */
import { parseRangeA1, rangeToA1 } from "../../core/grid";
import type { UndoReport, UndoToken } from "../port";
import { OPERATION_OVERHEAD_BYTES } from "./chunking";
import type { XConditionalFormat, XContext, XLoadable, XRange } from "./excelApi";
import { validationRef } from "./formatOps";
import { sheetOf, type WriteOp } from "./writeOps";

type Added = UndoToken["added"][number];
type NotRestored = UndoReport["notRestored"][number];

/** What the token keeps of an added conditional format. */
export interface ConditionalFormatRef {
  id: string;
  type: string;
  address: string;
}

export function conditionalFormatRef(ref: ConditionalFormatRef): string {
  return JSON.stringify(ref);
}

/** A ref as written above, or a bare id from a token saved before (no type or range to compare). */
function parseRef(ref: string): ConditionalFormatRef | { id: string; type?: undefined; address?: undefined } {
  if (!ref.startsWith("{")) return { id: ref };
  return JSON.parse(ref) as ConditionalFormatRef;
}

/** "Sheet1!$C$4:$D$4" or "C4:D4" → "C4:D4", for comparing a range's address with the one kept. */
function plainAddress(address: string): string {
  const area = parseRangeA1(address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, ""));
  return area ? rangeToA1(area) : address;
}

export interface UndoCheckOptions {
  /** `conditionalFormats.getItemOrNullObject` exists (ExcelApi 1.14). */
  conditionalFormatLookup: boolean;
}

interface Lookup {
  item: Added | { sheet: string; kind: "sheet"; ref: string };
  /** After the check sync: whether it still exists and is ours. */
  present(): boolean;
  /** The removal, queued only when present. */
  remove(context: XContext): void;
  /** A conditional format's priority id as found now (`relocate` finds one that moved), null when gone. */
  cf?: {
    ref: ConditionalFormatRef | { id: string; type?: undefined; address?: undefined };
    id: string | null;
  };
  /** After the check sync: a conditional format at its kept id that is not ours loses that id. */
  verify?: () => void;
}

function sheetLookup(context: XContext, sheet: string): Lookup {
  const found = context.workbook.worksheets.getItemOrNullObject(sheet);
  found.load("name");
  return {
    item: { sheet, kind: "sheet", ref: sheet },
    present: () => !found.isNullObject,
    remove: (ctx) => sheetOf(ctx, sheet).delete(),
  };
}

function existing(object: XLoadable, property: string): () => boolean {
  object.load(property);
  return () => !object.isNullObject;
}

function conditionalFormatLookup(context: XContext, item: Added, counts: Map<string, number> | null): Lookup {
  const ref = parseRef(item.ref);
  const collection = sheetOf(context, item.sheet).getRange().conditionalFormats;
  const absent: Lookup = { item, cf: { ref, id: null }, present: () => false, remove: () => undefined };
  let cf: XConditionalFormat;
  if (counts === null) cf = collection.getItemOrNullObject(ref.id);
  else if (Number(ref.id) < (counts.get(item.sheet) ?? 0)) cf = collection.getItem(ref.id);
  else return absent;
  cf.load("type");
  const range: XRange = cf.getRangeOrNullObject();
  range.load("address");
  const lookup: Lookup = {
    item,
    cf: { ref, id: ref.id },
    present: () => lookup.cf?.id !== null,
    remove: (ctx) =>
      sheetOf(ctx, item.sheet)
        .getRange()
        .conditionalFormats.getItem(lookup.cf?.id ?? ref.id)
        .delete(),
  };
  lookup.verify = () => {
    const ours =
      !cf.isNullObject &&
      (ref.type === undefined || cf.type === ref.type) &&
      (ref.address === undefined || (!range.isNullObject && plainAddress(range.address) === ref.address));
    if (!ours && lookup.cf) lookup.cf.id = null;
  };
  return lookup;
}

/**
 * Conditional formats no longer at their kept priority (formats were added or deleted since): the sheet's
 * formats are listed with their types, then the ranges of those of a wanted type are read (two syncs, only in
 * that case), and each lost format takes the first unclaimed one with its type and range.
 */
async function relocate(context: XContext, lost: Lookup[], claimed: Set<string>): Promise<void> {
  const sheets = [...new Set(lost.map((lookup) => lookup.item.sheet))];
  const collections = sheets.map((sheet) => {
    const collection = sheetOf(context, sheet).getRange().conditionalFormats;
    collection.load("items/id,items/type");
    return { sheet, collection };
  });
  await context.sync();
  const wanted = new Set(lost.map((lookup) => lookup.cf?.ref.type));
  const candidates = collections.flatMap(({ sheet, collection }) =>
    collection.items
      .filter((cf) => wanted.has(cf.type))
      .map((cf) => {
        const range = cf.getRangeOrNullObject();
        range.load("address");
        return { sheet, id: cf.id, type: cf.type, range };
      }),
  );
  if (candidates.length > 0) await context.sync();
  for (const lookup of lost) {
    const ref = lookup.cf?.ref;
    const match = candidates.find(
      (c) =>
        c.sheet === lookup.item.sheet &&
        !claimed.has(`${c.sheet}\u0000${c.id}`) &&
        c.type === ref?.type &&
        !c.range.isNullObject &&
        plainAddress(c.range.address) === ref?.address,
    );
    if (match && lookup.cf) {
      lookup.cf.id = match.id;
      claimed.add(`${match.sheet}\u0000${match.id}`);
    }
  }
}

/**
 * A validation that differed across its range ("Inconsistent", "MixedCriteria") has no one rule to put back:
 * undo clears it and reports it.
 */
const RESTORABLE = (type: string) => type !== "Inconsistent" && type !== "MixedCriteria";

function addedLookup(
  context: XContext,
  item: Added,
  counts: Map<string, number> | null,
  partlyRestored: Added[],
): Lookup {
  const sheet = sheetOf(context, item.sheet);
  if (item.kind === "conditionalFormat") return conditionalFormatLookup(context, item, counts);
  if (item.kind === "chart") {
    const chart = sheet.charts.getItemOrNullObject(item.ref);
    return {
      item,
      present: existing(chart, "name"),
      remove: (ctx) => sheetOf(ctx, item.sheet).charts.getItem(item.ref).delete(),
    };
  }
  if (item.kind === "name") {
    const name = sheet.names.getItemOrNullObject(item.ref);
    return {
      item,
      present: existing(name, "name"),
      remove: (ctx) => sheetOf(ctx, item.sheet).names.getItemOrNullObject(item.ref).delete(),
    };
  }
  // A validation: cleared, then the one it replaced is put back. Clearing again is harmless; only its sheet
  // must exist (checked by the caller).
  const { address, before } = validationRef(item.ref);
  if (before !== null && !RESTORABLE(before.type)) partlyRestored.push(item);
  return {
    item,
    present: () => true,
    remove: (ctx) => {
      const validation = sheetOf(ctx, item.sheet).getRange(address).dataValidation;
      validation.clear();
      if (before === null || !RESTORABLE(before.type)) return;
      validation.rule = before.rule;
      validation.prompt = before.prompt;
      validation.errorAlert = before.errorAlert;
    },
  };
}

/** Per sheet, the number of conditional formats (hosts below ExcelApi 1.14 only): one sync. */
async function countConditionalFormats(context: XContext, sheets: string[]): Promise<Map<string, number>> {
  const results = sheets.map((sheet) => ({
    sheet,
    count: sheetOf(context, sheet).getRange().conditionalFormats.getCount(),
  }));
  await context.sync();
  return new Map(results.map(({ sheet, count }) => [sheet, count.value]));
}

function isItemNotFound(error: unknown): boolean {
  return (error as { code?: unknown }).code === "ItemNotFound";
}

/**
 * Looks up every sheet the token touches, every sheet it created and every item it added, in one check sync
 * when the touched sheets all still exist (the usual case). When one is gone that sync fails with
 * ItemNotFound and the sheets are checked alone first; hosts below ExcelApi 1.14 count conditional formats
 * first. Returns the removals for what is still there and ours, the sheets that are gone, and the items that
 * could not be removed.
 */
export async function checkAdded(
  context: XContext,
  token: UndoToken,
  touchedSheets: readonly string[],
  options: UndoCheckOptions,
): Promise<{ ops: WriteOp[]; missingSheets: Set<string>; notRestored: NotRestored[] }> {
  const existingSheets = [...new Set([...touchedSheets, ...token.added.map((a) => a.sheet)])].filter(
    (sheet) => !token.newSheets.includes(sheet),
  );
  const added = token.added.filter((item) => !token.newSheets.includes(item.sheet));
  const ordered = added;
  const cfSheets = (items: Added[]) => [
    ...new Set(items.filter((a) => a.kind === "conditionalFormat").map((a) => a.sheet)),
  ];

  const partlyRestored: Added[] = [];
  let missingSheets = new Set<string>();
  let sheetChecks = existingSheets.map((sheet) => sheetLookup(context, sheet));
  const newSheetChecks = token.newSheets.map((sheet) => sheetLookup(context, sheet));
  let lookups: Lookup[] | null = null;
  if (options.conditionalFormatLookup || cfSheets(ordered).length === 0) {
    lookups = ordered.map((item) => addedLookup(context, item, null, partlyRestored));
    try {
      await context.sync();
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      lookups = null;
      partlyRestored.length = 0;
      sheetChecks = existingSheets.map((sheet) => sheetLookup(context, sheet));
      newSheetChecks.splice(0, newSheetChecks.length, ...token.newSheets.map((s) => sheetLookup(context, s)));
      await context.sync();
    }
  } else await context.sync();
  missingSheets = new Set(sheetChecks.filter((check) => !check.present()).map((check) => check.item.sheet));
  const removable = ordered.filter((item) => !missingSheets.has(item.sheet));
  if (lookups === null) {
    const counts = options.conditionalFormatLookup
      ? null
      : await countConditionalFormats(context, cfSheets(removable));
    lookups = removable.map((item) => addedLookup(context, item, counts, partlyRestored));
    if (lookups.length > 0) await context.sync();
  }

  for (const lookup of lookups) lookup.verify?.();
  const cfKey = (lookup: Lookup) => `${lookup.item.sheet}\u0000${lookup.cf?.id}`;
  const claimed = new Set<string>();
  for (const lookup of lookups) {
    if (!lookup.cf || lookup.cf.id === null) continue;
    // Two kept ids naming one format now (a token from before ids were read per batch): the first keeps it.
    if (claimed.has(cfKey(lookup))) lookup.cf.id = null;
    else claimed.add(cfKey(lookup));
  }
  const lost = lookups.filter((l) => l.cf?.id === null && l.cf.ref.type !== undefined);
  if (lost.length > 0) await relocate(context, lost, claimed);
  // Deleting a conditional format renumbers those below it: remove the highest ids (lowest priorities) first.
  lookups.sort((a, b) => (a.cf && b.cf ? Number(b.cf.id ?? -1) - Number(a.cf.id ?? -1) : 0));

  const notRestored: NotRestored[] = [
    ...[...missingSheets].map((sheet) => ({ sheet, kind: "sheet", ref: sheet })),
    ...added.filter((item) => missingSheets.has(item.sheet)),
    ...partlyRestored,
  ];
  const ops: WriteOp[] = [];
  for (const lookup of [...lookups, ...newSheetChecks]) {
    if (!lookup.present()) {
      // A new sheet the user already deleted needs nothing more; anything else that is gone is reported.
      if (lookup.item.kind !== "sheet") notRestored.push(lookup.item);
      continue;
    }
    ops.push({
      bytes: OPERATION_OVERHEAD_BYTES,
      queue(ctx) {
        lookup.remove(ctx);
        return { ranges: [] };
      },
    });
  }
  return { ops, missingSheets, notRestored };
}

/**
 * `kpi-check merge MASTER.xlsx RETURNED.xlsx… -o OUT.xlsx [--json] [--prefer returned] [--force]`: the
 * returned workbooks' values merged into a copy of the master by core's `planMerge`, written with the
 * surgical writer (only the merged cells change; every other part of MASTER is copied byte for byte)
 * through the safe write (temporary file, verified, then moved into place; an existing OUT is refused
 * without --force), then OUT is checked like any file. Every input is read before anything is written:
 * an unreadable input writes nothing (exit code 2). Exit code 1 when there are conflicts or OUT has
 * error findings, else 0.
 */
import { dirname } from "node:path";
import {
  displayValue,
  message,
  mergeChanges,
  planMerge,
  type CellChange,
  type Lang,
  type MergeConflict,
  type MergePlan,
  type ReturnedModel,
} from "../core";
import { assertWritable, ensureFolder, writeFileSafely } from "../workbook/xlsx/safeWrite";
import { verifyPackage, writeCellChanges } from "../workbook/xlsx/surgical";
import type { MergeCommand } from "./args";
import { checkFile, readModel } from "./checkFile";
import { displayText } from "./displayText";
import { CliError, describeFailure } from "./failure";
import { isSameFile } from "./fixOutput";
import { countBySeverity, renderFileReport } from "./humanReport";
import { jsonPieces } from "./jsonWriter";
import { writePieces, type Output } from "./output";
import { checkedFileReport, inMemory } from "./report";
import { loadSettings } from "./settings";

export interface MergeStreams {
  readonly stdout: Output;
  readonly stderr: { write(text: string): boolean };
}

/**
 * Writes the merged copy of `master`. The one place the merge reaches the file: the change set goes
 * through the surgical writer, so OUT differs from MASTER only in the merged cells' parts.
 */
export async function writeMerged(
  master: Uint8Array,
  changes: readonly CellChange[],
  output: string,
  force: boolean,
): Promise<void> {
  const merged = writeCellChanges(master, changes);
  await writeFileSafely(output, merged, { force, verify: (bytes) => verifyPackage(bytes) });
}

/**
 * Each value as its sheet shows it (core's `displayValue`: 0.75 under `0.0%` is 75.0%), quoted as the
 * check's findings are: cut at 80 characters, invisible characters shown.
 */
function conflictLine(conflict: MergeConflict, lang: Lang): string {
  const reason = message(`merge.reason.${conflict.reason}`, lang);
  const taken = conflict.taken ? `・${message("cli.merge.taken", lang)}` : "";
  return displayText(
    message("cli.merge.conflict", lang, {
      sheet: conflict.sheet,
      cell: conflict.cell,
      // The indicator, and the period unless the name is in conflict (`No.4 R6`, `No.5`).
      place: conflict.period === null ? conflict.indicator : `${conflict.indicator} ${conflict.period}`,
      master: displayValue(conflict.master, conflict.masterFormat),
      returned: displayValue(conflict.returned, conflict.returnedFormat),
      reason: `${reason}${taken}`,
    }),
  );
}

/** One line per returned file (「産業振興課.xlsx: 12 セル取り込み、衝突 1…」), its conflicts and unmatched indicators under it. */
export function mergeSummary(plan: MergePlan, files: readonly string[], lang: Lang): string {
  const lines: string[] = [];
  for (const file of files) {
    const conflicts = plan.conflicts.filter((c) => c.file === file);
    const unmatched = plan.unmatched.filter((u) => u.file === file);
    const merged = plan.merged.filter((m) => m.file === file).length;
    lines.push(
      message("cli.merge.file", lang, {
        file,
        merged,
        conflicts: conflicts.length,
        unmatched: unmatched.length,
      }),
    );
    for (const conflict of conflicts) lines.push(conflictLine(conflict, lang));
    for (const entry of unmatched) {
      const reason = message(`merge.reason.${entry.reason}`, lang);
      lines.push(displayText(message("cli.merge.unmatched", lang, { indicator: entry.indicator, reason })));
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The plan as the `--json` document lists it. */
function planJson(plan: MergePlan) {
  return {
    merged: plan.merged.map(({ file, sheet, indicator, period, cell, from, to }) => ({
      file,
      sheet,
      indicator,
      period,
      cell,
      from,
      to,
    })),
    conflicts: plan.conflicts.map(
      ({ file, sheet, indicator, period, cell, master, returned, reason, taken }) => ({
        file,
        sheet,
        indicator,
        period,
        cell,
        master,
        returned,
        reason,
        taken,
      }),
    ),
    unmatched: plan.unmatched,
  };
}

async function refuseOutput(command: MergeCommand): Promise<void> {
  for (const input of [command.master, ...command.returned])
    if (await isSameFile(command.output, input))
      throw new CliError("cli.error.outputIsInput", { path: command.output });
  await ensureFolder(dirname(command.output));
  await assertWritable(command.output, command.force);
}

/** Reads every input; `null` (after a line on stderr) when one cannot be read. */
async function readInputs(command: MergeCommand, streams: MergeStreams) {
  let failed = false;
  const read = async (file: string) => {
    try {
      return await readModel(file);
    } catch (error) {
      streams.stderr.write(`kpi-check: ${file}: ${describeFailure(error, command.lang).message}\n`);
      failed = true;
      return null;
    }
  };
  const master = await read(command.master);
  const returned: ReturnedModel[] = [];
  for (const file of command.returned) {
    const loaded = await read(file);
    if (loaded !== null) returned.push({ file, model: loaded.model });
  }
  return failed || master === null ? null : { master, returned };
}

export async function runMerge(command: MergeCommand, streams: MergeStreams): Promise<number> {
  const { lang } = command;
  const settings = await loadSettings(command.settings);
  await refuseOutput(command);
  const inputs = await readInputs(command, streams);
  if (inputs === null) return 2;
  const plan = planMerge(inputs.master.model, inputs.returned, { prefer: command.prefer });
  const changes = mergeChanges(plan);
  await writeMerged(inputs.master.bytes, changes, command.output, command.force);
  const { checked } = await checkFile(command.output, [], settings, false);
  const report = checkedFileReport(checked, settings, lang);
  const written = `${message("cli.merge.written", lang, { path: command.output, cells: changes.length })}\n`;
  if (command.json) {
    const json = JSON.stringify(planJson(plan));
    streams.stdout.write(`${json.slice(0, -1)},"check":`);
    await writePieces(streams.stdout, jsonPieces(report));
    streams.stdout.write("}\n");
    streams.stderr.write(written);
  } else {
    streams.stdout.write(mergeSummary(plan, command.returned, lang));
    streams.stdout.write(written);
    streams.stdout.write(renderFileReport(inMemory(report), 0, lang));
  }
  const errors = countBySeverity(checked.findings).error;
  return plan.conflicts.length > 0 || errors > 0 ? 1 : 0;
}

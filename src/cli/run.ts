/**
 * kpi-check from a command line to an exit code: 0 no error-severity findings, 1 error findings,
 * 2 a file could not be read (or its fixed copy not written) or the arguments are wrong. Files are
 * checked one at a time, each loaded once and let go before the next; an unreadable file is reported
 * (one line on stderr, an error entry in `--json`) and the others are still checked. The JSON document
 * is written file by file and in pieces, so memory grows neither with the number of files nor with
 * the size of one file's report. The other commands and the `--fix` writer are imported only when asked
 * for, so that a check loads no module it does not run (start-up is a good part of a small check).
 */
import { stat } from "node:fs/promises";
import { fixableFindings, layoutText, message, SEVERITIES, type CheckSettings, type Lang } from "../core";
import { parseCommand, type ArgumentError, type CheckCommand, type Command } from "./args";
import { checkFile, type CheckedFile } from "./checkFile";
import { describeFailure } from "./failure";
import { boundHeapGrowth } from "./heapGrowth";
import type { FixResult } from "./fixOutput";
import { countBySeverity, renderFileReport, renderTotal, type SeverityCounts } from "./humanReport";
import { jsonPieces } from "./jsonWriter";
import { writePieces, type Output } from "./output";
import { progressOn, type Progress, type TerminalStream } from "./progress";
import {
  checkedFileReport,
  inMemory,
  isUnreadable,
  type StreamedFileReport,
  type UnreadableFileReport,
} from "./report";
import { loadSettings } from "./settings";
import { loadLayoutFile, type GivenLayout } from "./layout";

export interface CliStreams {
  readonly stdout: Output;
  readonly stderr: TerminalStream;
  readonly version: string;
}

const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

function failureLine(subject: string | null, reason: string): string {
  return `kpi-check: ${subject === null ? "" : `${subject}: `}${reason}\n`;
}

async function largestFile(files: readonly string[]): Promise<number> {
  const size = (file: string) =>
    stat(file)
      .then((s) => s.size)
      .catch(() => 0);
  const sizes = await Promise.all(files.map(size));
  return Math.max(0, ...sizes);
}

/** The per-file context of a check run. */
interface Run {
  readonly command: CheckCommand;
  readonly settings: CheckSettings;
  /** `--layout`'s reading, over each workbook's own. */
  readonly layout: GivenLayout | null;
  readonly streams: CliStreams;
  readonly progress: Progress;
}

type FixOutcome = { readonly written: FixResult } | { readonly reason: string };

/**
 * Reads and checks one file and, with an output, writes its fixed copy. The loaded workbook does not
 * outlive this function. Throws when the file cannot be read.
 */
async function checkAndFix(
  run: Run,
  index: number,
  output: string | null,
): Promise<{ checked: CheckedFile; fix: FixOutcome | null }> {
  const { command, settings, progress } = run;
  const file = command.files[index];
  const show = (phase: Parameters<Progress["show"]>[3]) =>
    progress.show(index + 1, command.files.length, file, phase);
  const reading = { layout: run.layout, print: command.printLayout };
  const { checked, bytes } = await checkFile(file, command.sheets, settings, output !== null, show, reading);
  if (output === null || bytes === null) return { checked, fix: null };
  show("fixing");
  try {
    return {
      checked,
      fix: {
        written: await (
          await import("./fixOutput")
        ).writeFixedCopy(bytes, checked.findings, output, command.force),
      },
    };
  } catch (error) {
    return { checked, fix: { reason: describeFailure(error, command.lang).message } };
  }
}

interface FileOutcome {
  readonly report: StreamedFileReport | UnreadableFileReport;
  readonly counts: SeverityCounts;
  /** The file could not be read, or its fixed copy not written (exit code 2). */
  readonly failed: boolean;
}

/** One file: its report (printed at once unless `--json`), and with `--fix` its fixed copy. Never throws. */
async function checkOne(run: Run, index: number, output: string | null): Promise<FileOutcome> {
  const { command, settings, streams, progress } = run;
  const { lang } = command;
  const file = command.files[index];
  let result: Awaited<ReturnType<typeof checkAndFix>>;
  try {
    result = await checkAndFix(run, index, output);
  } catch (error) {
    const failure = describeFailure(error, lang);
    progress.clear();
    streams.stderr.write(failureLine(file, failure.message));
    return { report: { file, error: failure }, counts: countBySeverity([]), failed: true };
  }
  const { checked, fix } = result;
  const report = checkedFileReport(checked, settings, lang);
  progress.clear();
  if (checked.layout !== undefined) {
    streams.stdout.write(layoutText(checked.layout.layout));
    for (const table of checked.layout.unexpressed)
      streams.stderr.write(`${message("cli.layout.unexpressed", lang, { ...table })}\n`);
  } else if (!command.json)
    streams.stdout.write(renderFileReport(inMemory(report), fixableFindings(checked.findings).length, lang));
  if (fix !== null && "written" in fix) {
    // With --json, stdout holds only the JSON document: what was written goes to stderr.
    const line = `${message("cli.fix.written", lang, { ...fix.written })}\n`;
    (command.json ? streams.stderr : streams.stdout).write(line);
  }
  if (fix !== null && "reason" in fix)
    streams.stderr.write(failureLine(file, message("cli.error.fix", lang, { reason: fix.reason })));
  return { report, counts: countBySeverity(checked.findings), failed: fix !== null && "reason" in fix };
}

async function runCheck(command: CheckCommand, streams: CliStreams): Promise<number> {
  const { lang, files } = command;
  const settings = await loadSettings(command.settings);
  const layoutFile = await loadLayoutFile(command.layout);
  const layout = layoutFile === null ? null : { layout: layoutFile, path: command.layout ?? "" };
  const outputs =
    command.fix === null
      ? null
      : await (await import("./fixOutput")).fixOutputPaths(files, command.fix.output, command.force);
  const largest = await largestFile(files);
  boundHeapGrowth(largest);
  const progress = progressOn(streams.stderr, files.length, largest, lang);
  const run: Run = { command, settings, layout, streams, progress };
  const totals = { ...countBySeverity([]) };
  let unreadable = 0;
  let failed = false;
  if (command.json) streams.stdout.write('{"files":[');
  for (let i = 0; i < files.length; i++) {
    const outcome = await checkOne(run, i, outputs?.[i] ?? null);
    if (command.json) {
      if (i > 0) streams.stdout.write(",");
      await writePieces(streams.stdout, jsonPieces(outcome.report));
    }
    if (isUnreadable(outcome.report)) unreadable++;
    failed ||= outcome.failed;
    for (const severity of SEVERITIES) totals[severity] += outcome.counts[severity];
  }
  if (command.json) streams.stdout.write("]}\n");
  else if (files.length > 1) streams.stdout.write(renderTotal(files.length, unreadable, totals, lang));
  if (failed) return EXIT.failure;
  return totals.error > 0 ? EXIT.findings : EXIT.ok;
}

async function runCommand(command: Command | ArgumentError, streams: CliStreams): Promise<number> {
  const { lang } = command;
  switch (command.kind) {
    case "error":
      streams.stderr.write(failureLine(null, message(command.code, lang, command.params)));
      streams.stderr.write(`${message("cli.usage", lang)}\n`);
      return EXIT.failure;
    case "help":
      streams.stdout.write(`${message("cli.usage", lang)}\n`);
      return EXIT.ok;
    case "version":
      streams.stdout.write(`${streams.version}\n`);
      return EXIT.ok;
    case "template":
      streams.stdout.write(await (await import("./templateCommand")).runTemplate(command));
      return EXIT.ok;
    case "check":
      return runCheck(command, streams);
    case "split":
      streams.stdout.write(await (await import("./splitCommand")).runSplit(command));
      return EXIT.ok;
    case "merge":
      return (await import("./mergeCommand")).runMerge(command, streams);
  }
}

/** Never throws: whatever fails ends in one line on stderr and exit code 2. */
export async function runCli(argv: readonly string[], streams: CliStreams): Promise<number> {
  let lang: Lang = "ja";
  try {
    const command = parseCommand(argv);
    lang = command.lang;
    return await runCommand(command, streams);
  } catch (error) {
    streams.stderr.write(failureLine(null, describeFailure(error, lang).message));
    return EXIT.failure;
  }
}

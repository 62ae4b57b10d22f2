/**
 * A one-line progress indicator on stderr (`[2/5] 読み込み中 b.xlsx`), redrawn in place. Shown only when
 * stderr is a terminal and the run is worth it (several files, or one large file); otherwise every call
 * is a no-op, so pipes, logs and tests see nothing of it.
 */
import { message, type Lang } from "../core";
import type { CheckPhase } from "./checkFile";

/** A single file at least this large (bytes) gets a progress line too. */
export const LARGE_FILE_BYTES = 2 * 1024 * 1024;

export interface TerminalStream {
  readonly isTTY?: boolean;
  /** Width in columns; 0 or absent when unknown (a pseudo-terminal without a size), then 80. */
  readonly columns?: number;
  write(text: string): boolean;
}

export interface Progress {
  show(index: number, total: number, file: string, phase: CheckPhase | "fixing"): void;
  /** Erases the line, before other output is written to the terminal. */
  clear(): void;
}

/** Columns a character takes in a terminal: two for CJK and full-width forms, one otherwise. */
const columnsOf = (ch: string) => ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1);

function fit(line: string, width: number): string {
  let used = 0;
  let end = 0;
  for (const ch of line) {
    if (used + columnsOf(ch) > width - 1) return `${line.slice(0, end)}…`;
    used += columnsOf(ch);
    end += ch.length;
  }
  return line;
}

const SILENT: Progress = { show: () => undefined, clear: () => undefined };

export function progressOn(
  stream: TerminalStream,
  files: number,
  largestBytes: number,
  lang: Lang,
): Progress {
  if (stream.isTTY !== true || (files < 2 && largestBytes < LARGE_FILE_BYTES)) return SILENT;
  let shown = false;
  return {
    show(index, total, file, phase) {
      const line = `[${index}/${total}] ${message(`cli.progress.${phase}`, lang)} ${file}`;
      stream.write(`\r\x1b[K${fit(line, Math.max(10, (stream.columns || 80) - 1))}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}

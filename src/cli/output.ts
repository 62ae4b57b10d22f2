/**
 * Where kpi-check writes its output: process.stdout, or a test's collector. A pipe to a slow reader fills
 * up: `write` then returns false and what is written after is held in memory until the reader takes it.
 * Waiting for `drain` there keeps a report of 180 MB (100,000 indicators with --json) to a piece at a time
 * however slowly it is read (without it, `kpi-check --json | slow-reader` held all of it: 1.3 GB peak).
 */
type Wake = "drain" | "close" | "error";

export interface Output {
  write(text: string): boolean;
  /** A stream that can fill up says when it can take more; a collector that never fills has no events. */
  once?(event: Wake, listener: () => void): unknown;
  off?(event: Wake, listener: () => void): unknown;
  readonly destroyed?: boolean;
}

/** Resolves when `out` can take more, or can take nothing any more (closed, failed). */
function drained(out: Output): Promise<void> {
  const { once, off } = out;
  if (once === undefined || off === undefined || out.destroyed === true) return Promise.resolve();
  return new Promise((resolve) => {
    const events: Wake[] = ["drain", "close", "error"];
    const wake = () => {
      for (const event of events) off.call(out, event, wake);
      resolve();
    };
    for (const event of events) once.call(out, event, wake);
  });
}

/** Writes each piece, waiting for a full stream to drain before the next piece is made. */
export async function writePieces(out: Output, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) if (!out.write(piece)) await drained(out);
}

/** The progress line: drawn in place on a terminal for several or large files, never on a pipe. */
import { LARGE_FILE_BYTES, progressOn, type TerminalStream } from "../../src/cli/progress";

function terminal(isTTY: boolean, columns = 80): TerminalStream & { written: string[] } {
  const written: string[] = [];
  return {
    isTTY,
    columns,
    written,
    write(text: string) {
      written.push(text);
      return true;
    },
  };
}

test("several files on a terminal: one line per step, redrawn in place, erased by clear", () => {
  const stream = terminal(true);
  const progress = progressOn(stream, 3, 1_000, "ja");
  progress.show(2, 3, "b.xlsx", "reading");
  progress.show(2, 3, "b.xlsx", "checking");
  progress.clear();
  progress.clear();
  expect(stream.written).toEqual([
    "\r\x1b[K[2/3] 読み込み中 b.xlsx",
    "\r\x1b[K[2/3] 確認中 b.xlsx",
    "\r\x1b[K",
  ]);
});

test("one large file gets a line too, in English with --lang en, cut to the terminal's width", () => {
  const stream = terminal(true, 24);
  const progress = progressOn(stream, 1, LARGE_FILE_BYTES, "en");
  progress.show(1, 1, "令和5年度_成果指標_進捗管理表.xlsx", "fixing");
  expect(stream.written).toEqual(["\r\x1b[K[1/1] writing the fixe…"]);
  progress.show(1, 1, "令和5年度.xlsx", "reading");
  expect(stream.written[1]).toBe("\r\x1b[K[1/1] reading 令和5年…");
});

test("a terminal of unknown width (0 columns) is taken as 80 wide", () => {
  const stream = terminal(true, 0);
  progressOn(stream, 2, 0, "ja").show(1, 2, "令和5年度_成果指標_進捗管理表.xlsx", "reading");
  expect(stream.written).toEqual(["\r\x1b[K[1/2] 読み込み中 令和5年度_成果指標_進捗管理表.xlsx"]);
});

test("nothing when stderr is not a terminal, or for one small file", () => {
  for (const [stream, files, bytes] of [
    [terminal(false), 10, LARGE_FILE_BYTES * 2],
    [terminal(true), 1, LARGE_FILE_BYTES - 1],
  ] as const) {
    const progress = progressOn(stream, files, bytes, "ja");
    progress.show(1, files, "a.xlsx", "reading");
    progress.clear();
    expect(stream.written).toEqual([]);
  }
});

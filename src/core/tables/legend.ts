/**
 * A legend of status bands written on the sheet (`・達成 … 達成率100%以上`, `B+ … 80%以上100%未満`,
 * `C：80%未満`): consecutive lines in one column, each a label, a separator and its bounds. When at least
 * two lines state bounds that fall from one line to the next, they are the sheet's band scheme; the
 * projected suffix of a label (`達成見込み`) is dropped, as it names a period's projection, not a band.
 */
import { toHalfWidth } from "../text";
import type { HeaderBands } from "./model";
import type { SheetReader } from "./sheet-reader";

const LINE = /^[・\-*\s]*([^\s…:：=＝]{1,12})\s*(?:…+|\.{2,}|[:：=＝]|\s)\s*(.*)$/;
const LOWER = /(\d+(?:\.\d+)?)\s*%\s*以上/;
const UPPER_ONLY = /(\d+(?:\.\d+)?)\s*%\s*未満/;
const MAX_LINE = 60;
const MIN_LINES = 2;

interface LegendLine {
  readonly row: number;
  readonly col: number;
  readonly label: string;
  /** Lower bound as a fraction; `null` for the last band (`80%未満`). */
  readonly lower: number | null;
}

function lineOf(text: string, projectedSuffixes: readonly string[]): Omit<LegendLine, "row" | "col"> | null {
  const half = toHalfWidth(text).trim();
  if (half.length > MAX_LINE) return null;
  const m = LINE.exec(half);
  if (m === null) return null;
  let label = m[1];
  for (const suffix of projectedSuffixes)
    if (suffix !== "" && label.length > suffix.length && label.endsWith(suffix)) {
      label = label.slice(0, -suffix.length);
      break;
    }
  const lower = LOWER.exec(m[2]);
  if (lower !== null) return { label, lower: Number(lower[1]) / 100 };
  return UPPER_ONLY.test(m[2]) ? { label, lower: null } : null;
}

function bandsOf(lines: readonly LegendLine[]): HeaderBands | null {
  if (lines.length < MIN_LINES) return null;
  const thresholds: number[] = [];
  for (const [k, line] of lines.entries()) {
    const last = k === lines.length - 1;
    if (line.lower === null) {
      if (!last) return null;
      continue;
    }
    if (thresholds.length > 0 && line.lower >= thresholds[thresholds.length - 1]) return null;
    thresholds.push(line.lower);
  }
  const labels = lines.map((line) => line.label);
  // Every band but the last has a lower bound; a last line with one is a band of its own, below which nothing is named.
  if (thresholds.length !== labels.length - 1) return null;
  return { labels, thresholds };
}

/** The band scheme a legend on the sheet states, or `null` when the sheet has none. */
export function readLegend(reader: SheetReader): HeaderBands | null {
  const lines = legendLinesByColumn(reader);
  for (const column of lines) {
    let run: LegendLine[] = [];
    for (const line of column) {
      // A run is legend lines in consecutive rows of one column: any other cell between two ends it.
      if (run.length > 0 && line.row !== run[run.length - 1].row + 1) {
        const found = bandsOf(run);
        if (found !== null) return found;
        run = [];
      }
      run.push(line);
    }
    const found = bandsOf(run);
    if (found !== null) return found;
  }
  return null;
}

/** Every cell that reads as a legend line, by column then row (one pass over the rows). */
function legendLinesByColumn(reader: SheetReader): LegendLine[][] {
  const suffixes = reader.vocabulary.words.projectedSuffixes;
  const columns: LegendLine[][] = Array.from({ length: reader.colCount }, () => []);
  for (let r = 0; r < reader.rowCount; r++) {
    const row = reader.rowValues(r);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      // Every legend line states a percentage: other cells are skipped without a regular expression.
      if (typeof v !== "string" || !(v.includes("%") || v.includes("％"))) continue;
      const line = lineOf(v.trim(), suffixes);
      if (line !== null) columns[c].push({ row: r, col: c, ...line });
    }
  }
  return columns;
}

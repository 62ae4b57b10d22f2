/**
 * The corpus cases copied into test/fixtures/corpus (tests never read ../shared): each real published
 * table (`<id>.json`, as transcribed) with the readings its own published values call for
 * (`<id>.expected.json`). One input and one expected per case.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** From the repository root when run as a script (`scoreboard.ts`, an ES module without `__dirname`). */
export const CORPUS_DIR =
  typeof __dirname === "string"
    ? join(__dirname, "../../fixtures/corpus")
    : join(process.cwd(), "test/fixtures/corpus");

/** Layouts of real tables rebuilt as small grids (test/fixtures/layouts), read with the same golden test. */
export const LAYOUTS_DIR = join(CORPUS_DIR, "../layouts");

/** A grid as the corpus transcribes it: rows of cell texts (`""` empty), merges as A1 ranges. */
export interface CorpusGrid {
  readonly title?: string;
  readonly grid: readonly (readonly string[])[];
  readonly merges?: readonly string[];
}

/** One corpus file: the published table, its related tables on the same page, and notes. */
export interface CorpusTable extends CorpusGrid {
  readonly id: string;
  readonly place: string;
  readonly source_url: string;
  readonly layout: string;
  readonly band_scheme: string | null;
  readonly rounding: string;
  readonly related_grids?: readonly CorpusGrid[];
}

/** A published cell the reading must reproduce: its sheet (0 = the main grid), address and text. */
export interface PublishedCell {
  readonly sheet: number;
  readonly cell: string;
  readonly published: string;
}

/** What a correct reading of one case gives, derived from the published values of the corpus file. */
export interface ExpectedReading {
  /** Per sheet (0 = the main grid, then each related grid): tables found and indicators in them. */
  readonly sheets: readonly { readonly tables: number; readonly indicators: number }[];
  /** The indicator names of sheet 1's KPI tables in order, from the cells that name them (when given). */
  readonly names?: readonly string[];
  /** Every published rate or share, reproduced with the table's own rounding. */
  readonly rates: readonly PublishedCell[];
  /** Every published status cell, read as a status of the table's band scheme. */
  readonly statuses: readonly PublishedCell[];
  /** The rounding the published rates follow (`half-up` at `decimals`), `null` when none is published. */
  readonly rounding: { readonly rule: "half-up" | "truncate"; readonly decimals: number } | null;
  /** The band scheme: its labels best first, thresholds when the sheet states them; `null` when none. */
  readonly bands: {
    readonly labels: readonly string[];
    readonly thresholds: readonly number[] | null;
  } | null;
  /** Indicators the sheet itself marks lower-is-better (a ダウン column, a `以下` ceiling), by name. */
  readonly down: readonly string[];
  /** Findings the published table calls for (`rule` at `cell` of sheet 0). */
  readonly findings: readonly { readonly rule: string; readonly cell: string }[];
  /** Cells a published inconsistency makes an error finding right on (all others must get none). */
  readonly errorsAllowed: readonly string[];
  /**
   * Per indicator of sheet 1 (by name), its periods as `label|fiscalYear|roles` (roles in the model's
   * order, comma-separated), with `|calendar` for a calendar year and `|from <year>` for a range of years.
   */
  readonly periods?: Readonly<Record<string, readonly string[]>>;
  /** Per indicator of sheet 1 (by name), the unit it is read in. */
  readonly units?: Readonly<Record<string, string | null>>;
  /** Why the expectations are what they are (from the corpus file's notes). */
  readonly why: string;
}

export interface CorpusCase {
  readonly id: string;
  readonly table: CorpusTable;
  readonly expected: ExpectedReading;
}

export function loadCorpus(dir: string = CORPUS_DIR): CorpusCase[] {
  return readdirSync(dir)
    .filter(
      (name) => name.endsWith(".json") && !name.endsWith(".expected.json") && name !== "not-yet-read.json",
    )
    .sort()
    .map((name) => {
      const id = name.slice(0, -".json".length);
      const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), "utf8"));
      return {
        id,
        table: read(name) as CorpusTable,
        expected: read(`${id}.expected.json`) as ExpectedReading,
      };
    });
}

/**
 * Reads an .xlsx in the browser into grids, with ExcelJS (loaded on demand, in its own chunk) and the
 * xlsx adapter's grid reader, so the preview sees what the CLI sees.
 */
import type { Grid } from "../core/grid";

export async function gridsFromXlsx(data: ArrayBuffer): Promise<Grid[]> {
  const [{ default: ExcelJS }, { worksheetGrid }] = await Promise.all([
    import(/* webpackChunkName: "exceljs" */ "exceljs"),
    import(/* webpackChunkName: "exceljs" */ "../workbook/xlsx/worksheetGrid"),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  return workbook.worksheets.map(worksheetGrid);
}

export interface SampleList {
  samples: string[];
  default: string | null;
}

/** The samples the preview server serves (written by scripts/preview.mjs). */
export async function sampleList(): Promise<SampleList> {
  const response = await fetch("samples/index.json");
  if (!response.ok) return { samples: [], default: null };
  return (await response.json()) as SampleList;
}

export async function fetchSample(name: string): Promise<ArrayBuffer> {
  const response = await fetch(`samples/${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

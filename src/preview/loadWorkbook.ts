/**
 * The preview's workbooks: a picked or bundled .xlsx read in the browser by the xlsx adapter's browser
 * reader, and the samples the preview server lists.
 */
export { gridsOfXlsxBytes as gridsFromXlsx } from "../workbook/xlsx/browserGrids";

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

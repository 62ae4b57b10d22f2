/**
 * The workbook behind the preview: a fake Excel object model loaded from grids, the real Office adapter
 * over it, and a change counter bumped after every batch so the sheet rendering follows the pane's writes.
 */
import type { Grid } from "../core/grid";
import { fakeFromGrids, type FakeExcel } from "../workbook/fakeExcel";
import { OfficeWorkbook } from "../workbook/office";
import type { ExcelRunner } from "../workbook/office";

export interface PreviewWorkbook {
  fake: FakeExcel;
  port: OfficeWorkbook;
  /** Called after every Excel.run batch (including failed ones). */
  onChange(listener: () => void): () => void;
}

export function previewWorkbook(grids: readonly Grid[]): PreviewWorkbook {
  // No simulated payload limits: the preview stands for desktop Excel.
  const fake = fakeFromGrids(grids, { limits: null });
  const listeners = new Set<() => void>();
  const run: ExcelRunner = async (batch) => {
    try {
      return await fake.run(batch);
    } finally {
      for (const listener of listeners) listener();
    }
  };
  const port = new OfficeWorkbook({ ...fake.portOptions(), run });
  return {
    fake,
    port,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

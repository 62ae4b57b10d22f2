/**
 * The preview page's state: which workbook is open (a bundled sample or a picked file), the fake behind
 * it, the cells with findings, and a version bumped after every batch the pane runs.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { parseRangeA1, rangeToA1 } from "../core/grid";
import type { PaneReport } from "../taskpane/checking/report";
import { gridsFromFake } from "../workbook/fakeExcel";
import { fetchSample, gridsFromXlsx, sampleList } from "./loadWorkbook";
import { previewWorkbook, type PreviewWorkbook } from "./previewWorkbook";

/** What the end-to-end test reads (the page is the test bed): the workbook as grids, as JSON. */
declare global {
  interface Window {
    kpiPreview?: { snapshot(): string; loaded: string | null };
  }
}

export function usePreview(initialSample: string | null) {
  const [workbook, setWorkbook] = useState<{ id: number; name: string | null; wb: PreviewWorkbook }>(() => ({
    id: 0,
    name: null,
    wb: previewWorkbook([]),
  }));
  const [samples, setSamples] = useState<string[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const [report, setReport] = useState<PaneReport | null>(null);

  const open = useCallback(async (name: string, data: () => Promise<ArrayBuffer>) => {
    setLoading(true);
    setError(null);
    try {
      const wb = previewWorkbook(await gridsFromXlsx(await data()));
      setWorkbook((w) => ({ id: w.id + 1, name, wb }));
      setReport(null);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void (async () => {
      const list = await sampleList();
      setSamples(list.samples);
      const first = initialSample && list.samples.includes(initialSample) ? initialSample : list.default;
      if (first) await open(first, () => fetchSample(first));
      else setLoading(false);
    })().catch(setError);
  }, [initialSample, open]);

  const { wb } = workbook;
  useEffect(() => wb.onChange(() => setVersion((v) => v + 1)), [wb]);
  useEffect(() => {
    window.kpiPreview = { snapshot: () => JSON.stringify(gridsFromFake(wb.fake)), loaded: workbook.name };
  }, [wb, workbook.name]);

  const findings = useMemo(
    () => new Set(report?.findings.map((f) => `${f.sheet}!${f.cell}`) ?? []),
    [report],
  );
  const activeSheet = wb.fake.state.sheet(wb.fake.state.activeSheet ?? "") ?? wb.fake.state.sheets[0] ?? null;
  const showSheet = (name: string) => {
    wb.fake.state.activeSheet = name;
    setVersion((v) => v + 1);
  };
  /** A cell clicked on the active sheet: selected, or (`extend`) the rectangle from the selection's first cell. */
  const select = (address: string, extend: boolean) => {
    const { state } = wb.fake;
    const sheet = activeSheet?.name ?? "";
    const from = extend && state.selection?.sheet === sheet ? parseRangeA1(state.selection.address) : null;
    const to = parseRangeA1(address);
    if (to === null) return;
    const area =
      from === null
        ? to
        : {
            row: Math.min(from.row, to.row),
            col: Math.min(from.col, to.col),
            rowCount: Math.abs(to.row - from.row) + 1,
            colCount: Math.abs(to.col - from.col) + 1,
          };
    state.selection = { sheet, address: rangeToA1(area) };
    setVersion((v) => v + 1);
  };
  /** The pane closed and opened again over the same workbook (what it saved in it stays). */
  const reopenPane = () => setWorkbook((w) => ({ ...w, id: w.id + 1 }));

  return {
    workbook,
    samples,
    loading,
    error,
    clearError: () => setError(null),
    version,
    findings,
    activeSheet,
    showSheet,
    select,
    reopenPane,
    setReport,
    openSample: (name: string) => open(name, () => fetchSample(name)),
    openFile: (file: File) => open(file.name, () => file.arrayBuffer()),
  };
}

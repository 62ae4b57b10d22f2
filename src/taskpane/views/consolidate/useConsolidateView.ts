/**
 * State of the 集約 view: the returned files picked (read in the browser; nothing leaves the machine),
 * core's merge plan against the open workbook, the rows the user ticks, and the one batch that writes
 * them (undoable), after which the check runs.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { detectTables, mergeChanges, planMerge, type MergePlan, type ReturnedModel } from "../../../core";
import type { Grid } from "../../../core/grid";
import { gridsOfXlsxBytes } from "../../../workbook/xlsx/browserGrids";
import { errorText } from "../../app/errors";
import { useT } from "../../app/i18n";
import { useSession } from "../../session/session";
import { useShowMore } from "../common/useShowMore";
import { fileCounts, mergeRows, type FileCount, type MergeEntry, type MergeRow } from "./mergeRows";

/** A picked file's bytes. FileReader, not Blob.arrayBuffer: older WebViews of Office lack the latter. */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsArrayBuffer(file);
  });
}

interface Preview {
  plan: MergePlan;
  files: string[];
  rows: MergeRow[];
  /** Files that could not be read, with what was wrong. */
  unreadable: { file: string; problem: string }[];
  /** The open workbook has no evaluation table to merge into. */
  noMaster: boolean;
}

export function useConsolidateView() {
  const { port, guard, apply, runCheck, check } = useSession();
  const { t, lang } = useT();
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState<FileCount[] | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /** The preview's summary, then the result: focus goes there (never back to <body>). */
  const focusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    focusRef.current?.focus();
  }, [preview, applied]);

  const pick = async (picked: readonly File[]) => {
    if (picked.length === 0) return;
    setApplied(null);
    setReading(true);
    const returned: ReturnedModel[] = [];
    const unreadable: Preview["unreadable"] = [];
    for (const file of picked) {
      try {
        returned.push({
          file: file.name,
          model: detectTables(await gridsOfXlsxBytes(await readBytes(file))),
        });
      } catch (error) {
        unreadable.push({ file: file.name, problem: errorText(error, lang) });
      }
    }
    const master = await guard(async () => {
      const grids: Grid[] = [];
      for (const sheet of await port.listSheets()) grids.push(await port.readSheet(sheet));
      return detectTables(grids);
    });
    setReading(false);
    if (master === undefined) return;
    // Planned as if returned values won: `taken` then marks the conflicts a user may choose to take.
    const plan = planMerge(master, returned, { prefer: "returned" });
    const files = returned.map((r) => r.file);
    const rows = mergeRows(plan, files);
    setPreview({ plan, files, rows, unreadable, noMaster: master.tables.length === 0 });
    setTicked(new Set(rows.filter((row) => row.ticked).map((row) => row.key)));
  };

  const counts = useMemo(
    () => (preview ? fileCounts(preview.plan, preview.rows, ticked, preview.files) : []),
    [preview, ticked],
  );

  const toggle = (key: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const commit = async () => {
    if (!preview) return;
    const chosen = new Set<MergeEntry>(
      preview.rows.filter((row) => row.choosable && ticked.has(row.key)).map((row) => row.entry),
    );
    const cells = mergeChanges(preview.plan, (entry) => chosen.has(entry));
    if (cells.length === 0) return;
    setBusy(true);
    const wasChecked = check.phase === "done";
    const token = await apply({ label: t("ui.consolidate.label"), cells });
    setBusy(false);
    if (!token) return;
    setApplied(counts);
    setPreview(null);
    // apply re-checks a workbook already checked; otherwise the check runs now.
    if (!wasChecked) await runCheck();
  };

  return {
    inputRef,
    focusRef,
    reading,
    preview,
    ticked,
    toggle,
    counts,
    busy,
    applied,
    check,
    pick,
    commit,
    discard: () => setPreview(null),
    ...useShowMore(),
  };
}

export type ConsolidateViewState = ReturnType<typeof useConsolidateView>;

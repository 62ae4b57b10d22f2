/** State of the finalize view: mode, the planned change set, and the re-check after applying. */
import { useState } from "react";
import type { Grid } from "../../../core";
import { useT } from "../../app/i18n";
import { useSession } from "../../session/session";
import { previewRows, type PreviewRow } from "../common/cellText";
import { freeSheetName } from "../common/freeSheetName";
import { finalizeInPlace, finalizeToCopy, kpiFormulaCells, remainingErrors } from "./finalizeChanges";
import type { ChangeSet } from "../../../workbook/port";

export type FinalizeMode = "inPlace" | "copy";

interface Plan {
  changes: ChangeSet;
  rows: PreviewRow[];
  /** The sheet checked afterwards: the original or the copy. */
  target: string;
  formulas: number;
}

export function useFinalizeView() {
  const { port, guard, apply } = useSession();
  const { t } = useT();
  const [mode, setMode] = useState<FinalizeMode>("inPlace");
  const [plan, setPlan] = useState<Plan | null>(null);
  const [none, setNone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ formulas: number; errors: string[] } | null>(null);

  const prepare = async () => {
    setResult(null);
    setNone(false);
    const read = await guard(async () => {
      const sheet = await port.activeSheet();
      return { grid: await port.readSheet(sheet), sheets: await port.listSheets() };
    });
    if (!read) return;
    const { grid, sheets } = read;
    const formulas = kpiFormulaCells(grid).length;
    if (formulas === 0) return setNone(true);
    const label = t("ui.finalize.label");
    const target =
      mode === "copy" ? freeSheetName(t("ui.finalize.copyName", { sheet: grid.sheet }), sheets) : grid.sheet;
    const changes = mode === "copy" ? finalizeToCopy(grid, target, label) : finalizeInPlace(grid, label);
    setPlan({ changes, rows: previewRows(changes.cells ?? [], [grid as Grid]), target, formulas });
  };

  const commit = async () => {
    if (!plan) return;
    setBusy(true);
    const token = await apply(plan.changes);
    const after = token ? await guard(() => port.readSheet(plan.target)) : undefined;
    if (after) setResult({ formulas: plan.formulas, errors: remainingErrors(after) });
    setPlan(null);
    setBusy(false);
  };

  return { mode, setMode, plan, none, busy, result, prepare, commit, discard: () => setPlan(null) };
}

export type FinalizeViewState = ReturnType<typeof useFinalizeView>;

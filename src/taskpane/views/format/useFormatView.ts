/** State of the format view: which parts to apply, and the planned change set. */
import { useMemo, useState } from "react";
import { useT } from "../../app/i18n";
import { useSession } from "../../session/session";
import { previewRows } from "../common/cellText";
import { usePlannedChange } from "../common/usePlannedChange";
import { ALL_LOOK_PARTS, tableLookChanges, type LookParts } from "../../../core";
import { statusBands } from "../../settings/settings";
import { formatEffects } from "./formatEffects";

export function useFormatView() {
  const { check, settings } = useSession();
  const { t } = useT();
  const [parts, setParts] = useState<LookParts>(ALL_LOOK_PARTS);
  const planned = usePlannedChange();
  const tables = check.phase === "done" ? check.report.tables : [];
  const rows = useMemo(
    () =>
      planned.planned
        ? previewRows(planned.planned.cells ?? [], check.phase === "done" ? check.grids : [], true)
        : [],
    [planned.planned, check],
  );
  const statusCells = tables.reduce((n, tb) => n + tb.cells.statuses.length, 0);
  const effects = planned.planned ? formatEffects(planned.planned, statusCells, t) : null;
  const toggle = (part: keyof LookParts, on: boolean) => setParts((p) => ({ ...p, [part]: on }));
  const preview = () =>
    planned.plan(tableLookChanges(tables, statusBands(settings), parts, t("ui.format.label")));
  return { checked: check.phase === "done", tables, parts, toggle, preview, rows, effects, ...planned };
}

export type FormatViewState = ReturnType<typeof useFormatView>;

/** State of the fix view: the fixable findings and the change set being previewed. */
import { useMemo } from "react";
import type { PaneFinding } from "../../checking/report";
import { useSession } from "../../session/session";
import { fixableFindings, fixesOf } from "../../../core";
import { previewRows } from "../common/cellText";
import { usePlannedChange } from "../common/usePlannedChange";
import { useShowMore } from "../common/useShowMore";
import { useT } from "../../app/i18n";

export function useFixView() {
  const { check } = useSession();
  const { t, lang } = useT();
  const planned = usePlannedChange();
  const checked = check.phase === "done";
  const fixable = useMemo(
    () => (check.phase === "done" ? fixableFindings(check.report.findings) : []),
    [check],
  );
  const rows = useMemo(
    () =>
      planned.planned
        ? previewRows(planned.planned.cells ?? [], check.phase === "done" ? check.grids : [])
        : [],
    [planned.planned, check],
  );

  const preview = (findings: PaneFinding[]) =>
    planned.plan({ label: t("ui.fix.label"), cells: fixesOf(findings) });

  return { checked, fixable, rows, preview, lang, ...planned, ...useShowMore() };
}

export type FixViewState = ReturnType<typeof useFixView>;

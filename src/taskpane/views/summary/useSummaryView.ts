/** State of the summary view: the chosen period, its counts, and inserting them into the workbook. */
import { useMemo, useState } from "react";
import { useT } from "../../app/i18n";
import { useSession } from "../../session/session";
import { countStatuses, periodsOf } from "./countStatuses";
import { freeSheetName } from "../common/freeSheetName";
import { summaryChanges } from "./summaryChanges";

export function useSummaryView() {
  const { check, settings, port, apply, guard } = useSession();
  const { t } = useT();
  const report = check.phase === "done" ? check.report : null;
  const periods = useMemo(() => (report ? periodsOf(report) : []), [report]);
  const [chosen, setPeriod] = useState<string | null>(null);
  const period = chosen !== null && periods.includes(chosen) ? chosen : (periods[periods.length - 1] ?? null);
  const counts = useMemo(
    () => (report && period !== null ? countStatuses(report, period, settings, t("ui.summary.other")) : []),
    [report, period, settings, t],
  );
  const total = counts.reduce((n, c) => n + c.count, 0);
  const [inserted, setInserted] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const insert = async () => {
    if (period === null) return;
    setBusy(true);
    const sheets = await guard(() => port.listSheets());
    if (sheets) {
      const sheet = freeSheetName(t("ui.summary.sheetName", { period }), sheets);
      if (await apply(summaryChanges(sheet, period, counts, t))) setInserted(sheet);
    }
    setBusy(false);
  };

  return { periods, period, setPeriod, counts, total, insert, inserted, busy };
}

export type SummaryViewState = ReturnType<typeof useSummaryView>;

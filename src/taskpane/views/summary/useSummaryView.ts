/**
 * State of the summary view: the chosen period (at first the latest with actuals), its counts and notes,
 * and inserting them into the workbook; once inserted, focus goes to the message that says where.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { useT } from "../../app/i18n";
import { useSession } from "../../session/session";
import { countStatuses, openingPeriod, periodsOf } from "./countStatuses";
import { freeSheetName } from "../common/freeSheetName";
import { summaryChanges } from "./summaryChanges";
import { summaryNotes } from "./summaryNotes";

export function useSummaryView() {
  const { check, settings, port, apply, guard } = useSession();
  const { t } = useT();
  const report = check.phase === "done" ? check.report : null;
  const periods = useMemo(() => (report ? periodsOf(report) : []), [report]);
  const opening = useMemo(() => (report ? openingPeriod(report) : null), [report]);
  const [chosen, setPeriod] = useState<string | null>(null);
  const period = chosen !== null && periods.includes(chosen) ? chosen : opening;
  const counts = useMemo(
    () => (report && period !== null ? countStatuses(report, period, settings, t("ui.summary.other")) : null),
    [report, period, settings, t],
  );
  const notes = useMemo(() => (report && counts ? summaryNotes(report, counts, t) : []), [report, counts, t]);
  const [inserted, setInserted] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const insertedRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (inserted !== null) insertedRef.current?.focus();
  }, [inserted]);

  const insert = async () => {
    if (period === null || counts === null) return;
    setBusy(true);
    setInserted(null);
    const sheets = await guard(() => port.listSheets());
    if (sheets) {
      const sheet = freeSheetName(t("ui.summary.sheetName", { period }), sheets);
      if (await apply(summaryChanges(sheet, period, counts, notes, t))) setInserted(sheet);
    }
    setBusy(false);
  };

  return {
    periods,
    period,
    setPeriod,
    counts: counts?.counts ?? [],
    total: counts?.total ?? 0,
    notes,
    insert,
    inserted,
    insertedRef,
    busy,
  };
}

export type SummaryViewState = ReturnType<typeof useSummaryView>;

/**
 * State of the check view: scope, the running check, the findings by kind, advice shown or not, and the
 * one finding whose fix is being previewed in place. After a fix is applied (and the sheet checked again),
 * focus moves to the finding now at the same place in the list: the next one.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { PaneFinding } from "../../checking/report";
import { useT } from "../../app/i18n";
import { useSession } from "../../session/session";
import { previewRows } from "../common/cellText";
import { usePlannedChange } from "../common/usePlannedChange";
import { useShowMore } from "../common/useShowMore";
import { toFillText } from "../common/toFill";
import { groupFindings, reportVerdict } from "./groupFindings";

/** Where focus goes once a report is on screen: the finding at this place of the list, else the verdict. */
type FocusTarget = { findingIndex: number } | "verdict" | null;

export function useCheckView() {
  const session = useSession();
  const { t } = useT();
  const { check, port, guard } = session;
  const groups = useMemo(() => (check.phase === "done" ? groupFindings(check.report) : []), [check]);
  const verdict = useMemo(() => (check.phase === "done" ? reportVerdict(check.report) : null), [check]);
  const toFill = check.phase === "done" ? toFillText(check.report.tables, session.lang) : null;
  const [adviceOpen, setAdviceOpen] = useState(false);
  const [fixing, setFixing] = useState<string | null>(null);
  const planned = usePlannedChange();
  const focusTarget = useRef<FocusTarget>(null);
  const listRef = useRef<HTMLDivElement>(null);

  /** The findings in the order shown (advice only when open). */
  const shown = useMemo(
    () =>
      groups
        .filter((g) => g.kind !== "advice" || adviceOpen)
        .flatMap((g) => g.tables.flatMap((table) => table.findings)),
    [groups, adviceOpen],
  );

  const select = (finding: PaneFinding) => void guard(() => port.select(finding.sheet, finding.cell));

  const runCheck = async () => {
    focusTarget.current = "verdict";
    await session.runCheck();
  };

  const previewFix = (finding: PaneFinding) => {
    if (!finding.fix) return;
    setFixing(finding.id);
    planned.plan({ label: t("ui.fix.label"), cells: finding.fix });
  };

  const applyFix = async () => {
    const index = shown.findIndex((f) => f.id === fixing);
    focusTarget.current = { findingIndex: Math.max(0, index) };
    await planned.commit();
    setFixing(null);
  };

  const discardFix = () => {
    const index = shown.findIndex((f) => f.id === fixing);
    planned.discard();
    setFixing(null);
    focusTarget.current = { findingIndex: Math.max(0, index) };
    focusNow();
  };

  const rows = useMemo(
    () =>
      planned.planned && check.phase === "done" ? previewRows(planned.planned.cells ?? [], check.grids) : [],
    [planned.planned, check],
  );

  /** Moves focus to the pending target, if its element is on screen. */
  const focusNow = () => {
    const target = focusTarget.current;
    const root = listRef.current;
    if (target === null || root === null) return;
    const findingButtons = root.querySelectorAll<HTMLElement>("[data-finding-select]");
    const element =
      target !== "verdict" && findingButtons.length > 0
        ? findingButtons[Math.min(target.findingIndex, findingButtons.length - 1)]
        : root.querySelector<HTMLElement>("[data-verdict]");
    if (element) {
      element.focus();
      focusTarget.current = null;
    }
  };

  // A new report (after チェックする or a fix): focus the verdict or the next finding.
  useEffect(() => {
    if (check.phase === "done") focusNow();
  });

  return {
    ...session,
    runCheck,
    groups,
    verdict,
    toFill,
    select,
    adviceOpen,
    toggleAdvice: () => setAdviceOpen((open) => !open),
    fixing,
    previewFix,
    applyFix,
    discardFix,
    rows,
    fixBusy: planned.busy,
    listRef,
    ...useShowMore(),
  };
}

export type CheckViewState = ReturnType<typeof useCheckView>;

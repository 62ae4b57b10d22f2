/** State of the check view: scope, the running check and the grouped findings. */
import { useMemo } from "react";
import type { PaneFinding } from "../../checking/report";
import { useSession } from "../../session/session";
import { useShowMore } from "../common/useShowMore";
import { toFillText } from "../common/toFill";
import { groupFindings } from "./groupFindings";

export function useCheckView() {
  const session = useSession();
  const { check, port, guard } = session;
  const groups = useMemo(() => (check.phase === "done" ? groupFindings(check.report) : []), [check]);
  const toFill = check.phase === "done" ? toFillText(check.report.tables, session.lang) : null;
  const select = (finding: PaneFinding) => void guard(() => port.select(finding.sheet, finding.cell));
  return { ...session, groups, toFill, select, ...useShowMore() };
}

export type CheckViewState = ReturnType<typeof useCheckView>;

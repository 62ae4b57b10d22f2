/**
 * State of the fix view: the fixable findings by kind as tick boxes (提出前に直すもの and 確認してください
 * ticked, 参考 unticked: advice is never applied unasked), and the change set being previewed.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { PaneFinding } from "../../checking/report";
import { useSession } from "../../session/session";
import { fixableFindings, fixesOf, KINDS } from "../../../core";
import { previewRows } from "../common/cellText";
import { usePlannedChange } from "../common/usePlannedChange";
import { useShowMore } from "../common/useShowMore";
import { useT } from "../../app/i18n";

const tickedByDefault = (finding: PaneFinding) => finding.kind !== "advice";

export function useFixView() {
  const { check, port, guard } = useSession();
  const { t, lang } = useT();
  const planned = usePlannedChange();
  const checked = check.phase === "done";
  const fixable = useMemo(
    () => (check.phase === "done" ? fixableFindings(check.report.findings) : []),
    [check],
  );
  const groups = useMemo(
    () =>
      KINDS.map((kind) => ({ kind, findings: fixable.filter((f) => f.kind === kind) })).filter(
        (g) => g.findings.length > 0,
      ),
    [fixable],
  );
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setTicked(new Set(fixable.filter(tickedByDefault).map((f) => f.id))), [fixable]);
  const selected = fixable.filter((f) => ticked.has(f.id));
  const errors = fixable.filter((f) => f.kind === "fix");

  const rows = useMemo(
    () =>
      planned.planned
        ? previewRows(planned.planned.cells ?? [], check.phase === "done" ? check.grids : [])
        : [],
    [planned.planned, check],
  );

  const tick = (finding: PaneFinding, on: boolean) =>
    setTicked((before) => {
      const next = new Set(before);
      if (on) next.add(finding.id);
      else next.delete(finding.id);
      return next;
    });

  const preview = (findings: PaneFinding[]) =>
    planned.plan({ label: t("ui.fix.label"), cells: fixesOf(findings) });

  const select = (finding: PaneFinding) => void guard(() => port.select(finding.sheet, finding.cell));

  /** After 適用する the result line, after やめる the button that opened the preview, takes focus. */
  const resultRef = useRef<HTMLElement>(null);
  const previewRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<"result" | "preview" | null>(null);
  useEffect(() => {
    if (planned.planned || focusAfter.current === null) return;
    const element = focusAfter.current === "result" ? resultRef.current : previewRef.current;
    if (element) {
      element.focus();
      focusAfter.current = null;
    }
  });

  const commit = async () => {
    focusAfter.current = "result";
    await planned.commit();
  };
  const discard = () => {
    focusAfter.current = "preview";
    planned.discard();
  };

  return {
    checked,
    fixable,
    groups,
    ticked,
    tick,
    selected,
    errors,
    rows,
    preview,
    select,
    lang,
    resultRef,
    previewRef,
    ...planned,
    commit,
    discard,
    ...useShowMore(),
  };
}

export type FixViewState = ReturnType<typeof useFixView>;

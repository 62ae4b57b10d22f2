/**
 * State of the 読み方 view: a draft reading (core's `assign` over the user's selection), applied to the
 * session's reading as soon as it reads a table (the findings update at once), saved in the workbook by
 * 保存, removed by 元に戻す. The pane computes nothing: drafts and readings are core's (core/layout).
 */
import { useState } from "react";
import {
  assign,
  colouredRanges,
  readingColours,
  bandChoiceIndex,
  bandChoices,
  draftOf,
  emptyDraft,
  parseRangeA1,
  rangesOverlap,
  tableOfDraft,
  type Assignment,
  type KpiLayout,
  type ColouredRange,
  type LayoutBands,
  type LayoutDraft,
  type TableLayout,
} from "../../../core";
import type { UiMessageKey } from "../../../core/i18n";
import { useSession } from "../../session/session";
import { statusBands } from "../../settings/settings";
import { usePlannedChange } from "../common/usePlannedChange";

export type Notice = Extract<
  UiMessageKey,
  "ui.layout.saved" | "ui.layout.removed" | "ui.layout.periodsNotALine"
>;

export interface LayoutViewState {
  readonly checked: boolean;
  /** Each table of the last check, and whether a reading named it. */
  readonly tables: readonly { readonly name: string; readonly given: boolean }[];
  readonly draft: LayoutDraft | null;
  /** The draft reads a table (it has periods and a role). */
  readonly complete: boolean;
  /**
   * The band schemes to choose from (core's `bandChoices`: the settings', the workbook's legends, known
   * schemes), and the draft's own when it is none of them (a reading written in a file).
   */
  readonly bandChoices: readonly LayoutBands[];
  readonly notice: Notice | null;
  /** The ranges the session's reading colours on the sheet (empty without a reading). */
  readonly coloured: readonly ColouredRange[];
  /** The colouring waiting in preview (written only by `planned.commit`, undone like any write). */
  readonly planned: ReturnType<typeof usePlannedChange>;
  colour(label: string): void;
  readonly busy: boolean;
  say(what: Assignment): Promise<void>;
  save(): Promise<void>;
  remove(): Promise<void>;
}

function overlaps(a: string, b: string): boolean {
  const x = parseRangeA1(a);
  const y = parseRangeA1(b);
  return x !== null && y !== null && rangesOverlap(x, y);
}

/** The session's reading with `table` in place of the readings of the same sheet it overlaps. */
function withTable(layout: KpiLayout | null, table: TableLayout): KpiLayout {
  const others = (layout?.tables ?? []).filter(
    (t) => t.sheet !== table.sheet || !overlaps(t.range, table.range),
  );
  return { version: 1, tables: [...others, table] };
}

export function useLayoutView(): LayoutViewState {
  const session = useSession();
  const { check, layout } = session;
  const [draft, setDraft] = useState<LayoutDraft | null>(null);
  const [complete, setComplete] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const grids = check.phase === "done" ? check.grids : [];
  const given = layout?.tables ?? [];
  const tables =
    check.phase === "done"
      ? check.report.tables.map((t) => ({
          name: `${t.sheet}!${t.range}`,
          given: given.some((g) => g.sheet === t.sheet && g.range === t.range),
        }))
      : [];

  /** The draft of the sheet where the selection is: the one being made, else that sheet's given reading. */
  function startingDraft(sheet: string, address: string): LayoutDraft {
    if (draft?.sheet === sheet) return draft;
    const known = given.find((t) => t.sheet === sheet && overlaps(t.range, address));
    return (known === undefined ? null : draftOf(known)) ?? emptyDraft(sheet);
  }

  async function say(what: Assignment): Promise<void> {
    setNotice(null);
    setBusy(true);
    try {
      const selection = await session.guard(() => session.port.selection());
      const range = selection === undefined ? null : parseRangeA1(selection.address);
      if (selection === undefined || range === null) return;
      const next = assign(startingDraft(selection.sheet, selection.address), what, range);
      if (next === "periods-not-a-line") {
        setNotice("ui.layout.periodsNotALine");
        return;
      }
      setDraft(next);
      const grid =
        grids.find((g) => g.sheet === next.sheet) ??
        (await session.guard(() => session.port.readSheet(next.sheet)));
      const table = grid === undefined ? null : tableOfDraft(next, grid);
      setComplete(table !== null);
      if (table !== null) await session.setLayout(withTable(layout, table));
    } finally {
      setBusy(false);
    }
  }

  async function save(): Promise<void> {
    setBusy(true);
    if (await session.saveLayout()) setNotice("ui.layout.saved");
    setBusy(false);
  }

  async function remove(): Promise<void> {
    setBusy(true);
    if (await session.removeLayout()) {
      setDraft(null);
      setComplete(false);
      setNotice("ui.layout.removed");
    }
    setBusy(false);
  }

  const planned = usePlannedChange();
  const coloured = (layout?.tables ?? []).flatMap(colouredRanges);
  const colour = (label: string) => planned.plan(readingColours(coloured, label));

  const legends = check.phase === "done" ? check.report.tables.flatMap((t) => t.legend ?? []) : [];
  const choices = bandChoices(statusBands(session.settings), legends);
  if (draft?.bands !== undefined && bandChoiceIndex(choices, draft.bands) < 0) choices.push(draft.bands);

  // A check running again after a change keeps the view: only a pane that never checked has nothing to read.
  const checked = check.phase !== "idle" && check.phase !== "cancelled";
  return {
    checked,
    tables,
    draft,
    complete,
    bandChoices: choices,
    notice,
    coloured,
    planned,
    colour,
    busy,
    say,
    save,
    remove,
  };
}

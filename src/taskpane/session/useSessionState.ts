/**
 * The pane's session: the last check (grids, report, progress), the settings, the undo history and the
 * message shown to the user. Every workbook access goes through the port; every error lands in `error`.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { describeSettingsProblems, layoutText, readLayoutText, type KpiLayout } from "../../core";
import type { Grid } from "../../core/grid";
import type { ChangeSet, UndoToken, WorkbookPort } from "../../workbook/port";
import type { Lang } from "../app/i18n";
import { isAbortError, type Checker } from "../checking/checker";
import type { PaneReport } from "../checking/report";
import type { CheckProgress } from "../checking/runCheck";
import { DEFAULT_PANE_SETTINGS, readSettings, type PaneSettings } from "../settings/settings";

export type Scope = "sheet" | "workbook";

/** The benchmark reads each check (read, checker, report on screen) as this performance measure. */
export const CHECK_MEASURE = "kpi-check";
const CHECK_START_MARK = "kpi-check-start";

export type CheckState =
  | { phase: "idle" }
  | { phase: "reading" }
  | { phase: "running"; progress: CheckProgress }
  | { phase: "cancelled" }
  | { phase: "done"; report: PaneReport; grids: Grid[] };

export interface Session {
  port: WorkbookPort;
  lang: Lang;
  scope: Scope;
  setScope(scope: Scope): void;
  check: CheckState;
  runCheck(): Promise<void>;
  cancelCheck(): void;
  settings: PaneSettings;
  saveSettings(settings: PaneSettings): Promise<boolean>;
  history: UndoToken[];
  /** Applies a change set, records its undo token and checks again; `null` when it failed (error shown). */
  apply(changes: ChangeSet): Promise<UndoToken | null>;
  /** Undoes `token` and every later apply (newest first); false when one failed (error shown). */
  /**
   * Undoes `token` (and the later ones); `null` when it failed (error shown), else how many items could no
   * longer be restored (deleted or replaced in the workbook since; listed by the port, 0 usually).
   */
  undo(token: UndoToken): Promise<number | null>;
  /** The reading the checks use for the tables it names: the workbook's saved one, or one being edited. */
  layout: KpiLayout | null;
  /** Uses `layout` from the next check on (and checks again when there is a report): not saved yet. */
  setLayout(layout: KpiLayout | null): Promise<void>;
  /** Saves the current reading in the workbook (its custom XML part); false when it failed (error shown). */
  saveLayout(): Promise<boolean>;
  /** Removes the saved reading (元に戻す): tables are detected again. */
  removeLayout(): Promise<boolean>;
  error: unknown;
  clearError(): void;
  /** Runs `action`, showing what it throws; resolves to `undefined` on failure. */
  guard<T>(action: () => Promise<T>): Promise<T | undefined>;
}

/** `officeLang` is Office's display language; the settings may override it. */
export function useSessionState(port: WorkbookPort, checker: Checker, officeLang: Lang): Session {
  const [scope, setScope] = useState<Scope>("sheet");
  const [check, setCheck] = useState<CheckState>({ phase: "idle" });
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_PANE_SETTINGS);
  const [history, setHistory] = useState<UndoToken[]>([]);
  const [error, setError] = useState<unknown>(null);
  const running = useRef<AbortController | null>(null);
  const lang = settings.language === "auto" ? officeLang : settings.language;
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const [layout, setLayoutState] = useState<KpiLayout | null>(null);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  const guard = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await action();
    } catch (e) {
      setError(e);
      return undefined;
    }
  }, []);

  useEffect(() => {
    void guard(async () => {
      const [saved, tokens, savedLayout] = await Promise.all([
        port.loadSettings(),
        port.undoHistory(),
        port.loadLayout(),
      ]);
      setSettings(readSettings(saved));
      setHistory(tokens);
      if (savedLayout !== null) {
        // A saved reading that no longer reads (edited by hand) is shown as an error, never half used.
        const reading = readLayoutText(savedLayout);
        if (!reading.ok) throw new Error(describeSettingsProblems(reading.problems, officeLang));
        setLayoutState(reading.layout);
        layoutRef.current = reading.layout;
      }
    });
  }, [port, guard, officeLang]);

  const runCheck = useCallback(async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setError(null);
    setCheck({ phase: "reading" });
    performance.mark?.(CHECK_START_MARK);
    try {
      const sheets = scope === "sheet" ? [await port.activeSheet()] : await port.listSheets();
      const grids: Grid[] = [];
      for (const sheet of sheets) grids.push(await port.readSheet(sheet));
      if (controller.signal.aborted) return;
      setCheck({ phase: "running", progress: { done: 0, total: grids.length } });
      const report = await checker.check(
        { grids, settings: settingsRef.current, lang, layout: layoutRef.current ?? undefined },
        (progress) => {
          if (!controller.signal.aborted) setCheck({ phase: "running", progress });
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      setCheck({ phase: "done", report, grids });
    } catch (e) {
      if (isAbortError(e)) return;
      setCheck({ phase: "idle" });
      setError(e);
    } finally {
      if (running.current === controller) running.current = null;
    }
  }, [port, checker, lang, scope]);

  // Measured once the report is on screen (committed), not when it arrives.
  useEffect(() => {
    if (check.phase !== "done") return;
    try {
      performance.measure?.(CHECK_MEASURE, CHECK_START_MARK);
    } catch {
      // A metric never breaks the pane (the start mark may have been cleared by whoever reads them).
    }
  }, [check]);

  const cancelCheck = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setCheck({ phase: "cancelled" });
  }, []);

  const recheckIfChecked = useCallback(async () => {
    if (check.phase === "done") await runCheck();
  }, [check.phase, runCheck]);

  const apply = useCallback(
    async (changes: ChangeSet) => {
      const token = await guard(() => port.apply(changes));
      if (!token) return null;
      setHistory((h) => [...h, token]);
      await recheckIfChecked();
      return token;
    },
    [port, guard, recheckIfChecked],
  );

  /** Undoes `token` and, newest first, every apply made after it: cells they share are restored exactly. */
  const undo = useCallback(
    async (token: UndoToken) => {
      const index = history.findIndex((t) => t.id === token.id);
      if (index < 0) return null;
      const tokens = history.slice(index).reverse();
      const undone: string[] = [];
      let notRestored = 0;
      await guard(async () => {
        for (const t of tokens) {
          notRestored += (await port.undo(t)).notRestored.length;
          undone.push(t.id);
        }
      });
      setHistory((h) => h.filter((t) => !undone.includes(t.id)));
      await recheckIfChecked();
      return undone.length === tokens.length ? notRestored : null;
    },
    [port, guard, history, recheckIfChecked],
  );

  const saveSettings = useCallback(
    async (next: PaneSettings) => {
      const saved = await guard(async () => {
        await port.saveSettings(next);
        return true;
      });
      if (saved) setSettings(next);
      return saved === true;
    },
    [port, guard],
  );

  const setLayout = useCallback(
    async (next: KpiLayout | null) => {
      setLayoutState(next);
      layoutRef.current = next;
      await recheckIfChecked();
    },
    [recheckIfChecked],
  );

  const saveLayout = useCallback(async () => {
    const current = layoutRef.current;
    const saved = await guard(async () => {
      if (current === null) await port.removeLayout();
      else await port.saveLayout(layoutText(current));
      return true;
    });
    return saved === true;
  }, [port, guard]);

  const removeLayout = useCallback(async () => {
    const removed = await guard(async () => {
      await port.removeLayout();
      return true;
    });
    if (removed) await setLayout(null);
    return removed === true;
  }, [port, guard, setLayout]);

  return {
    port,
    layout,
    setLayout,
    saveLayout,
    removeLayout,
    lang,
    scope,
    setScope,
    check,
    runCheck,
    cancelCheck,
    settings,
    saveSettings,
    history,
    apply,
    undo,
    error,
    clearError: useCallback(() => setError(null), []),
    guard,
  };
}

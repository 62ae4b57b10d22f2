/**
 * The task pane application. It gets its workbook (a WorkbookPort), its checker, Office's display
 * language and theme from the host page: Excel (../index.tsx) or the preview (src/preview).
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { Checker } from "../checking/checker";
import type { PaneReport } from "../checking/report";
import { SessionProvider } from "../session/session";
import { useSessionState } from "../session/useSessionState";
import { LangProvider, type Lang } from "./i18n";
import { Shell } from "./shell/Shell";

export interface AppProps {
  port: WorkbookPort;
  checker: Checker;
  /** Office's display language. */
  lang: Lang;
  theme: "light" | "dark";
  initialView?: string;
  /** Told the findings of every finished check (the preview highlights their cells). */
  onReport?: (report: PaneReport | null) => void;
}

/** Marked once, when the pane first shows: the benchmark reads it with performance.getEntriesByName. */
export const FIRST_RENDER_MARK = "kpi-first-render";
let firstRenderMarked = false;

export function App({ port, checker, lang: officeLang, theme, initialView, onReport }: AppProps) {
  const session = useSessionState(port, checker, officeLang);
  const { check } = session;
  useEffect(() => {
    onReport?.(check.phase === "done" ? check.report : null);
  }, [check, onReport]);
  useEffect(() => {
    if (firstRenderMarked || typeof performance?.mark !== "function") return;
    firstRenderMarked = true;
    performance.mark(FIRST_RENDER_MARK);
  }, []);
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={session.lang}>
      <LangProvider lang={session.lang}>
        <SessionProvider session={session}>
          <Shell initialView={initialView} />
        </SessionProvider>
      </LangProvider>
    </FluentProvider>
  );
}

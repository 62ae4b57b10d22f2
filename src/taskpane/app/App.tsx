/**
 * The task pane application. It gets its workbook (a WorkbookPort), its check engine, Office's display
 * language and theme from the host page: Excel (../index.tsx) or the preview (src/preview).
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { CheckEngine } from "../engine/engine";
import { SessionProvider } from "../session/session";
import { useSessionState } from "../session/useSessionState";
import { LangProvider, type Lang } from "./i18n";
import { Shell } from "./shell/Shell";

export interface AppProps {
  port: WorkbookPort;
  engine: CheckEngine;
  /** Office's display language. */
  lang: Lang;
  theme: "light" | "dark";
  initialView?: string;
}

/** Marked once, when the pane first shows: the benchmark reads it with performance.getEntriesByName. */
export const FIRST_RENDER_MARK = "kpi-first-render";

export function App({ port, engine, lang: officeLang, theme, initialView }: AppProps) {
  const session = useSessionState(port, engine, officeLang);
  useEffect(() => {
    if (performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) performance.mark(FIRST_RENDER_MARK);
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

/** The pane's frame: title, view tabs, the open view, errors and the undo history. */
import { Tab, TabList } from "@fluentui/react-components";
import { useSession } from "../../session/session";
import { UndoPanel } from "../../views/undo/UndoPanel";
import { ErrorBoundary } from "../ErrorBoundary";
import { ErrorNotice } from "../ErrorNotice";
import { useT } from "../i18n";
import { useShell } from "./useShell";
import { useShellStyles } from "./useShellStyles";

export function Shell({ initialView }: { initialView?: string }) {
  const { view, views, selectView } = useShell(initialView);
  const { error, clearError } = useSession();
  const { t } = useT();
  const styles = useShellStyles();
  const { Component } = view;
  return (
    <main className={styles.root} aria-labelledby="kpi-title">
      <h1 id="kpi-title" className={styles.title}>
        {t("ui.app.title")}
      </h1>
      <TabList
        className={styles.tabs}
        selectedValue={view.id}
        onTabSelect={(_, data) => selectView(String(data.value))}
        aria-label={t("ui.app.views")}
        size="small"
      >
        {views.map((v) => (
          <Tab key={v.id} value={v.id} id={`kpi-tab-${v.id}`} aria-controls="kpi-panel">
            {t(v.title)}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id="kpi-panel" aria-labelledby={`kpi-tab-${view.id}`}>
        {error !== null && <ErrorNotice error={error} onDismiss={clearError} />}
        <ErrorBoundary key={view.id}>
          <Component />
        </ErrorBoundary>
        <UndoPanel />
      </div>
    </main>
  );
}

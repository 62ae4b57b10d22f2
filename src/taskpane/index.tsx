/**
 * The task pane in Excel: once Office is ready, the app runs over the Office.js adapter (Excel.run) with
 * the checker in a Web Worker, in Office's display language and theme.
 */
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../workbook/office";
import { App } from "./app/App";
import { langFromLocale, translator } from "./app/i18n";
import { themeFromBackground } from "./app/theme";
import { createWorkerChecker } from "./checking/workerChecker";

const root = createRoot(document.getElementById("root") as HTMLElement);

if (typeof Office === "undefined") {
  // office.js could not be loaded (offline, blocked): say so instead of showing a blank pane.
  const lang = langFromLocale(navigator.language);
  root.render(<p role="alert">{translator(lang)("ui.app.officeMissing")}</p>);
} else {
  void Office.onReady(() => {
    root.render(
      <App
        port={new OfficeWorkbook()}
        checker={createWorkerChecker()}
        lang={langFromLocale(Office.context.displayLanguage)}
        theme={themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor)}
      />,
    );
  });
}

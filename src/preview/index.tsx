/**
 * The preview page (npm run preview): the task pane over the fake Excel object model, no Office, no
 * request to any other host. `?lang=en` stands for an English Office, `?theme=dark` for a dark theme,
 * `?sample=NAME` picks a bundled sample, `?pane` shows the pane alone, as wide as the window (as in Excel).
 */
import { createRoot } from "react-dom/client";
import { langFromLocale } from "../taskpane/app/i18n";
import { createWorkerChecker } from "../taskpane/checking/workerChecker";
import { PreviewPage } from "./PreviewPage";

const params = new URLSearchParams(location.search);
const lang = langFromLocale(params.get("lang") ?? "ja");
document.documentElement.lang = lang;
createRoot(document.getElementById("root") as HTMLElement).render(
  <PreviewPage
    lang={lang}
    theme={params.get("theme") === "dark" ? "dark" : "light"}
    sample={params.get("sample")}
    paneOnly={params.has("pane")}
    checker={createWorkerChecker()}
  />,
);

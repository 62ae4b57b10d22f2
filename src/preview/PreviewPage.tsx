/** The preview: the real task pane next to a rendering of the workbook it works on. */
import {
  Button,
  Field,
  FluentProvider,
  makeStyles,
  Select,
  Spinner,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { App } from "../taskpane/app/App";
import { ErrorNotice } from "../taskpane/app/ErrorNotice";
import { LangProvider, useT, type Lang } from "../taskpane/app/i18n";
import type { Checker } from "../taskpane/checking/checker";
import { SheetView } from "./SheetView";
import { usePreview } from "./usePreview";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    gap: tokens.spacingHorizontalL,
    alignItems: "end",
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    alignSelf: "center",
  },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  workbook: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    gap: tokens.spacingVerticalXS,
  },
  tabs: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface PreviewPageProps {
  lang: Lang;
  theme: "light" | "dark";
  sample: string | null;
  checker: Checker;
  /** The pane alone, as wide as the window, as Excel shows it (no workbook beside it). */
  paneOnly?: boolean;
}

export function PreviewPage(props: PreviewPageProps) {
  return (
    <FluentProvider theme={props.theme === "dark" ? webDarkTheme : webLightTheme} lang={props.lang}>
      <LangProvider lang={props.lang}>
        <PreviewBody {...props} />
      </LangProvider>
    </FluentProvider>
  );
}

function PreviewBody({ lang, theme, sample, checker, paneOnly }: PreviewPageProps) {
  const styles = useStyles();
  const { t } = useT();
  const preview = usePreview(sample);
  const { workbook, activeSheet } = preview;
  const pane = (
    <App
      key={workbook.id}
      port={workbook.wb.port}
      checker={checker}
      lang={lang}
      theme={theme}
      onReport={preview.setReport}
    />
  );
  if (paneOnly) return pane;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("ui.preview.title")}</h1>
        <Field label={t("ui.preview.sample")}>
          <Select
            value={workbook.name ?? ""}
            onChange={(_, data) => void preview.openSample(data.value)}
            disabled={preview.samples.length === 0}
          >
            {workbook.name !== null && !preview.samples.includes(workbook.name) && (
              <option value={workbook.name}>{workbook.name}</option>
            )}
            {preview.samples.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.file}>
          <label htmlFor="kpi-preview-file">{t("ui.preview.open")}</label>
          <input
            id="kpi-preview-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void preview.openFile(file);
            }}
          />
        </div>
        <Button onClick={preview.reopenPane}>{t("ui.preview.reopenPane")}</Button>
        {preview.loading && <Spinner size="tiny" label={t("ui.preview.loading")} />}
      </header>
      <div className={styles.body}>
        <section className={styles.workbook} aria-label={t("ui.preview.workbook")}>
          {preview.error !== null && <ErrorNotice error={preview.error} onDismiss={preview.clearError} />}
          <div className={styles.tabs} role="group" aria-label={t("ui.preview.sheets")}>
            {workbook.wb.fake.state.sheets.map((sheet) => (
              <Button
                key={sheet.name}
                size="small"
                appearance={sheet === activeSheet ? "primary" : "secondary"}
                aria-pressed={sheet === activeSheet}
                onClick={() => preview.showSheet(sheet.name)}
              >
                {sheet.name}
              </Button>
            ))}
          </div>
          {activeSheet ? (
            <SheetView
              fake={workbook.wb.fake}
              sheet={activeSheet}
              findings={preview.findings}
              version={preview.version}
              onSelect={preview.select}
            />
          ) : (
            !preview.loading && <Text>{t("ui.check.empty")}</Text>
          )}
        </section>
        {/* The pane is the page's <main>, as in Excel: no landmark around it. */}
        <div className={styles.pane}>{pane}</div>
      </div>
    </div>
  );
}

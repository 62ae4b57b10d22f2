/** The check view: scope, run/cancel with progress, the empty state and the grouped findings. */
import { Button, Field, ProgressBar, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { Translate } from "../../app/i18n";
import type { PaneFinding } from "../../checking/report";
import { EmptyState } from "../common/EmptyState";
import { findingMessage } from "../common/findingMessage";
import { ShowMore } from "../common/ShowMore";
import { indicatorCount, type TableGroup } from "./groupFindings";
import type { CheckViewState } from "./useCheckView";
import { useCheckViewStyles } from "./useCheckViewStyles";

type Styles = ReturnType<typeof useCheckViewStyles>;

export function renderCheckView(state: CheckViewState, t: Translate, styles: Styles) {
  const { check, scope, setScope, runCheck, cancelCheck } = state;
  const busy = check.phase === "reading" || check.phase === "running";
  return (
    <>
      <div className={styles.controls}>
        <RadioGroup
          value={scope}
          onChange={(_, data) => setScope(data.value === "workbook" ? "workbook" : "sheet")}
          aria-label={t("ui.scope.label")}
          layout="horizontal"
        >
          <Radio value="sheet" label={t("ui.scope.sheet")} />
          <Radio value="workbook" label={t("ui.scope.workbook")} />
        </RadioGroup>
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void runCheck()} disabled={busy}>
            {t("ui.check.run")}
          </Button>
          {busy && <Button onClick={cancelCheck}>{t("ui.check.cancel")}</Button>}
        </div>
      </div>
      {busy && renderProgress(state, t)}
      {check.phase === "idle" && <Text>{t("ui.check.notRun")}</Text>}
      {check.phase === "cancelled" && <Text role="status">{t("ui.check.cancelled")}</Text>}
      {check.phase === "done" && renderResults(state, t, styles)}
    </>
  );
}

function renderProgress({ check }: CheckViewState, t: Translate) {
  const progress = check.phase === "running" ? check.progress : null;
  const label = progress ? t("ui.check.progress", { ...progress }) : t("ui.check.reading");
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar
        value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
        aria-label={label}
      />
    </Field>
  );
}

function renderResults(state: CheckViewState, t: Translate, styles: Styles) {
  if (state.check.phase !== "done") return null;
  const { report } = state.check;
  const counts = { tables: report.tables.length, indicators: indicatorCount(report) };
  if (report.tables.length === 0 && report.findings.length === 0) {
    return (
      <EmptyState
        title={t(state.scope === "sheet" ? "ui.check.empty" : "ui.check.emptyWorkbook")}
        hint={t("ui.check.emptyHint")}
      />
    );
  }
  // A table to fill (a new template) is named as such, not as "no problems" over 0 indicators.
  if (report.findings.length === 0)
    return <Text role="status">{state.toFill ?? t("ui.check.clean", counts)}</Text>;
  return (
    <>
      {state.toFill !== null && <Text>{state.toFill}</Text>}
      <Text role="status" weight="semibold">
        {t("ui.check.totals", { ...counts, findings: report.findings.length })}
      </Text>
      {state.groups.map((group) => renderGroup(group, state, t, styles))}
    </>
  );
}

function groupTitle(group: TableGroup, t: Translate): string {
  return group.table
    ? t("ui.check.table", { sheet: group.sheet, range: group.table.range, layout: group.table.layout })
    : t("ui.check.sheetLevel", { sheet: group.sheet });
}

function renderGroup(group: TableGroup, state: CheckViewState, t: Translate, styles: Styles) {
  const headingId = `kpi-group-${group.key.replace(/[^\w-]/g, "_")}`;
  return (
    <section key={group.key} className={styles.group} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {groupTitle(group, t)} — {t("ui.check.findingCount", { count: group.count })}
      </h2>
      {group.table && <Text size={200}>{group.table.reading}</Text>}
      {group.severities.map(({ severity, findings }) => {
        const key = `${group.key}|${severity}`;
        const limit = state.limit(key);
        return (
          <div key={severity}>
            <h3 className={`${styles.subheading} ${styles[severity]}`}>
              {t(`ui.severity.${severity}`)} ({findings.length})
            </h3>
            <ul className={styles.list}>
              {findings.slice(0, limit).map((finding) => (
                <li key={finding.id}>{renderFinding(finding, state, t, styles)}</li>
              ))}
            </ul>
            <ShowMore hidden={findings.length - limit} onClick={() => state.more(key)} />
          </div>
        );
      })}
    </section>
  );
}

function renderFinding(finding: PaneFinding, state: CheckViewState, t: Translate, styles: Styles) {
  const values = [
    finding.found !== undefined ? t("ui.check.found", { value: finding.found }) : null,
    finding.expected !== undefined ? t("ui.check.expected", { value: finding.expected }) : null,
    finding.fix ? t("ui.check.fixable") : null,
  ].filter((v): v is string => v !== null);
  return (
    <Button
      appearance="subtle"
      className={styles.finding}
      onClick={() => state.select(finding)}
      title={t("ui.check.select", { cell: finding.cell })}
    >
      <span className={styles.cell}>{finding.cell}</span>
      <span>{findingMessage(finding, state.lang)}</span>
      {values.length > 0 && <span className={styles.values}>{values.join(" / ")}</span>}
    </Button>
  );
}

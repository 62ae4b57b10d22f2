/** The check view: scope, run/cancel with progress, the empty state and the grouped findings. */
import { Button, Field, ProgressBar, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { Translate } from "../../app/i18n";
import type { PaneFinding } from "../../checking/report";
import { EmptyState } from "../common/EmptyState";
import { findingMessage } from "../common/findingMessage";
import { ShowMore } from "../common/ShowMore";
import { message } from "../../../core/i18n";
import { ChangePreview } from "../common/ChangePreview";
import { indicatorCount, type KindGroup, type TableGroup } from "./groupFindings";
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
          <Button appearance="primary" onClick={() => void runCheck()} disabled={busy} data-check-run>
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
    return (
      <div ref={state.listRef}>
        <Text role="status" data-verdict tabIndex={-1}>
          {state.toFill ?? t("ui.check.clean", counts)}
        </Text>
      </div>
    );
  const verdict = state.verdict;
  return (
    <div ref={state.listRef} className={styles.results}>
      {state.toFill !== null && <Text>{state.toFill}</Text>}
      {verdict && (
        <Text
          role="status"
          weight="semibold"
          data-verdict
          tabIndex={-1}
          className={verdict.submittable ? styles.verdictOk : styles.verdictBlocked}
        >
          {message(verdict.code, state.lang, verdict.params)}
        </Text>
      )}
      <Text size={200}>{t("ui.check.totals", { ...counts, findings: report.findings.length })}</Text>
      {state.groups.map((group) => renderKind(group, state, t, styles))}
    </div>
  );
}

function tableTitle(group: TableGroup, t: Translate): string {
  return group.table
    ? t("ui.check.table", { sheet: group.sheet, range: group.table.range, layout: group.table.layout })
    : t("ui.check.sheetLevel", { sheet: group.sheet });
}

function renderKind(group: KindGroup, state: CheckViewState, t: Translate, styles: Styles) {
  const headingId = `kpi-kind-${group.kind}`;
  const advice = group.kind === "advice";
  const heading = t("ui.check.kindCount", {
    kind: message(`rules.kind.${group.kind}`, state.lang),
    count: group.count,
  });
  return (
    <section key={group.kind} className={styles.group} aria-labelledby={headingId}>
      <h2 id={headingId} className={`${styles.heading} ${styles[group.kind]}`}>
        {advice ? (
          <Button
            appearance="transparent"
            className={styles.toggle}
            aria-expanded={state.adviceOpen}
            onClick={state.toggleAdvice}
          >
            {heading} {t(state.adviceOpen ? "ui.check.adviceHide" : "ui.check.adviceShow")}
          </Button>
        ) : (
          heading
        )}
      </h2>
      {(!advice || state.adviceOpen) &&
        group.tables.map((table) => {
          const key = `${group.kind}|${table.key}`;
          const limit = state.limit(key);
          return (
            <div key={table.key}>
              <h3 className={styles.subheading}>{tableTitle(table, t)}</h3>
              {table.table && <Text size={200}>{table.table.reading}</Text>}
              <ul className={styles.list}>
                {table.findings.slice(0, limit).map((finding) => (
                  <li key={finding.id}>{renderFinding(finding, state, t, styles)}</li>
                ))}
              </ul>
              <ShowMore hidden={table.findings.length - limit} onClick={() => state.more(key)} />
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
  ].filter((v): v is string => v !== null);
  const fixing = state.fixing === finding.id;
  return (
    <>
      <div className={styles.item}>
        <Button
          appearance="subtle"
          className={styles.finding}
          onClick={() => state.select(finding)}
          title={t("ui.check.select", { cell: finding.cell })}
          data-finding-select
        >
          <span className={styles.cell}>{finding.cell}</span>
          <span>{findingMessage(finding, state.lang)}</span>
          {values.length > 0 && <span className={styles.values}>{values.join(" / ")}</span>}
        </Button>
        {finding.fix && !fixing && (
          <Button
            size="small"
            className={styles.fixButton}
            onClick={() => state.previewFix(finding)}
            aria-label={t("ui.check.fixOne", { cell: finding.cell })}
          >
            {t("ui.check.fix")}
          </Button>
        )}
      </div>
      {fixing && (
        <ChangePreview
          rows={state.rows}
          busy={state.fixBusy}
          onApply={() => void state.applyFix()}
          onDiscard={state.discardFix}
        />
      )}
    </>
  );
}

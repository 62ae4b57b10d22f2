/**
 * The 集約 view: pick the returned files, see per file what would be merged, every cell to fill and every
 * conflict (both values side by side) with a tick box, the indicators that cannot be merged and why;
 * apply the ticked rows in one batch (undoable), then the check runs.
 */
import { Button, Checkbox, Text } from "@fluentui/react-components";
import { message, type Lang } from "../../../core/i18n";
import type { Translate } from "../../app/i18n";
import { ShowMore } from "../common/ShowMore";
import type { FileCount, MergeRow } from "./mergeRows";
import type { ConsolidateViewState } from "./useConsolidateView";
import type { useConsolidateViewStyles } from "./useConsolidateViewStyles";

type Styles = ReturnType<typeof useConsolidateViewStyles>;

/** `産業振興課.xlsx` → `産業振興課`: the department the file came from. */
function fileTitle(file: string): string {
  return file.replace(/\.xlsx$/i, "");
}

function countLine(count: FileCount, t: Translate): string {
  const params = { ...count, file: fileTitle(count.file) };
  return t(count.unmatched > 0 ? "ui.consolidate.fileLineUnmatched" : "ui.consolidate.fileLine", params);
}

function place(row: MergeRow): string {
  return [row.cell, row.indicator, row.period ?? ""].filter((part) => part !== "").join(" ");
}

function shownOrEmpty(text: string, t: Translate): string {
  return text === "" ? t("ui.fix.empty") : text;
}

function fillItem(row: MergeRow, state: ConsolidateViewState, t: Translate, styles: Styles) {
  const label = `${place(row)}: ${shownOrEmpty(row.master, t)} → ${row.returned}`;
  return (
    <li key={row.key}>
      <Checkbox
        className={styles.place}
        checked={state.ticked.has(row.key)}
        onChange={(_, data) => state.toggle(row.key, data.checked === true)}
        label={label}
      />
    </li>
  );
}

function conflictItem(row: MergeRow, state: ConsolidateViewState, t: Translate, lang: Lang, styles: Styles) {
  const reason = row.reason === null ? "" : message(`merge.reason.${row.reason}`, lang);
  return (
    <li key={row.key} className={styles.conflict}>
      <Text block className={styles.place}>
        {t("ui.consolidate.conflict", { place: place(row), reason })}
      </Text>
      <div className={styles.sides}>
        <div className={styles.side}>
          <span className={styles.sideLabel}>{t("ui.consolidate.master")}</span>
          <span>{shownOrEmpty(row.master, t)}</span>
        </div>
        <div className={styles.side}>
          <span className={styles.sideLabel}>
            {t("ui.consolidate.returned", { file: fileTitle(row.file) })}
          </span>
          <span>{shownOrEmpty(row.returned, t)}</span>
        </div>
      </div>
      {row.choosable && (
        <Checkbox
          checked={state.ticked.has(row.key)}
          onChange={(_, data) => state.toggle(row.key, data.checked === true)}
          label={t("ui.consolidate.take")}
          aria-label={`${t("ui.consolidate.take")}: ${place(row)}`}
        />
      )}
    </li>
  );
}

function renderPreview(state: ConsolidateViewState, t: Translate, lang: Lang, styles: Styles) {
  const { preview } = state;
  if (!preview) return null;
  const fills = preview.rows.filter((row) => row.reason === null);
  const conflicts = preview.rows.filter((row) => row.reason !== null);
  const chosen = preview.rows.filter((row) => row.choosable && state.ticked.has(row.key)).length;
  return (
    <>
      <div role="status" ref={state.focusRef} tabIndex={-1}>
        <ul className={styles.list}>
          {state.counts.map((count) => (
            <li key={count.file}>{countLine(count, t)}</li>
          ))}
          {preview.unreadable.map(({ file, problem }) => (
            <li key={file}>{t("ui.consolidate.unreadable", { file: fileTitle(file), problem })}</li>
          ))}
        </ul>
      </div>
      {preview.rows.length === 0 && (
        <Text>{t(preview.noMaster ? "ui.consolidate.noMaster" : "ui.consolidate.nothing")}</Text>
      )}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={t("ui.consolidate.label")}>
        {fills.length > 0 && (
          <section aria-labelledby="kpi-consolidate-fill">
            <h2 id="kpi-consolidate-fill" className={styles.heading}>
              {t("ui.consolidate.fill", { count: fills.length })}
            </h2>
            {preview.files.map((file) => {
              const own = fills.filter((row) => row.file === file);
              const key = `fill:${file}`;
              return (
                own.length > 0 && (
                  <div key={file}>
                    <ul className={styles.list} aria-label={fileTitle(file)}>
                      {own.slice(0, state.limit(key)).map((row) => fillItem(row, state, t, styles))}
                    </ul>
                    <ShowMore hidden={own.length - state.limit(key)} onClick={() => state.more(key)} />
                  </div>
                )
              );
            })}
          </section>
        )}
        {conflicts.length > 0 && (
          <section aria-labelledby="kpi-consolidate-conflicts">
            <h2 id="kpi-consolidate-conflicts" className={styles.heading}>
              {t("ui.consolidate.conflicts", { count: conflicts.length })}
            </h2>
            <ul className={styles.list}>
              {conflicts
                .slice(0, state.limit("conflicts"))
                .map((row) => conflictItem(row, state, t, lang, styles))}
            </ul>
            <ShowMore
              hidden={conflicts.length - state.limit("conflicts")}
              onClick={() => state.more("conflicts")}
            />
          </section>
        )}
        {preview.plan.unmatched.length > 0 && (
          <section aria-labelledby="kpi-consolidate-unmatched">
            <h2 id="kpi-consolidate-unmatched" className={styles.heading}>
              {t("ui.consolidate.unmatched", { count: preview.plan.unmatched.length })}
            </h2>
            <ul className={styles.list}>
              {preview.plan.unmatched.slice(0, state.limit("unmatched")).map((entry, i) => (
                <li key={i}>
                  {t("ui.consolidate.unmatchedLine", {
                    file: fileTitle(entry.file),
                    indicator: entry.indicator,
                    reason: message(`merge.reason.${entry.reason}`, lang),
                  })}
                </li>
              ))}
            </ul>
            <ShowMore
              hidden={preview.plan.unmatched.length - state.limit("unmatched")}
              onClick={() => state.more("unmatched")}
            />
          </section>
        )}
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => void state.commit()}
          disabled={state.busy || chosen === 0}
        >
          {t("ui.fix.apply")}
        </Button>
        <Button onClick={state.discard} disabled={state.busy}>
          {t("ui.fix.discard")}
        </Button>
      </div>
    </>
  );
}

function renderApplied(state: ConsolidateViewState, t: Translate, styles: Styles) {
  const { applied, check } = state;
  if (!applied) return null;
  const findings = check.phase === "done" ? check.report.findings : null;
  return (
    <div role="status" ref={state.focusRef} tabIndex={-1}>
      <Text block weight="semibold">
        {t("ui.consolidate.applied")}
      </Text>
      <ul className={styles.list}>
        {applied.map((count) => (
          <li key={count.file}>{countLine(count, t)}</li>
        ))}
      </ul>
      {findings && (
        <Text block>
          {t("ui.consolidate.checked", {
            errors: findings.filter((f) => f.severity === "error").length,
            warnings: findings.filter((f) => f.severity === "warning").length,
          })}
        </Text>
      )}
    </div>
  );
}

export function renderConsolidateView(state: ConsolidateViewState, t: Translate, lang: Lang, styles: Styles) {
  return (
    <div className={styles.root}>
      <Text>{t("ui.consolidate.intro")}</Text>
      <input
        ref={state.inputRef}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t("ui.consolidate.files")}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          void state.pick(files);
        }}
      />
      <div>
        <Button
          appearance={state.preview ? "secondary" : "primary"}
          onClick={() => state.inputRef.current?.click()}
          disabled={state.reading || state.busy}
        >
          {t("ui.consolidate.pick")}
        </Button>
      </div>
      {state.reading && <Text role="status">{t("ui.consolidate.reading")}</Text>}
      {renderPreview(state, t, lang, styles)}
      {renderApplied(state, t, styles)}
    </div>
  );
}

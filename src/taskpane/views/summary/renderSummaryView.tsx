/** The summary view: a bar per status for the chosen period (drawn with divs), and the insert button. */
import { Button, Field, Select, Text } from "@fluentui/react-components";
import type { Translate } from "../../app/i18n";
import type { SummaryViewState } from "./useSummaryView";
import type { useSummaryViewStyles } from "./useSummaryViewStyles";

export function renderSummaryView(
  state: SummaryViewState,
  t: Translate,
  styles: ReturnType<typeof useSummaryViewStyles>,
) {
  const { periods, period, counts, total } = state;
  if (period === null) return <Text>{t("ui.summary.noData")}</Text>;
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <>
      <Field label={t("ui.summary.period")}>
        <Select value={period} onChange={(_, data) => state.setPeriod(data.value)}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <figure className={styles.figure} aria-labelledby="kpi-summary-caption">
        <figcaption id="kpi-summary-caption" className={styles.caption}>
          {t("ui.summary.chartTitle", { period, total })}
        </figcaption>
        <ul className={styles.bars}>
          {counts.map((c) => (
            <li key={c.label} className={styles.bar}>
              <span className={styles.count}>
                {t("ui.summary.count", { label: c.label, count: c.count, percent: `${c.share}%` })}
              </span>
              <div className={styles.track} aria-hidden="true">
                <div
                  className={styles.fill}
                  style={{ width: `${(c.count / max) * 100}%`, backgroundColor: c.colours.fontColor }}
                />
              </div>
            </li>
          ))}
        </ul>
      </figure>
      {state.notes.map((note) => (
        <Text key={note} size={200} className={styles.note}>
          {note}
        </Text>
      ))}
      <div>
        <Button appearance="primary" onClick={() => void state.insert()} disabled={state.busy || total === 0}>
          {t("ui.summary.insert")}
        </Button>
      </div>
      {state.inserted !== null && (
        <Text role="status" tabIndex={-1} ref={state.insertedRef}>
          {t("ui.summary.inserted", { sheet: state.inserted })}
        </Text>
      )}
    </>
  );
}

/**
 * The fix view: the fixable findings as tick boxes grouped by kind, 「選んだものを修正」 and
 * 「エラーだけ修正」, every cell previewed before → after, applied in one batch.
 */
import { Button, Checkbox, Text } from "@fluentui/react-components";
import type { useFixViewStyles } from "./useFixViewStyles";
import type { Translate } from "../../app/i18n";
import { message } from "../../../core/i18n";
import { ChangePreview } from "../common/ChangePreview";
import { findingMessage } from "../common/findingMessage";
import { ShowMore } from "../common/ShowMore";
import type { FixViewState } from "./useFixView";

export function renderFixView(
  state: FixViewState,
  t: Translate,
  styles: ReturnType<typeof useFixViewStyles>,
) {
  const { checked, fixable, planned, rows, busy, applied } = state;
  if (planned) {
    return (
      <ChangePreview rows={rows} busy={busy} onApply={() => void state.commit()} onDiscard={state.discard} />
    );
  }
  return (
    <>
      {applied !== null && (
        <Text role="status" tabIndex={-1} ref={state.resultRef}>
          {t("ui.fix.applied", { count: applied })}
        </Text>
      )}
      {fixable.length === 0 ? (
        <Text>{t(checked ? "ui.fix.noneAfterCheck" : "ui.fix.none")}</Text>
      ) : (
        <>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              ref={state.previewRef}
              disabled={state.selected.length === 0}
              onClick={() => state.preview(state.selected)}
            >
              {t("ui.fix.previewSelected", { count: state.selected.length })}
            </Button>
            {state.errors.length > 0 && (
              <Button onClick={() => state.preview(state.errors)}>
                {t("ui.fix.previewErrors", { count: state.errors.length })}
              </Button>
            )}
          </div>
          {state.groups.map(({ kind, findings }) => {
            const key = `fix-${kind}`;
            return (
              <fieldset key={kind} className={styles.group}>
                <legend className={styles.legend}>
                  {t("ui.check.kindCount", {
                    kind: message(`rules.kind.${kind}`, state.lang),
                    count: findings.length,
                  })}
                </legend>
                <ul className={styles.list}>
                  {findings.slice(0, state.limit(key)).map((finding) => (
                    <li key={finding.id} className={styles.item}>
                      <Checkbox
                        checked={state.ticked.has(finding.id)}
                        onChange={(_, data) => state.tick(finding, data.checked === true)}
                        label={findingMessage(finding, state.lang)}
                      />
                      <Button
                        size="small"
                        appearance="transparent"
                        className={styles.cell}
                        onClick={() => state.select(finding)}
                        aria-label={t("ui.check.select", { cell: finding.cell })}
                      >
                        {finding.cell}
                      </Button>
                    </li>
                  ))}
                </ul>
                <ShowMore hidden={findings.length - state.limit(key)} onClick={() => state.more(key)} />
              </fieldset>
            );
          })}
        </>
      )}
    </>
  );
}

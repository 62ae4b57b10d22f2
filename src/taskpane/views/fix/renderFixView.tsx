/** The fix view: fix one or all, preview every cell before → after, apply in one batch. */
import { Button, Text } from "@fluentui/react-components";
import type { useFixViewStyles } from "./useFixViewStyles";
import type { Translate } from "../../app/i18n";
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
      {applied !== null && <Text role="status">{t("ui.fix.applied", { count: applied })}</Text>}
      {fixable.length === 0 ? (
        <Text>{t(checked ? "ui.fix.noneAfterCheck" : "ui.fix.none")}</Text>
      ) : (
        <>
          <div>
            <Button appearance="primary" onClick={() => state.preview(fixable)}>
              {t("ui.fix.previewAll", { count: fixable.length })}
            </Button>
          </div>
          <ul className={styles.list}>
            {fixable.slice(0, state.limit("fixable")).map((finding) => (
              <li key={finding.id} className={styles.item}>
                <span>
                  <span className={styles.cell}>{finding.cell}</span>
                  {findingMessage(finding, state.lang)}
                </span>
                <Button
                  size="small"
                  onClick={() => state.preview([finding])}
                  aria-label={`${t("ui.fix.previewOne")}: ${finding.cell}`}
                >
                  {t("ui.fix.previewOne")}
                </Button>
              </li>
            ))}
          </ul>
          <ShowMore hidden={fixable.length - state.limit("fixable")} onClick={() => state.more("fixable")} />
        </>
      )}
    </>
  );
}

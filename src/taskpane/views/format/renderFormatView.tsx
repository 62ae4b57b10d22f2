/** The format view: choose the parts of the standard look, preview the cells, apply. */
import { Button, Checkbox, Text } from "@fluentui/react-components";
import type { UiMessageKey } from "../../../core/i18n";
import type { useFormatViewStyles } from "./useFormatViewStyles";
import type { Translate } from "../../app/i18n";
import { ChangePreview } from "../common/ChangePreview";
import { EmptyState } from "../common/EmptyState";
import type { LookParts } from "../../../core";
import type { FormatViewState } from "./useFormatView";

const PARTS: { part: keyof LookParts; label: UiMessageKey }[] = [
  { part: "numbers", label: "ui.format.numbers" },
  { part: "rates", label: "ui.format.rates" },
  { part: "status", label: "ui.format.status" },
  { part: "borders", label: "ui.format.borders" },
  { part: "freeze", label: "ui.format.freeze" },
  { part: "print", label: "ui.format.print" },
];

export function renderFormatView(
  state: FormatViewState,
  t: Translate,
  styles: ReturnType<typeof useFormatViewStyles>,
) {
  if (!state.checked) return <Text>{t("ui.fix.none")}</Text>;
  if (state.tables.length === 0)
    return <EmptyState title={t("ui.check.empty")} hint={t("ui.check.emptyHint")} />;
  if (state.planned && state.effects) {
    return (
      <ChangePreview
        rows={state.rows}
        summary={
          <>
            <Text weight="semibold">{t("ui.format.effects")}</Text>
            <ul className={styles.effects}>
              {state.effects.map((effect) => (
                <li key={effect}>{effect}</li>
              ))}
            </ul>
          </>
        }
        busy={state.busy}
        onApply={() => void state.commit()}
        onDiscard={state.discard}
      />
    );
  }
  return (
    <>
      <Text>{t("ui.format.intro")}</Text>
      {state.applied !== null && <Text role="status">{t("ui.fix.applied", { count: state.applied })}</Text>}
      <fieldset className={styles.parts}>
        <legend className={styles.legend}>{t("ui.view.format")}</legend>
        {PARTS.map(({ part, label }) => (
          <Checkbox
            key={part}
            label={t(label)}
            checked={state.parts[part]}
            onChange={(_, data) => state.toggle(part, data.checked === true)}
          />
        ))}
      </fieldset>
      <div>
        <Button appearance="primary" onClick={state.preview}>
          {t("ui.format.preview")}
        </Button>
      </div>
    </>
  );
}

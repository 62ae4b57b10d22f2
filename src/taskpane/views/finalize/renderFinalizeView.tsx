/** The finalize view: in place or into a copy, preview, apply, and the #NAME?/#VALUE! re-check. */
import { Button, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { Translate } from "../../app/i18n";
import { ChangePreview } from "../common/ChangePreview";
import type { FinalizeViewState } from "./useFinalizeView";

export function renderFinalizeView(state: FinalizeViewState, t: Translate) {
  if (state.plan) {
    return (
      <ChangePreview
        rows={state.plan.rows}
        busy={state.busy}
        onApply={() => void state.commit()}
        onDiscard={state.discard}
      />
    );
  }
  const { result } = state;
  return (
    <>
      <Text>{t("ui.finalize.intro")}</Text>
      <RadioGroup
        value={state.mode}
        onChange={(_, data) => state.setMode(data.value === "copy" ? "copy" : "inPlace")}
        aria-label={t("ui.finalize.mode")}
      >
        <Radio value="inPlace" label={t("ui.finalize.inPlace")} />
        <Radio value="copy" label={t("ui.finalize.copy")} />
      </RadioGroup>
      <div>
        <Button appearance="primary" onClick={() => void state.prepare()}>
          {t("ui.finalize.run")}
        </Button>
      </div>
      {state.none && <Text role="status">{t("ui.finalize.none")}</Text>}
      {result && (
        <div role="status">
          <Text block>{t("ui.finalize.done", { count: result.formulas })}</Text>
          <Text block>
            {result.errors.length === 0
              ? t("ui.finalize.clean")
              : t("ui.finalize.dirty", { count: result.errors.length, cells: result.errors.join(", ") })}
          </Text>
        </div>
      )}
    </>
  );
}

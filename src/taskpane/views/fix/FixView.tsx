import { useT } from "../../app/i18n";
import { renderFixView, useFixViewStyles } from "./renderFixView";
import { useFixView } from "./useFixView";

export function FixView() {
  const { t } = useT();
  return renderFixView(useFixView(), t, useFixViewStyles());
}

import { useT } from "../../app/i18n";
import { renderFixView } from "./renderFixView";
import { useFixViewStyles } from "./useFixViewStyles";
import { useFixView } from "./useFixView";

export function FixView() {
  const { t } = useT();
  return renderFixView(useFixView(), t, useFixViewStyles());
}

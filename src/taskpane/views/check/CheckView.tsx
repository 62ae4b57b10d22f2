import { useT } from "../../app/i18n";
import { renderCheckView } from "./renderCheckView";
import { useCheckView } from "./useCheckView";
import { useCheckViewStyles } from "./useCheckViewStyles";

export function CheckView() {
  const { t } = useT();
  return renderCheckView(useCheckView(), t, useCheckViewStyles());
}

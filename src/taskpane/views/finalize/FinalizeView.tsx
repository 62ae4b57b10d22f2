import { useT } from "../../app/i18n";
import { renderFinalizeView } from "./renderFinalizeView";
import { useFinalizeView } from "./useFinalizeView";

export function FinalizeView() {
  const { t } = useT();
  return renderFinalizeView(useFinalizeView(), t);
}

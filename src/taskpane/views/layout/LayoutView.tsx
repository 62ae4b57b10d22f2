import { useT } from "../../app/i18n";
import { renderLayoutView } from "./renderLayoutView";
import { useLayoutView } from "./useLayoutView";

export function LayoutView() {
  const { t } = useT();
  return renderLayoutView(useLayoutView(), t);
}

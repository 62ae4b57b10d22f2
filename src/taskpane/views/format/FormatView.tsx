import { useT } from "../../app/i18n";
import { renderFormatView, useFormatViewStyles } from "./renderFormatView";
import { useFormatView } from "./useFormatView";

export function FormatView() {
  const { t } = useT();
  return renderFormatView(useFormatView(), t, useFormatViewStyles());
}

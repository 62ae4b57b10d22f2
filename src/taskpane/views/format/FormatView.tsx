import { useT } from "../../app/i18n";
import { renderFormatView } from "./renderFormatView";
import { useFormatViewStyles } from "./useFormatViewStyles";
import { useFormatView } from "./useFormatView";

export function FormatView() {
  const { t } = useT();
  return renderFormatView(useFormatView(), t, useFormatViewStyles());
}

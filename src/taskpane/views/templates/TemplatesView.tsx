import { useT } from "../../app/i18n";
import { renderTemplatesView } from "./renderTemplatesView";
import { useTemplatesViewStyles } from "./useTemplatesViewStyles";
import { useTemplatesView } from "./useTemplatesView";

export function TemplatesView() {
  const { t, lang } = useT();
  return renderTemplatesView(useTemplatesView(), t, lang, useTemplatesViewStyles());
}

import { useT } from "../../app/i18n";
import { renderTemplatesView, useTemplatesViewStyles } from "./renderTemplatesView";
import { useTemplatesView } from "./useTemplatesView";

export function TemplatesView() {
  const { t, lang } = useT();
  return renderTemplatesView(useTemplatesView(), t, lang, useTemplatesViewStyles());
}

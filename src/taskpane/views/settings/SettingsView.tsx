import { useT } from "../../app/i18n";
import { renderSettingsView, useSettingsViewStyles } from "./renderSettingsView";
import { useSettingsView } from "./useSettingsView";

export function SettingsView() {
  const { t } = useT();
  return renderSettingsView(useSettingsView(), t, useSettingsViewStyles());
}

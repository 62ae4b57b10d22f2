import { useT } from "../../app/i18n";
import { renderSettingsView } from "./renderSettingsView";
import { useSettingsViewStyles } from "./useSettingsViewStyles";
import { useSettingsView } from "./useSettingsView";

export function SettingsView() {
  const { t } = useT();
  return renderSettingsView(useSettingsView(), t, useSettingsViewStyles());
}

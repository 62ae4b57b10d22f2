/** The pane's views in tab order; each is a component reading the session. */
import type { ComponentType } from "react";
import type { UiMessageKey } from "../../core/i18n";
import { CheckView } from "../views/check/CheckView";
import { ConsolidateView } from "../views/consolidate/ConsolidateView";
import { FinalizeView } from "../views/finalize/FinalizeView";
import { FixView } from "../views/fix/FixView";
import { FormatView } from "../views/format/FormatView";
import { SettingsView } from "../views/settings/SettingsView";
import { SummaryView } from "../views/summary/SummaryView";
import { TemplatesView } from "../views/templates/TemplatesView";

export interface ViewDef {
  id: string;
  title: UiMessageKey;
  Component: ComponentType;
}

export const VIEWS: readonly ViewDef[] = [
  { id: "check", title: "ui.view.check", Component: CheckView },
  { id: "fix", title: "ui.view.fix", Component: FixView },
  { id: "summary", title: "ui.view.summary", Component: SummaryView },
  { id: "format", title: "ui.view.format", Component: FormatView },
  { id: "consolidate", title: "ui.view.consolidate", Component: ConsolidateView },
  { id: "finalize", title: "ui.view.finalize", Component: FinalizeView },
  { id: "templates", title: "ui.view.templates", Component: TemplatesView },
  { id: "settings", title: "ui.view.settings", Component: SettingsView },
];

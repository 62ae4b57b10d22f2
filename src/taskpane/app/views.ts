/** The pane's views in tab order; each is a component reading the session. */
import type { ComponentType } from "react";
import type { UiMessageKey } from "../../core/i18n";
import { CheckView } from "../views/check/CheckView";
import { lazyView } from "../views/common/lazyView";
import { FinalizeView } from "../views/finalize/FinalizeView";
import { FixView } from "../views/fix/FixView";
import { SettingsView } from "../views/settings/SettingsView";

export interface ViewDef {
  id: string;
  title: UiMessageKey;
  Component: ComponentType;
}

const SummaryView = lazyView(() =>
  import(/* webpackChunkName: "summary" */ "../views/summary/SummaryView").then((m) => ({
    default: m.SummaryView,
  })),
);
const FormatView = lazyView(() =>
  import(/* webpackChunkName: "format" */ "../views/format/FormatView").then((m) => ({
    default: m.FormatView,
  })),
);
const ConsolidateView = lazyView(
  () => import(/* webpackChunkName: "consolidate" */ "../views/consolidate/ConsolidateViewBody"),
);
const TemplatesView = lazyView(() =>
  import(/* webpackChunkName: "templates" */ "../views/templates/TemplatesView").then((m) => ({
    default: m.TemplatesView,
  })),
);
const LayoutView = lazyView(() =>
  import(/* webpackChunkName: "layout" */ "../views/layout/LayoutView").then((m) => ({
    default: m.LayoutView,
  })),
);

export const VIEWS: readonly ViewDef[] = [
  { id: "check", title: "ui.view.check", Component: CheckView },
  { id: "fix", title: "ui.view.fix", Component: FixView },
  { id: "summary", title: "ui.view.summary", Component: SummaryView },
  { id: "format", title: "ui.view.format", Component: FormatView },
  { id: "consolidate", title: "ui.view.consolidate", Component: ConsolidateView },
  { id: "finalize", title: "ui.view.finalize", Component: FinalizeView },
  { id: "templates", title: "ui.view.templates", Component: TemplatesView },
  { id: "layout", title: "ui.view.layout", Component: LayoutView },
  { id: "settings", title: "ui.view.settings", Component: SettingsView },
];

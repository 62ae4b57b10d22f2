/** Which view is open. */
import { useState } from "react";
import { VIEWS, type ViewDef } from "../views";

export function useShell(initialView = "check") {
  const [viewId, setViewId] = useState(initialView);
  const view: ViewDef = VIEWS.find((v) => v.id === viewId) ?? VIEWS[0];
  return { view, views: VIEWS, selectView: setViewId };
}

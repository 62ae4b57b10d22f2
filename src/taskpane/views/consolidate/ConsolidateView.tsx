/**
 * The 集約 view, loaded when first opened: table detection and the merge plan (which the pane otherwise
 * runs only in its check worker) stay out of the pane's initial script and its size budget.
 */
import { Text } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { useT } from "../../app/i18n";

const Body = lazy(() => import(/* webpackChunkName: "consolidate" */ "./ConsolidateViewBody"));

export function ConsolidateView() {
  const { t } = useT();
  return (
    <Suspense fallback={<Text role="status">{t("ui.consolidate.loading")}</Text>}>
      <Body />
    </Suspense>
  );
}

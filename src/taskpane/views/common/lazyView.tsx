/**
 * A view loaded when first opened: what only it uses (table detection and the merge plan, which the pane
 * otherwise runs only in its check worker; the template builder; the reading editor; the table look and the
 * summary's counting) stays out of the
 * pane's initial script and its size budget.
 */
import { Text } from "@fluentui/react-components";
import { lazy, Suspense, type ComponentType } from "react";
import { useT } from "../../app/i18n";

export function lazyView(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Body = lazy(load);
  return function LazyView() {
    const { t } = useT();
    return (
      <Suspense fallback={<Text role="status">{t("ui.view.loading")}</Text>}>
        <Body />
      </Suspense>
    );
  };
}

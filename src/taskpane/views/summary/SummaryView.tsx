import { useT } from "../../app/i18n";
import { renderSummaryView } from "./renderSummaryView";
import { useSummaryView } from "./useSummaryView";
import { useSummaryViewStyles } from "./useSummaryViewStyles";

export function SummaryView() {
  const { t } = useT();
  return renderSummaryView(useSummaryView(), t, useSummaryViewStyles());
}

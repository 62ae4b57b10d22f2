import { useT } from "../../app/i18n";
import { renderConsolidateView } from "./renderConsolidateView";
import { useConsolidateView } from "./useConsolidateView";
import { useConsolidateViewStyles } from "./useConsolidateViewStyles";

export default function ConsolidateViewBody() {
  const { t, lang } = useT();
  return renderConsolidateView(useConsolidateView(), t, lang, useConsolidateViewStyles());
}

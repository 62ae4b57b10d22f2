/** "Show more" under a list cut at its current page. */
import { Button } from "@fluentui/react-components";
import { useT } from "../../app/i18n";
import { PAGE_SIZE } from "./useShowMore";

export function ShowMore({ hidden, onClick }: { hidden: number; onClick: () => void }) {
  const { t } = useT();
  if (hidden <= 0) return null;
  return (
    <Button appearance="transparent" size="small" onClick={onClick}>
      {t("ui.list.more", { count: Math.min(hidden, PAGE_SIZE), hidden })}
    </Button>
  );
}

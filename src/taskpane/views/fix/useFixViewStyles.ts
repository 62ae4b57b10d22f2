import { makeStyles, tokens } from "@fluentui/react-components";
import { plainList } from "../common/plainList";

export const useFixViewStyles = makeStyles({
  list: plainList(tokens.spacingVerticalXS),
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    justifyContent: "space-between",
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    marginInlineEnd: tokens.spacingHorizontalS,
  },
});

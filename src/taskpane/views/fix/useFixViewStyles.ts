import { makeStyles, tokens } from "@fluentui/react-components";

export const useFixViewStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
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

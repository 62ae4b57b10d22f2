import { makeStyles, tokens } from "@fluentui/react-components";

export const useSummaryViewStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  caption: { fontWeight: tokens.fontWeightSemibold },
  bars: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  bar: {
    display: "grid",
    gridTemplateColumns: "11em 1fr",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  track: {
    height: "20px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
  },
  fill: { height: "100%", boxSizing: "border-box" },
  count: { fontVariantNumeric: "tabular-nums" },
});

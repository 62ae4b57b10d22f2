import { makeStyles, tokens } from "@fluentui/react-components";
import { plainList } from "../common/plainList";

export const useSummaryViewStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  caption: { fontWeight: tokens.fontWeightSemibold },
  bars: plainList(tokens.spacingVerticalS),
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
  note: { display: "block", color: tokens.colorNeutralForeground2 },
});

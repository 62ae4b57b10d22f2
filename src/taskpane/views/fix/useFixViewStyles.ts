import { makeStyles, tokens } from "@fluentui/react-components";
import { plainList } from "../common/plainList";

export const useFixViewStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  group: {
    border: "none",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0 0`,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  list: plainList(tokens.spacingVerticalXS),
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "flex-start",
    justifyContent: "space-between",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  cell: {
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    flexShrink: 0,
    minWidth: 0,
  },
});

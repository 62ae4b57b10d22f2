import { makeStyles, tokens } from "@fluentui/react-components";

export const useSettingsViewStyles = makeStyles({
  group: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  band: {
    display: "grid",
    gridTemplateColumns: "1fr 8em",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
});

import { makeStyles, tokens } from "@fluentui/react-components";

export const useSettingsViewStyles = makeStyles({
  group: {
    border: "none",
    margin: 0,
    padding: 0,
    // A fieldset is as wide as its widest content unless told otherwise (320 px must fit).
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  band: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 8em)",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  input: { minWidth: 0 },
});

import { makeStyles, tokens } from "@fluentui/react-components";
import { plainList } from "../common/plainList";

export const useCheckViewStyles = makeStyles({
  controls: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  subheading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
  },
  list: plainList("2px"),
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  verdictBlocked: { color: tokens.colorPaletteRedForeground1 },
  verdictOk: { color: tokens.colorPaletteGreenForeground1 },
  toggle: { padding: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "start" },
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  fixButton: { flexShrink: 0, marginTop: tokens.spacingVerticalXS },
  finding: {
    flexGrow: 1,
    minWidth: 0,
    overflowWrap: "anywhere",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalXS,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  values: { gridColumn: "2", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  group: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  fix: { color: tokens.colorPaletteRedForeground1 },
  review: { color: tokens.colorPaletteDarkOrangeForeground1 },
  advice: { color: tokens.colorNeutralForeground2 },
});

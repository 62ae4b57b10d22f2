import { makeStyles, tokens } from "@fluentui/react-components";

export const useTemplatesViewStyles = makeStyles({
  // minmax(0, 1fr): a column is half the pane however wide its inputs would like to be (320 px fits).
  form: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  input: { minWidth: 0 },
  wide: { gridColumn: "1 / -1" },
  scroll: { overflow: "auto", maxHeight: "40vh", border: `1px solid ${tokens.colorNeutralStroke2}` },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 3px",
    maxWidth: "9em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
});

import { makeStyles, tokens } from "@fluentui/react-components";
import { plainList } from "../common/plainList";

export const useConsolidateViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  hiddenInput: { display: "none" },
  list: plainList(tokens.spacingVerticalXS),
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  scroll: { maxHeight: "45vh", overflowY: "auto", overflowX: "hidden" },
  place: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  // Both values of a conflict side by side, each in its own column (wraps within 320 px).
  sides: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    gap: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  side: { display: "flex", flexDirection: "column", minWidth: 0 },
  sideLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  conflict: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorPaletteMarigoldBorder2,
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

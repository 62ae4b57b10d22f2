import type { GriffelStyle } from "@fluentui/react-components";

/** A list without bullets or indent, its items stacked with `gap` between them. */
export function plainList(gap: string): GriffelStyle {
  return { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap };
}

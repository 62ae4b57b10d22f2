/**
 * `label-drift`: one unit measure (or id) with differently spelled indicator names in two places (004:
 * 見本市等出展事業 in one table, 見本市等出店事業 in the other). Only near-identical names count as drift;
 * a measure with two different indicators is not one.
 */
import { normaliseLabel } from "../../tables/vocabulary";
import { finding } from "../finding";
import type { Check, Finding } from "../types";
import { indexBy, nameKey } from "../indicator-index";
import type { Catalog } from "../../i18n/types";

const SIMILARITY = 0.6;

/** Shared prefix + shared suffix, over the shorter name: 1 for a single changed character in a long name. */
function similar(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return shorter > 0 && (prefix + suffix) / shorter >= SIMILARITY;
}

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.label-drift": {
    ja: "{cell} の指標名「{found}」は、{other} の「{expected}」と表記が異なります。同じ指標なら表記をそろえてください。",
    en: "{cell}: the indicator name “{found}” is spelled “{expected}” at {other}; use one spelling for one indicator.",
  },
} as const satisfies Catalog;

export const labelDrift: Check<keyof typeof messages> = {
  id: "label-drift",
  severity: "warning",
  messages,
  run({ model }) {
    const findings: Finding[] = [];
    const reported = new Set<string>();
    const keys = (i: (typeof model.tables)[number]["indicators"][number]) => [
      ...i.measureNames.map((m) => `m:${normaliseLabel(m)}`),
      ...(i.id === null ? [] : [`id:${normaliseLabel(i.id)}`]),
    ];
    for (const occurrences of indexBy(model.tables, keys).values()) {
      const [first, ...others] = occurrences;
      for (const other of others) {
        const a = nameKey(first.indicator);
        const b = nameKey(other.indicator);
        const cell = other.indicator.nameCell;
        if (a === b || cell === null || !similar(a, b) || reported.has(`${a}|${b}`)) continue;
        reported.add(`${a}|${b}`);
        findings.push(
          finding(this, {
            code: "rules.label-drift",
            sheet: other.table.sheet,
            cell: cell.address,
            params: {
              cell: cell.address,
              found: other.indicator.name,
              expected: first.indicator.name,
              other: `${first.table.sheet}!${first.indicator.nameCell?.address ?? ""}`,
            },
            found: other.indicator.name,
            expected: first.indicator.name,
          }),
        );
      }
    }
    return findings;
  },
};

/**
 * `inconsistent-format`: rates not shown as percentages with the configured decimals (a number formatted
 * `General`, text `125%` among `125.0%`), and placeholders written differently in one table (`-`, `ー`, `—`).
 */
import { displayValue } from "../../display";
import type { KpiTable, SourceCell } from "../../tables/model";
import type { ParsedValue } from "../../value-types";
import { percentFormat } from "../../number-formats";
import { holdsPoints } from "../rate-convention";
import { rateScaleOf } from "../../tables/rate-scale";
import { finding, shown, valueFix } from "../finding";
import type { CheckSettings } from "../settings";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

function rateCells(table: KpiTable): [SourceCell, ParsedValue | null][] {
  const cells: [SourceCell, ParsedValue | null][] = [];
  for (const indicator of table.indicators)
    for (const p of indicator.periods) if (p.cells.rate !== undefined) cells.push([p.cells.rate, p.rate]);
  return cells;
}

function badRate(
  cell: SourceCell,
  parsed: ParsedValue | null,
  settings: CheckSettings,
  expected: string,
): "format" | "text" | null {
  if (typeof cell.raw === "number") return cell.numberFormat === expected ? null : "format";
  if (parsed?.kind !== "number") return null;
  return parsed.percent && parsed.decimal.exponent === -settings.rateDecimals ? null : "text";
}

function isDash(value: ParsedValue | null): boolean {
  return value?.kind === "pending" && value.placeholder === "dash";
}

/** Cells holding a dash placeholder; target, actual and rate as detection parsed them. */
function dashCells(table: KpiTable, isDashText: (text: string) => boolean): SourceCell[] {
  const cells: SourceCell[] = [];
  for (const indicator of table.indicators) {
    for (const p of indicator.periods) {
      const { target, actual, rate, status } = p.cells;
      if (target !== undefined && isDash(p.target)) cells.push(target);
      if (actual !== undefined && isDash(p.actual)) cells.push(actual);
      if (rate !== undefined && isDash(p.rate)) cells.push(rate);
      if (status !== undefined && typeof status.raw === "string" && isDashText(status.raw))
        cells.push(status);
    }
  }
  return cells;
}

/** The messages of its findings (`rules.<id>[.<variant>]`), in the catalog through catalog/rules.ts. */
export const messages = {
  "rules.inconsistent-format.rate-format": {
    ja: "{cell} の達成率 {found} がパーセント表示になっていません（{expected} と表示してください）。",
    en: "{cell}: the rate {found} is not formatted as a percentage (it should show {expected}).",
  },
  "rules.inconsistent-format.rate-text": {
    ja: "{cell} の達成率「{found}」の表示が他と異なります（{expected} のようなパーセントにしてください）。",
    en: "{cell}: the rate “{found}” is not written like the others (a percentage such as {expected}).",
  },
  "rules.inconsistent-format.placeholder": {
    ja: "{cell} の「{found}」は、この表の他のセルの「{expected}」と異なる記号です。",
    en: "{cell}: “{found}” is a different placeholder from the table's “{expected}”.",
  },
} as const satisfies Catalog;

/** What a well-written rate looks like, for a text rate whose own value cannot be shown in the format. */
const EXAMPLE_RATE = 0.75;

export const inconsistentFormat: Check<keyof typeof messages> = {
  id: "inconsistent-format",
  severity: "warning",
  advice: true,
  messages,
  run({ model, settings, parse }) {
    const findings: Finding[] = [];
    const isDashText = (text: string) => isDash(parse(text));
    const expected = percentFormat(settings.rateDecimals);
    for (const table of model.tables) {
      for (const [cell, parsed] of rateCells(table)) {
        const bad = badRate(cell, parsed, settings, expected);
        // A table that keeps points (209.4 under 達成率(%)) is consistent without a percent format.
        if (bad === null || (bad === "format" && holdsPoints(cell, rateScaleOf(table)))) continue;
        const fix =
          bad === "format"
            ? [{ sheet: table.sheet, address: cell.address, numberFormat: expected }]
            : undefined;
        // The rate as the expected format would show it (a text rate: an example), never the format code.
        const shownExpected = displayValue(typeof cell.raw === "number" ? cell.raw : EXAMPLE_RATE, expected);
        findings.push(
          finding(this, {
            sheet: table.sheet,
            cell: cell.address,
            code: `rules.inconsistent-format.rate-${bad}`,
            params: { cell: cell.address, found: shown(cell), expected: shownExpected },
            found: shown(cell),
            expected: shownExpected,
            fix,
          }),
        );
      }
      const dashes = dashCells(table, isDashText);
      const counts = new Map<string, number>();
      for (const cell of dashes)
        counts.set(String(cell.raw).trim(), (counts.get(String(cell.raw).trim()) ?? 0) + 1);
      if (counts.size < 2) continue;
      const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      for (const cell of dashes) {
        if (String(cell.raw).trim() === common) continue;
        findings.push(
          finding(this, {
            sheet: table.sheet,
            cell: cell.address,
            code: "rules.inconsistent-format.placeholder",
            params: { cell: cell.address, found: shown(cell), expected: common },
            found: shown(cell),
            expected: common,
            fix: [valueFix(table.sheet, cell, common)],
          }),
        );
      }
    }
    return findings;
  },
};

/**
 * Every effect of the planned look, named from the change set itself (so nothing is applied that is not
 * said): cells whose number format changes, the status colours, borders and heading fill, frozen headings,
 * print setup.
 */
import { RATE_FORMAT } from "../../../core";
import type { ChangeSet } from "../../../core/changes";
import type { Translate } from "../../app/i18n";

/** `statusCells`: how many cells the conditional colours cover (the tables' status cells). */
export function formatEffects(changes: ChangeSet, statusCells: number, t: Translate): string[] {
  const cells = changes.cells ?? [];
  const rates = cells.filter((c) => c.numberFormat === RATE_FORMAT).length;
  const numbers = cells.length - rates;
  const styles = changes.styles ?? [];
  const headingRows = styles.filter((s) => s.fill !== undefined).length;
  const bordered = styles.length - headingRows;
  const rules = changes.conditionalFormats?.length ?? 0;
  const layouts = changes.layouts ?? [];
  const frozen = layouts.filter((l) => l.freeze !== undefined).length;
  const printed = layouts.filter((l) => l.print !== undefined).length;
  return [
    numbers > 0 ? t("ui.format.effect.numbers", { count: numbers }) : null,
    rates > 0 ? t("ui.format.effect.rates", { count: rates }) : null,
    rules > 0 ? t("ui.format.effect.colours", { cells: statusCells, rules }) : null,
    bordered > 0 ? t("ui.format.effect.borders", { tables: bordered, rows: headingRows }) : null,
    frozen > 0 ? t("ui.format.effect.freeze", { sheets: frozen }) : null,
    printed > 0 ? t("ui.format.effect.print", { sheets: printed }) : null,
  ].filter((line): line is string => line !== null);
}

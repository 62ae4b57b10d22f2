/**
 * How a table was read, in one line of the user's language (core's `TableReading`: roles with their
 * counts, the periods, stated directions, bands, rounding and confidence), shown under the table's
 * heading so a misreading is seen before any finding is trusted.
 */
import type { Lang, TableReading } from "../../core";
import { message } from "../../core/i18n";

/** A table's periods listed in full up to this many; more are shown as first〜last. */
const LISTED_PERIODS = 4;
const ROLE_ORDER = ["target", "actual", "rate", "status", "baseline", "total", "count", "share"] as const;

function periodsPart(reading: TableReading, lang: Lang): string | null {
  const labels = reading.periods.map((p) => p.label).filter((label) => label !== "");
  if (labels.length === 0) return null;
  let periods =
    labels.length <= LISTED_PERIODS
      ? labels.join(lang === "ja" ? "・" : ", ")
      : message("ui.reading.periodSpan", lang, {
          first: labels[0],
          last: labels[labels.length - 1],
          count: labels.length,
        });
  if (reading.periods.some((p) => p.calendar)) periods += ` (${message("ui.reading.calendar", lang)})`;
  return message("ui.reading.periods", lang, { periods });
}

function roundingPart(reading: TableReading, lang: Lang): string | null {
  const { rounding } = reading;
  if (rounding === null) return null;
  const rule = message(`ui.reading.rounding.${rounding.rule}`, lang);
  return rounding.decimals === null
    ? rule
    : `${rule} ${message("ui.reading.decimals", lang, { decimals: rounding.decimals })}`;
}

export function readingLine(reading: TableReading, lang: Lang): string {
  const roles = ROLE_ORDER.filter((role) => (reading.roles[role] ?? 0) > 0).map((role) =>
    message(`ui.reading.role.${role}`, lang, { count: reading.roles[role] }),
  );
  const parts = [
    roles.join(lang === "ja" ? "・" : ", "),
    periodsPart(reading, lang),
    reading.direction.down > 0 ? message("ui.reading.down", lang, { count: reading.direction.down }) : null,
    reading.bands === null
      ? null
      : message("ui.reading.bands", lang, {
          labels: reading.bands.labels.join("/"),
          source: message(`ui.reading.source.${reading.bands.source}`, lang),
        }),
    roundingPart(reading, lang),
    message("ui.reading.confidence", lang, { percent: Math.round(reading.confidence * 100) }),
  ].filter((part): part is string => part !== null && part !== "");
  return message("ui.reading.line", lang, { parts: parts.join(message("ui.reading.separator", lang)) });
}

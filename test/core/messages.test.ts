/**
 * Every message template of the catalog, rendered with sample values, and every message the checks give on
 * the published samples, read as a person reads them: no raw float (more than 4 decimals), no number format
 * code, no placeholder or catalog key left untranslated (issue 18).
 */
import { join } from "node:path";
import { runChecks } from "../../src/core/rules";
import { detectTables } from "../../src/core/tables";
import { MESSAGES, message, type MessageCode } from "../../src/core/i18n";
import { readXlsxGrids } from "../../src/workbook/xlsx/grids";
import { grid000, grid002, grid004Layout1, grid004Layout2 } from "./tables/seed-grids";

const RAW_FLOAT = /\d\.\d{5,}/;
/** `#,##0`, `0.0%`, `0.00`, a quoted literal after a placeholder (`0"件"`), a bracketed code (`[$-411]`, `[Red]`). */
const FORMAT_CODE =
  /#,##0|(?<![\d.])0\.0+%|(?<![\d.])0\.00(?!\d)|[0#]"[^"]*"|\[\$|\[(?:Red|Blue|Green|赤|青)\]|\bGeneral\b/;
const LEFT_PLACEHOLDER = /\{\w+\}/;
const CATALOG_KEY = /\b(?:ui|rules|cli|core|templates|settings|workbook|functions)\.[a-z][\w-]*\.[\w.-]+/;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Sample values by parameter: numbers where the name says a count, a displayed number or text otherwise. */
function sampleFor(name: string): string | number {
  if (
    /count|total|indicators|tables|findings|files|rows|cols|fix|review|advice|done|unfilled|errors?$/i.test(
      name,
    )
  )
    return 3;
  if (/rate|percent|share/i.test(name)) return "75.0%";
  if (/value|found|expected|target|actual|other/i.test(name)) return "1,600件";
  return "サンプル";
}

function rendered(code: MessageCode, lang: "ja" | "en"): string {
  const params = Object.fromEntries(
    [...`${MESSAGES[code].ja} ${MESSAGES[code].en}`.matchAll(/\{(\w+)\}/g)].map(([, name]) => [
      name,
      sampleFor(name),
    ]),
  );
  return message(code, lang, params);
}

function problemsOf(text: string): string[] {
  return [
    RAW_FLOAT.test(text) ? "raw float" : null,
    FORMAT_CODE.test(text) ? "format code" : null,
    LEFT_PLACEHOLDER.test(text) ? "placeholder left" : null,
    CATALOG_KEY.test(text) ? "catalog key" : null,
  ].filter((p): p is string => p !== null);
}

const codes = Object.keys(MESSAGES) as MessageCode[];

describe("every template of the catalog, rendered with sample values", () => {
  test.each(codes)("%s", (code) => {
    const ja = rendered(code, "ja");
    const en = rendered(code, "en");
    expect([code, problemsOf(ja), problemsOf(en)]).toEqual([code, [], []]);
    // Japanese first: Japanese text reads in Japanese (codes, names and punctuation alone excepted).
    const words = MESSAGES[code].ja.replace(/\{\w+\}/g, "");
    if (/[A-Za-z]{4,}/.test(words) && !/^[A-Z0-9 .:/()-]+$/.test(words))
      expect([code, JAPANESE.test(words)]).toEqual([code, true]);
  });

  test("the checker finds what it is meant to find", () => {
    expect(problemsOf("達成率 0.46399999999999997")).toEqual(["raw float"]);
    expect(problemsOf('1600 [#,##0"件"]')).toEqual(["format code"]);
    expect(problemsOf("0.0% にしてください")).toEqual(["format code"]);
    expect(problemsOf("{count} 件")).toEqual(["placeholder left"]);
    expect(problemsOf("ui.check.run")).toEqual(["catalog key"]);
    expect(problemsOf("75.0%、1,600件、0.464、130,000千円")).toEqual([]);
  });
});

describe("every message the checks give on the published samples", () => {
  const fromSeeds = runChecks(detectTables([grid000(), grid002(), grid004Layout1(), grid004Layout2()]));

  test.each(["ja", "en"] as const)("seed tables (%s)", (lang) => {
    const bad = fromSeeds.map((f) => f.message[lang]).filter((text) => problemsOf(text).length > 0);
    expect(bad).toEqual([]);
  });

  test.each(["000-sagamihara-kpi.xlsx", "002-sapporo-eval.xlsx", "004-atsugi-kpi.xlsx"])(
    "%s",
    async (file) => {
      const grids = await readXlsxGrids(join(__dirname, "../../samples", file), []);
      const findings = runChecks(detectTables(grids));
      expect(findings.length).toBeGreaterThan(0);
      const bad = findings
        .flatMap((f) => [f.message.ja, f.message.en, f.found ?? "", f.expected ?? ""])
        .filter((text) => problemsOf(text).length > 0);
      expect(bad).toEqual([]);
    },
  );
});

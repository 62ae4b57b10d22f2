/** The message catalog: stable codes, Japanese and English, one file per area. */
import {
  CATALOGS,
  FISCAL_YEAR_ERROR_CODES,
  INVALID_VALUE_CODES,
  RATE_ERROR_CODES,
  RATE_NOTES,
  VALUE_ISSUES,
  isMessageCode,
  message,
  type MessageCode,
} from "../../src/core";
import { coreMessages } from "../../src/core/i18n/catalog/core";
import fc from "fast-check";
import { fillMessage } from "../../src/core/i18n/fill";

const PARAMETER = /\{(\w+)\}/g;
const parametersOf = (text: string) => [...text.matchAll(PARAMETER)].map((m) => m[1]).sort();

describe("every code the core engine returns has a message in both languages", () => {
  const coreCodes: MessageCode[] = [
    ...INVALID_VALUE_CODES.map((code) => `value.${code}` as const),
    ...VALUE_ISSUES.map((issue) => `issue.${issue}` as const),
    ...RATE_ERROR_CODES.map((code) => `rate.${code}` as const),
    ...RATE_NOTES.map((note) => `rate.note.${note}` as const),
    ...FISCAL_YEAR_ERROR_CODES.map((code) => `year.${code}` as const),
    "rate.pending",
    "year.extended-era",
    "status.rounding-crosses-band",
  ];

  test.each(coreCodes)("%s", (code) => {
    for (const lang of ["ja", "en"] as const) {
      const text = message(code, lang);
      expect(text).not.toBe(code);
      expect(text.trim()).not.toBe("");
    }
  });

  test("rate errors read as 算定不可 in Japanese", () => {
    for (const code of RATE_ERROR_CODES) expect(message(`rate.${code}`, "ja")).toContain("算定不可");
  });
});

describe("the merged catalog", () => {
  test("codes are unique across the area catalogs", () => {
    const codes = CATALOGS.flatMap((catalog) => Object.keys(catalog));
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("every entry of every area has a Japanese and an English text", () => {
    for (const catalog of CATALOGS) {
      for (const [code, entry] of Object.entries(catalog)) {
        expect([code, entry.ja.trim() !== "", entry.en.trim() !== ""]).toEqual([code, true, true]);
      }
    }
  });

  test("core entries use the same parameters in both languages", () => {
    for (const [code, entry] of Object.entries(coreMessages)) {
      expect([code, parametersOf(entry.ja)]).toEqual([code, parametersOf(entry.en)]);
    }
  });
});

describe("message()", () => {
  test("fills parameters in Japanese and English", () => {
    expect(message("rate.unit-mismatch", "ja", { unit1: "件", unit2: "人" })).toBe(
      "算定不可：単位が異なります（件 / 人）。",
    );
    expect(message("rate.unit-mismatch", "en", { unit1: "件", unit2: "人" })).toBe(
      "Not computable: the units differ (件 / 人).",
    );
    expect(message("value.not-a-number", "en", { text: "abc" })).toBe("“abc” cannot be read as a number.");
  });

  test("a missing parameter stays visible as {name}", () => {
    expect(message("value.not-a-number", "en")).toContain("{text}");
  });

  test("a code unknown at run time comes back as the code, never an exception", () => {
    const unknown = "no.such.code";
    expect(isMessageCode(unknown)).toBe(false);
    // The cast stands for a code built at run time, which the type system cannot check.
    expect(message(unknown as MessageCode, "ja")).toBe(unknown);
    expect(isMessageCode("toString")).toBe(false);
  });
});

describe("fillMessage", () => {
  // The template's `{name}` parameters, replaced one by one: what a compiled template must equal.
  const byReplace = (template: string, params: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );

  test("fills every parameter, keeps missing ones and other braces as written", () => {
    const piece = fc.constantFrom("{a}", "{b}", "{toString}", "{", "}", "{}", "{a b}", "達成率", "%", " ");
    const params = fc.dictionary(fc.constantFrom("a", "b", "c"), fc.oneof(fc.string(), fc.integer()));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), params, (pieces, given) => {
        const template = pieces.join("");
        expect(fillMessage({ ja: template, en: template }, "ja", given)).toBe(byReplace(template, given));
      }),
    );
  });
});

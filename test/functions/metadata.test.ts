/**
 * The generated metadata: functions.json (from the JSDoc of src/functions/functions.ts) lists exactly the
 * ten functions of the issue with their parameters and help texts, and functions-ja.json (from
 * src/functions/metadata-ja.json) agrees with it on everything but names and descriptions.
 */
import * as declared from "../../src/functions/functions";
import { BUILD_TIMEOUT_MS, readMetadata, type FunctionMetadata, type FunctionsMetadata } from "./bundle";

/** The table: parameters (`?` = optional), whether the result spills, and the ja-JP name. */
const EXPECTED: Record<string, { parameters: string[]; spills: boolean; ja: string }> = {
  RATE: { parameters: ["actual", "target", "direction?", "method?"], spills: true, ja: "達成率" },
  PROGRESS: { parameters: ["actual", "target", "baseline"], spills: true, ja: "進捗率" },
  CUMRATE: { parameters: ["actuals", "targets"], spills: false, ja: "累計達成率" },
  STATUS: { parameters: ["actual", "target", "projected?", "direction?"], spills: true, ja: "判定" },
  BAND: { parameters: ["rate", "projected?", "thresholds?", "labels?"], spills: true, ja: "区分" },
  VALUE: { parameters: ["cell", "unit?"], spills: true, ja: "数値" },
  UNIT: { parameters: ["cell"], spills: true, ja: "単位" },
  FY: { parameters: ["label"], spills: true, ja: "年度" },
  WAREKI: { parameters: ["year", "style?"], spills: true, ja: "和暦" },
  SUMMARY: { parameters: ["statuses"], spills: true, ja: "集計" },
};

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

let english: FunctionsMetadata;
let japanese: FunctionsMetadata;

beforeAll(async () => {
  english = await readMetadata("functions.json");
  japanese = await readMetadata("functions-ja.json");
}, BUILD_TIMEOUT_MS);

const ids = (metadata: FunctionsMetadata) => metadata.functions.map((fn) => fn.id);
const byId = (metadata: FunctionsMetadata, id: string) =>
  metadata.functions.find((fn) => fn.id === id) as FunctionMetadata;

describe("functions.json", () => {
  it("lists exactly the ten functions", () => {
    expect([...ids(english)].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("has an entry for every function functions.ts exports (none was declared without @customfunction)", () => {
    const exported = Object.entries(declared).filter(([, value]) => typeof value === "function");
    expect(exported.map(([name]) => name.toUpperCase()).sort()).toEqual([...ids(english)].sort());
  });

  it.each(Object.entries(EXPECTED))(
    "%s: parameters, optional flags, ranges everywhere, result shape",
    (id, expected) => {
      const fn = byId(english, id);
      expect(fn.name).toBe(id);
      expect(fn.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`)).toEqual(expected.parameters);
      for (const parameter of fn.parameters) {
        expect({
          parameter: parameter.name,
          type: parameter.type,
          dimensionality: parameter.dimensionality,
        }).toEqual({
          parameter: parameter.name,
          type: "any",
          dimensionality: "matrix",
        });
      }
      expect(fn.result.dimensionality ?? "scalar").toBe(expected.spills ? "matrix" : "scalar");
    },
  );

  it.each(Object.keys(EXPECTED))("%s has help text for the function and every parameter", (id) => {
    const fn = byId(english, id);
    expect(fn.description?.trim()).toBeTruthy();
    for (const parameter of fn.parameters) {
      const described = (parameter.description ?? "").trim() !== "";
      expect({ parameter: parameter.name, described }).toEqual({
        parameter: parameter.name,
        described: true,
      });
    }
  });

  it("has no volatile, streaming or otherwise special function", () => {
    for (const fn of english.functions) {
      const flags = Object.entries(fn.options ?? {}).filter(([, on]) => on);
      expect({ id: fn.id, flags }).toEqual({ id: fn.id, flags: [] });
    }
  });
});

describe("functions-ja.json", () => {
  it("has the same ids, parameters, types, shapes and flags as functions.json", () => {
    const shape = (metadata: FunctionsMetadata) =>
      metadata.functions.map(({ id, parameters, result, options }) => ({
        id,
        parameters: parameters.map(({ name, type, dimensionality, optional }) => ({
          name,
          type,
          dimensionality,
          optional,
        })),
        result,
        options,
      }));
    expect(shape(japanese)).toEqual(shape(english));
  });

  it.each(Object.entries(EXPECTED))("%s has its Japanese name and Japanese help text", (id, expected) => {
    const fn = byId(japanese, id);
    expect(fn.name).toBe(expected.ja);
    expect(fn.description).toMatch(JAPANESE);
    for (const parameter of fn.parameters) {
      expect({ parameter: parameter.name, japanese: JAPANESE.test(parameter.description ?? "") }).toEqual({
        parameter: parameter.name,
        japanese: true,
      });
    }
  });
});

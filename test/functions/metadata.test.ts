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
  STATUS: { parameters: ["actual", "target", "projected?", "direction?"], spills: true, ja: "達成判定" },
  BAND: { parameters: ["rate", "projected?", "thresholds?", "labels?"], spills: true, ja: "区分判定" },
  VALUE: { parameters: ["cell", "unit?"], spills: true, ja: "数値取得" },
  UNIT: { parameters: ["cell"], spills: true, ja: "単位取得" },
  FISCALYEAR: { parameters: ["label"], spills: true, ja: "西暦年度" },
  WAREKI: { parameters: ["year", "style?"], spills: true, ja: "和暦年度" },
  SUMMARY: { parameters: ["statuses"], spills: true, ja: "判定集計" },
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

interface MetadataRules {
  namingProblems: (metadata: FunctionsMetadata, file: string) => string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's metadata rules are a plain Node script
const rules = require("../../scripts/functions-metadata.js") as MetadataRules;

describe("both built metadata files", () => {
  const files = () =>
    [
      ["functions.json", english],
      ["functions-ja.json", japanese],
    ] as const;

  it("let error cells and data types reach the functions (per-cell results instead of one error)", () => {
    for (const [file, metadata] of files()) {
      expect({
        file,
        errors: metadata.allowErrorForDataTypeAny,
        data: metadata.allowCustomDataForDataTypeAny,
      }).toEqual({
        file,
        errors: true,
        data: true,
      });
    }
  });

  it("keep Excel's naming rules: every id and name at least 3 characters, starting with a letter", () => {
    for (const [file, metadata] of files()) {
      expect(rules.namingProblems(metadata, file)).toEqual([]);
      for (const fn of metadata.functions) {
        expect({ file, id: fn.id, long: [...fn.id].length >= 3 && [...fn.name].length >= 3 }).toEqual({
          file,
          id: fn.id,
          long: true,
        });
      }
    }
  });
});

describe("the build's naming check", () => {
  const one = (id: string, name: string): FunctionsMetadata => ({
    functions: [{ id, name, parameters: [], result: {} }],
  });

  it.each([
    ["an id of two characters", one("FY", "FISCALYEAR"), /id "FY"/],
    ["a Japanese name of two characters", one("STATUS", "判定"), /name "判定"/],
    ["an id with a hyphen", one("FISCAL-YEAR", "FISCALYEAR"), /id "FISCAL-YEAR"/],
    ["a name starting with a digit", one("RATE", "1RATE"), /name "1RATE"/],
    ["a name with a space", one("RATE", "達成 率"), /name "達成 率"/],
    ["a name that reads as a cell reference", one("RATE", "ABC123"), /cell reference/],
    ["an R1C1 reference", one("R1C1", "R1C1"), /cell reference/],
  ])("refuses %s", (_name, metadata, expected) => {
    expect(rules.namingProblems(metadata, "functions.json").join("\n")).toMatch(expected);
  });

  it("accepts Japanese names of three characters or more", () => {
    expect(rules.namingProblems(one("FISCALYEAR", "西暦年度"), "functions-ja.json")).toEqual([]);
  });
});

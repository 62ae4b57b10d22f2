/**
 * The README's function reference is the rendering of the built metadata (scripts/function-reference.js),
 * so a function, parameter or help text cannot change without the README following.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { BUILD_TIMEOUT_MS, readMetadata, type FunctionsMetadata } from "./bundle";

interface Reference {
  START: string;
  END: string;
  WRITE_COMMAND: string;
  renderReference: (english: FunctionsMetadata, japanese: FunctionsMetadata, namespace: string) => string;
  readSection: (readme: string) => string;
  replaceSection: (readme: string, rendering: string) => string;
  regenerate: (readme: string, rendering: string, readmePath: string) => Promise<string>;
  manifestNamespace: (manifestXml: string) => string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the renderer is a plain Node script
const reference = require("../../scripts/function-reference.js") as Reference;

const root = path.resolve(__dirname, "../..");
let rendering: string;
let english: FunctionsMetadata;

beforeAll(async () => {
  english = await readMetadata("functions.json");
  const japanese = await readMetadata("functions-ja.json");
  const namespace = reference.manifestNamespace(readFileSync(path.join(root, "manifest.xml"), "utf8"));
  rendering = reference.renderReference(english, japanese, namespace);
}, BUILD_TIMEOUT_MS);

it("README.md holds exactly the rendering of the metadata between its markers", async () => {
  const readmePath = path.join(root, "README.md");
  if (!existsSync(readmePath))
    throw new Error(`README.md is missing; add the markers, then run: ${reference.WRITE_COMMAND}`);
  const readme = readFileSync(readmePath, "utf8");
  const expected = reference.readSection(await reference.regenerate(readme, rendering, readmePath));
  if (reference.readSection(readme) !== expected) {
    throw new Error(`README.md's function reference is out of date; run: ${reference.WRITE_COMMAND}`);
  }
});

describe("the rendering", () => {
  it("names every function in Japanese and English with its signature", () => {
    for (const fn of english.functions) {
      const args = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      expect(rendering).toContain(`\`KPI.${fn.name}(${args})\``);
    }
    expect(rendering).toContain("`KPI.達成率(actual, target, [direction], [method])`");
    expect(rendering).toContain("#### `KPI.判定集計` / `KPI.SUMMARY`");
  });

  it("keeps every table row on one line with pipes escaped", () => {
    const metadata = (description: string): FunctionsMetadata => ({
      functions: [
        { id: "X", name: "X", description, parameters: [{ name: "a", description: "a | b" }], result: {} },
      ],
    });
    const text = reference.renderReference(metadata("one\ntwo | three"), metadata("ja"), "KPI");
    expect(text).toContain("| one two \\| three |");
    expect(text).toContain("a \\| b");
  });
});

describe("rewriting README.md", () => {
  const readme = ["# Title", "", reference.START, "old", reference.END, "", "## After"].join("\n");

  it("replaces only the section between the markers, and reads back what it wrote", () => {
    const written = reference.replaceSection(readme, "| new |");
    expect(written).toBe(
      ["# Title", "", reference.START, "| new |", reference.END, "", "## After"].join("\n"),
    );
    expect(reference.readSection(written)).toBe("| new |");
    expect(reference.replaceSection(written, "| new |")).toBe(written);
  });

  it("refuses a README without the markers, naming the command to run", () => {
    expect(() => reference.replaceSection("# Title", "x")).toThrow(reference.WRITE_COMMAND);
  });
});

/**
 * The `kpi` formula style calls only the add-in's custom functions, by the names and with the argument
 * counts of their metadata (dist/functions.json when built, else generated from src/functions/functions.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";
import { DEFAULT_BANDS } from "../../../src/core";
import { planTemplate, TEMPLATE_IDS, type TemplateParams } from "../../../src/core/templates";

interface FunctionMetadata {
  id: string;
  name: string;
  parameters: { name: string; optional?: boolean }[];
}

const ROOT = join(__dirname, "../../..");
const NAMESPACE = /<bt:String id="Functions.Namespace" DefaultValue="([^"]+)"/.exec(
  readFileSync(join(ROOT, "manifest.xml"), "utf8"),
)?.[1];

async function metadata(): Promise<FunctionMetadata[]> {
  const built = join(ROOT, "dist/functions.json");
  const json = existsSync(built)
    ? readFileSync(built, "utf8")
    : (await generateCustomFunctionsMetadata(join(ROOT, "src/functions/functions.ts"))).metadataJson;
  return (JSON.parse(json) as { functions: FunctionMetadata[] }).functions;
}

/** Every `NS.NAME(…)` call in a formula with its top-level argument count. */
function calls(formula: string, namespace: string): { name: string; args: number }[] {
  const found: { name: string; args: number }[] = [];
  const pattern = new RegExp(`${namespace}\\.([A-Z]+)\\(`, "g");
  for (let m = pattern.exec(formula); m !== null; m = pattern.exec(formula)) {
    let depth = 0;
    let args = 1;
    let quoted = false;
    for (let i = m.index + m[0].length; i < formula.length; i++) {
      const ch = formula[i];
      if (ch === '"') quoted = !quoted;
      if (quoted) continue;
      if (ch === "(" || ch === "{") depth++;
      else if ((ch === ")" || ch === "}") && depth > 0) depth--;
      else if (ch === ")") break;
      else if (ch === "," && depth === 0) args++;
    }
    found.push({ name: m[1], args });
  }
  return found;
}

/** Both directions where the template allows them, so the optional direction argument is counted too. */
function indicatorsFor(id: string): TemplateParams["indicators"] {
  if (id === "grant-kpi") return 2;
  return [
    { kind: "activity", direction: "up" },
    { kind: "outcome", direction: "down" },
  ];
}

const BANDS_ABCD = { ...DEFAULT_BANDS, thresholds: [1, 0.8, 0.5], labels: ["A", "B", "C", "D"] };
const variants: [string, TemplateParams][] = [
  ["default bands", { from: "R6", style: "kpi" }],
  ["custom bands", { from: "R6", style: "kpi", bands: BANDS_ABCD }],
  ["rounded banding", { from: "R6", style: "kpi", banding: "rounded" }],
];

describe("formula style kpi", () => {
  let functions: FunctionMetadata[];
  beforeAll(async () => {
    functions = await metadata();
  });

  it("reads the namespace from the manifest", () => {
    expect(NAMESPACE).toBe("KPI");
  });

  describe.each(variants)("with %s", (_, params) => {
    it.each([...TEMPLATE_IDS])(
      "%s calls only declared functions with a declared number of arguments",
      (id) => {
        const formulas = (
          planTemplate(id, { ...params, indicators: indicatorsFor(id) }).changes.cells ?? []
        ).flatMap((c) => (c.formula === undefined ? [] : [c.formula]));
        const used = formulas.flatMap((f) => calls(f, NAMESPACE ?? ""));
        expect(used.length).toBeGreaterThan(0);
        for (const call of used) {
          const declared = functions.find((f) => f.id === call.name || f.name === call.name);
          expect({ call: call.name, declared: declared !== undefined }).toEqual({
            call: call.name,
            declared: true,
          });
          const required = declared?.parameters.filter((p) => p.optional !== true).length ?? 0;
          const allowed = declared?.parameters.length ?? 0;
          expect(call.args).toBeGreaterThanOrEqual(required);
          expect(call.args).toBeLessThanOrEqual(allowed);
        }
      },
    );
  });

  it("uses KPI.STATUS for core's default bands and KPI.BAND with the thresholds and labels for others", () => {
    const byDefault = planTemplate("progress", { ...variants[0][1], projectedYear: "R8" });
    const status = (byDefault.changes.cells ?? []).find(
      (c) => c.address === byDefault.indicators[0].periods[2].status,
    );
    expect(status?.formula).toMatch(/^=IF\(\w+="","",KPI\.STATUS\(\w+,\w+,TRUE\)\)$/);
    const custom = planTemplate("progress", variants[1][1]);
    const band = (custom.changes.cells ?? []).find(
      (c) => c.address === custom.indicators[0].periods[0].status,
    );
    expect(band?.formula).toMatch(
      /KPI\.BAND\(KPI\.RATE\(\w+,\w+\),FALSE,\{1,0\.8,0\.5\},\{"A","B","C","D"\}\)/,
    );
  });

  it("computes 累計 with KPI.CUMRATE over the yearly rows", () => {
    const plan = planTemplate("grant-kpi", { from: "H28", style: "kpi", indicators: 1 });
    const cumulative = plan.indicators[0].periods[5];
    const rate = (plan.changes.cells ?? []).find((c) => c.address === cumulative.rate);
    expect(rate?.formula).toBe('=IF(J5="","",KPI.CUMRATE(E6:I6,E5:I5))');
  });
});

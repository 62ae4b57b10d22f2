/**
 * The layers of src/ and the imports each may make, enforced by lint (docs/architecture.md shows the same
 * table). A layer is a top-level folder of src/. Outside core, core is imported only through its entry
 * points; core imports no package at all (no react, exceljs, saxes, node:*) and no other layer.
 */
import path from "node:path";

/** The layers a layer may import besides itself. Dependencies point inward, to core. */
export const ALLOWED_LAYERS = {
  core: [],
  functions: ["core"],
  workbook: ["core"],
  taskpane: ["core", "workbook"],
  cli: ["core", "workbook"],
  preview: ["core", "workbook", "taskpane"],
};

/**
 * Core's public entry points (paths under src/, without extension): the engine's API, the grid and change
 * vocabulary the port speaks, and the message catalog.
 */
export const CORE_ENTRY_POINTS = ["core/index", "core/grid", "core/changes", "core/i18n/index"];

const SOURCE_EXTENSION = /\.(ts|tsx|js|mjs)$/;

/** `src/<layer>/…` of an absolute path as [layer, path under src/ without extension], or null. */
function placeIn(srcRoot, absolute) {
  const relative = path.relative(srcRoot, absolute).split(path.sep).join("/");
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  const [layer] = relative.split("/");
  return [layer, relative.replace(SOURCE_EXTENSION, "")];
}

function isEntryPoint(underSrc) {
  return CORE_ENTRY_POINTS.includes(underSrc) || CORE_ENTRY_POINTS.includes(`${underSrc}/index`);
}

/** @type {import("eslint").Rule.RuleModule} */
const importsRule = {
  meta: {
    type: "problem",
    docs: { description: "Imports follow the layers of src/ (docs/architecture.md)." },
    schema: [{ type: "object", properties: { srcRoot: { type: "string" } }, additionalProperties: false }],
    messages: {
      layer: "src/{{from}} may not import src/{{to}} (allowed: {{allowed}}); see docs/architecture.md.",
      entry:
        "Import core through its entry points ({{entries}}), not src/{{target}}; see docs/architecture.md.",
      corePackage:
        "src/core is pure TypeScript and imports no package ('{{name}}'); see docs/architecture.md.",
    },
  },
  create(context) {
    const srcRoot = context.options[0]?.srcRoot ?? path.join(context.cwd, "src");
    const here = placeIn(srcRoot, context.filename);
    if (here === null) return {};
    const [layer] = here;
    const check = (node, source) => {
      if (typeof source !== "string") return;
      if (!source.startsWith(".")) {
        if (layer === "core") context.report({ node, messageId: "corePackage", data: { name: source } });
        return;
      }
      const target = placeIn(srcRoot, path.resolve(path.dirname(context.filename), source));
      if (target === null) return;
      const [targetLayer, underSrc] = target;
      if (targetLayer === layer) return;
      const allowed = ALLOWED_LAYERS[layer] ?? [];
      if (!allowed.includes(targetLayer)) {
        const data = { from: layer, to: targetLayer, allowed: allowed.join(", ") || "none" };
        context.report({ node, messageId: "layer", data });
      } else if (targetLayer === "core" && !isEntryPoint(underSrc)) {
        const entries = CORE_ENTRY_POINTS.map((e) => `src/${e.replace(/\/index$/, "")}`).join(", ");
        context.report({ node, messageId: "entry", data: { entries, target: underSrc } });
      }
    };
    const fromSource = (node) => check(node, node.source?.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source.value : undefined),
    };
  },
};

export default { rules: { imports: importsRule } };

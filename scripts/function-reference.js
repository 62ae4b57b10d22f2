/*
 * The README's function reference, rendered from the built metadata (dist/functions.json and
 * dist/functions-ja.json) so that it cannot drift from what Excel shows in its formula help.
 *
 *   node scripts/function-reference.js           prints the rendering
 *   node scripts/function-reference.js --write   rewrites README.md between the markers below
 *   --dist <dir>                                 where the metadata is (default: dist; run `npm run build` first)
 *
 * test/functions/reference.test.ts checks that README.md holds exactly this rendering.
 */
const fs = require("fs");
const path = require("path");

const START = "<!-- functions:start -->";
const END = "<!-- functions:end -->";
const ROOT = path.resolve(__dirname, "..");
const WRITE_COMMAND = "npm run build && node scripts/function-reference.js --write";

/** Table cell text: one line, pipes escaped. */
function cell(text) {
  return String(text ?? "")
    .replace(/\s*\n\s*/g, " ")
    .replace(/\|/g, "\\|");
}

function row(cells) {
  return `| ${cells.map(cell).join(" | ")} |`;
}

function signature(namespace, name, parameters) {
  const args = parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `\`${namespace}.${name}(${args})\``;
}

/** The Markdown reference: one overview table, then each function's arguments, in Japanese and English. */
function renderReference(english, japanese, namespace) {
  const pairs = english.functions.map((en) => {
    const ja = japanese.functions.find((fn) => fn.id === en.id);
    if (!ja) throw new Error(`functions-ja.json has no ${en.id}`);
    return { en, ja };
  });
  const spills = (fn) =>
    fn.result && fn.result.dimensionality === "matrix" ? "スピル / spills" : "1セル / one cell";
  const lines = [
    row(["関数", "Function", "結果 / Result", "説明", "Description"]),
    row(["---", "---", "---", "---", "---"]),
    ...pairs.map(({ en, ja }) =>
      row([
        signature(namespace, ja.name, ja.parameters),
        signature(namespace, en.name, en.parameters),
        spills(en),
        ja.description,
        en.description,
      ]),
    ),
  ];
  for (const { en, ja } of pairs) {
    lines.push("", `#### \`${namespace}.${ja.name}\` / \`${namespace}.${en.name}\``, "");
    lines.push(row(["引数 / Argument", "省略可 / Optional", "範囲 / Range", "説明", "Description"]));
    lines.push(row(["---", "---", "---", "---", "---"]));
    en.parameters.forEach((p, k) => {
      lines.push(
        row([
          `\`${p.name}\``,
          p.optional ? "✓" : "",
          p.dimensionality === "matrix" ? "✓" : "",
          ja.parameters[k].description,
          p.description,
        ]),
      );
    });
  }
  return lines.join("\n");
}

function markers(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`README.md needs the markers ${START} and ${END}; then run: ${WRITE_COMMAND}`);
  }
  return { from: start + START.length, to: end };
}

/** The text between the markers, without the blank lines that frame it. */
function readSection(readme) {
  const { from, to } = markers(readme);
  return readme.slice(from, to).replace(/^\n+|\n+$/g, "");
}

/** The README with the section between the markers replaced by `rendering`; everything else unchanged. */
function replaceSection(readme, rendering) {
  const { from, to } = markers(readme);
  return `${readme.slice(0, from)}\n${rendering}\n${readme.slice(to)}`;
}

/**
 * The README with its reference section rewritten and the whole file formatted by prettier (with the
 * project's settings), so that `prettier --check` and this script agree on the section's exact text.
 */
async function regenerate(readme, rendering, readmePath) {
  // prettier 3's API loads its plugins with dynamic import(), which jest's CommonJS sandbox refuses, so the
  // formatting runs in prettier's own CLI process.
  const { execFileSync } = require("child_process");
  const cli = require.resolve("prettier/bin/prettier.cjs");
  return execFileSync(process.execPath, [cli, "--stdin-filepath", readmePath], {
    input: replaceSection(readme, rendering),
    encoding: "utf8",
  });
}

/** The custom functions' namespace as the manifest declares it (`KPI`). */
function manifestNamespace(manifestXml) {
  const match = /<bt:String\s+id="Functions\.Namespace"\s+DefaultValue="([^"]+)"/.exec(manifestXml);
  if (!match) throw new Error("manifest.xml declares no Functions.Namespace");
  return match[1];
}

async function main(argv) {
  const distAt = argv.indexOf("--dist");
  const dist = path.resolve(ROOT, distAt >= 0 ? argv[distAt + 1] : "dist");
  const read = (file) => JSON.parse(fs.readFileSync(path.join(dist, file), "utf8"));
  const namespace = manifestNamespace(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  const rendering = renderReference(read("functions.json"), read("functions-ja.json"), namespace);
  if (!argv.includes("--write")) {
    process.stdout.write(`${rendering}\n`);
    return;
  }
  const readmePath = path.join(ROOT, "README.md");
  fs.writeFileSync(readmePath, await regenerate(fs.readFileSync(readmePath, "utf8"), rendering, readmePath));
  console.log(`README.md: function reference rewritten from ${path.relative(ROOT, dist) || "."}`);
}

module.exports = {
  START,
  END,
  WRITE_COMMAND,
  renderReference,
  readSection,
  replaceSection,
  regenerate,
  manifestNamespace,
};

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}

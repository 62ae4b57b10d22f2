#!/usr/bin/env node
// kpi-check: runs the checker CLI (src/cli/main.ts) from the bundle that `npm run build` makes (dist-cli/) when it
// was built from exactly the files on disk (scripts/cli-bundle.js), else from the TypeScript sources through
// swc's module hooks (scripts/ts-hooks.mjs). Either way a failure to start is one line on stderr, exit 2.
const path = require("path");
const { currentBundle } = require("../scripts/cli-bundle.js");

const root = path.resolve(__dirname, "..");

function fail(error) {
  console.error(`kpi-check: ${error && error.message ? error.message : error}`);
  process.exit(2);
}

const bundle = currentBundle(root);
if (bundle !== null) {
  // The entry awaits the command (top-level await), so the bundle's exports are a promise of its end.
  Promise.resolve()
    .then(() => require(bundle))
    .catch(fail);
} else {
  const { register } = require("module");
  const { pathToFileURL } = require("url");
  register(pathToFileURL(path.join(root, "scripts/ts-hooks.mjs")).href);
  import(pathToFileURL(path.join(root, "src/cli/main.ts")).href).catch(fail);
}

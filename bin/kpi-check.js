#!/usr/bin/env node
// kpi-check: runs the checker CLI (src/cli/main.ts) from the TypeScript sources through swc's module hooks.
const path = require("path");
const { register } = require("module");
const { pathToFileURL } = require("url");

const root = path.resolve(__dirname, "..");
register(pathToFileURL(path.join(root, "scripts/ts-hooks.mjs")).href);
import(pathToFileURL(path.join(root, "src/cli/main.ts")).href).catch((error) => {
  console.error(`kpi-check: ${error && error.message ? error.message : error}`);
  process.exit(2);
});

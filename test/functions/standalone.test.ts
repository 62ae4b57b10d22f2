/**
 * dist/functions.js as Excel's custom-functions runtime loads it: one standalone script that, given only a
 * global `CustomFunctions`, registers every function of the metadata once; small; and without network access.
 */
import { readFileSync } from "fs";
import path from "path";
import { BUILD_TIMEOUT_MS, bundleDir, loadFunctions, readMetadata } from "./bundle";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own budget and measure (a Node script)
const { BUDGETS, gzipSize } = require("../../scripts/bundle-size-plugin.js") as {
  BUDGETS: Record<string, number>;
  gzipSize: (buffer: Buffer) => number;
};

let script: Buffer;

beforeAll(async () => {
  script = readFileSync(path.join(await bundleDir(), "functions.js"));
}, BUILD_TIMEOUT_MS);

it("registers exactly the functions of functions.json, each once, with CustomFunctions as its only global", async () => {
  const registered = await loadFunctions();
  const metadata = await readMetadata("functions.json");
  expect([...registered.keys()].sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
});

it("stays within its gzipped size budget", () => {
  expect(gzipSize(script)).toBeLessThanOrEqual(BUDGETS["functions.js"]);
});

it("contains no network access", () => {
  expect(script.toString("utf8")).not.toMatch(
    /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts/,
  );
});

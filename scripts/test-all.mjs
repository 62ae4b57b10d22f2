// npm run test:all — every test: unit (as `npm test`), browser end-to-end (headless Chromium) and spreadsheet-engine
// (LibreOffice) tests. A missing program is a failure with a message naming it, never a silent skip.
// Extra arguments go to jest (e.g. `npm run test:all -- --json --outputFile=test-results/jest.json`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const onPath = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).status === 0;

const missing = [];
if (!existsSync(chromium))
  missing.push(`Chromium (${chromium}) for the browser tests: apt-get install -y chromium`);
if (!onPath("soffice"))
  missing.push(
    "LibreOffice (soffice) for the spreadsheet-engine tests: apt-get install -y libreoffice-calc-nogui",
  );
if (missing.length) {
  console.error("test:all cannot run; missing program(s):");
  for (const m of missing) console.error(`  - ${m}`);
  process.exit(1);
}

const jest = spawnSync(
  process.execPath,
  [
    "node_modules/jest/bin/jest.js",
    "--coverage",
    "--testPathIgnorePatterns",
    "/node_modules/",
    ...process.argv.slice(2),
  ],
  { stdio: "inherit", env: { ...process.env, CHROMIUM_PATH: chromium } },
);
process.exit(jest.status ?? 1);

/** bundle.functions_gz / bundle.taskpane_gz: gzipped sizes of what Excel loads, against the build's own budgets. */
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import type { Figure } from "../figure";

const require = createRequire(import.meta.url);
const { BUDGETS, gzipSize } = require("../../scripts/bundle-size-plugin.js") as {
  BUDGETS: Record<string, number>;
  gzipSize: (b: Buffer) => number;
};

const FILES: [string, string, string][] = [
  ["bundle.functions_gz", "functions.js", "gzipped dist/functions.js"],
  ["bundle.taskpane_gz", "taskpane.js", "gzipped task pane initial script (dist/taskpane.js)"],
];

export const bundleFigure: Figure = {
  ids: FILES.map(([id]) => id),
  budget: true,
  async run() {
    return FILES.map(([id, file, what]) => {
      const path = `dist/${file}`;
      if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
      const size = gzipSize(readFileSync(path)) / 1024;
      const budget = BUDGETS[file] / 1024;
      return { id, what, goal: `≤ ${budget} KB`, value: size, unit: "KB", met: size <= budget };
    });
  },
};

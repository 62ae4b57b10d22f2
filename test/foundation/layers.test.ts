/**
 * The layers lint rule (eslint/layers.mjs, docs/architecture.md) run as `npm run lint` runs it: planted
 * imports are linted with ESLint's Node API (`lintText` with a file path inside a layer) in a child Node
 * process, since the flat config is an ES module that jest's CommonJS runtime cannot load.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

interface Planted {
  /** Where the planted file would live, under the repository root. */
  file: string;
  code: string;
}

const LINT = `
import { ESLint } from "eslint";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { file, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: file });
  out.push(result.messages.filter((m) => m.ruleId === "layers/imports").map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
`;

/** The layers/imports messages for each planted file. */
function layerMessages(cases: Planted[]): string[][] {
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", LINT, JSON.stringify(cases)], {
    cwd: root,
    encoding: "utf8",
  });
  return JSON.parse(output) as string[][];
}

const VIOLATIONS: [string, Planted][] = [
  [
    "core imports the workbook port",
    { file: "src/core/planted.ts", code: 'export type { WorkbookPort } from "../workbook/port";\n' },
  ],
  ["core imports react", { file: "src/core/rules/planted.ts", code: 'export { useState } from "react";\n' }],
  [
    "core imports exceljs",
    { file: "src/core/planted.ts", code: 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n' },
  ],
  [
    "core imports node:fs",
    { file: "src/core/tables/planted.ts", code: 'export { readFileSync } from "node:fs";\n' },
  ],
  [
    "core imports the task pane",
    { file: "src/core/planted.ts", code: 'export { App } from "../taskpane/app/App";\n' },
  ],
  [
    "a face imports deep into core",
    {
      file: "src/taskpane/checking/planted.ts",
      code: 'export { evaluateModel } from "../../core/rules/evaluate";\n',
    },
  ],
  [
    "the CLI imports a check module",
    {
      file: "src/cli/planted.ts",
      code: 'export { rateMismatch } from "../core/rules/checks/rate-mismatch";\n',
    },
  ],
  [
    "the workbook imports the task pane",
    {
      file: "src/workbook/planted.ts",
      code: 'export type { PaneReport } from "../taskpane/checking/report";\n',
    },
  ],
  [
    "the workbook imports the CLI",
    { file: "src/workbook/xlsx/planted.ts", code: 'export { run } from "../../cli/run";\n' },
  ],
  [
    "functions import the workbook",
    { file: "src/functions/planted.ts", code: 'export { WorkbookError } from "../workbook/errors";\n' },
  ],
  [
    "a dynamic import from core into the workbook",
    { file: "src/core/planted.ts", code: 'export const load = () => import("../workbook/xlsx/files");\n' },
  ],
];

const ALLOWED: [string, Planted][] = [
  [
    "a face imports core's index",
    { file: "src/cli/planted.ts", code: 'export { checkModel } from "../core";\n' },
  ],
  [
    "the port imports the grid and the change vocabulary",
    {
      file: "src/workbook/planted.ts",
      code: 'export type { Grid } from "../core/grid";\nexport type { ChangeSet } from "../core/changes";\n',
    },
  ],
  [
    "the pane imports the catalog entry and the port",
    {
      file: "src/taskpane/planted.ts",
      code: 'export { message } from "../core/i18n";\nexport type { WorkbookPort } from "../workbook/port";\n',
    },
  ],
  [
    "core imports within core",
    { file: "src/core/rules/planted.ts", code: 'export { parseValue } from "../values";\n' },
  ],
];

test("each planted violation fails lint with a message naming the rule it breaks", () => {
  const messages = layerMessages(VIOLATIONS.map(([, planted]) => planted));
  VIOLATIONS.forEach(([what], i) => expect([what, messages[i].length]).toEqual([what, 1]));
  expect(messages[0][0]).toMatch(/src\/core may not import src\/workbook/);
  expect(messages[1][0]).toMatch(/imports no package \('react'\)/);
  expect(messages[5][0]).toMatch(/entry points/);
});

test("imports along the layers pass", () => {
  expect(layerMessages(ALLOWED.map(([, planted]) => planted))).toEqual(ALLOWED.map(() => []));
});

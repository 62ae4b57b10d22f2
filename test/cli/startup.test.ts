/**
 * How kpi-check starts (bin/kpi-check.js, scripts/cli-bundle.js): from the bundle `npm run build` makes only
 * while it was built from the files on disk, else from the TypeScript sources. Every way a file can come to
 * differ from the build's (an edit of the same size, an edit with its times put back, a deletion, a file that
 * the module hooks would load in an input's place) falls back to the sources; an edit undone keeps the bundle.
 * Then bin on a small project of its own (which way it ran, and a failure as one line, exit 2), and the real
 * build: its manifest, the lazy commands left out of the main file, and the same report as the sources.
 */
import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT, SAMPLES } from "./support/kpiCheck";

type InputRecord = [string, number] | [string, number, number, number];
interface Manifest {
  entry: string;
  inputs: Record<string, InputRecord>;
  absent: string[];
}
interface BundleRule {
  BUNDLE_DIR: string;
  readInput(file: string): { bytes: Buffer; record: InputRecord };
  writeManifest(dir: string, manifest: Manifest): void;
  currentBundle(root: string): string | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/cli-bundle.js is CommonJS, bin's own
const rule = require(join(ROOT, "scripts/cli-bundle.js")) as BundleRule;

const work = mkdtempSync(join(tmpdir(), "kpi-check-startup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ENTRY = "kpi-check.0123abcd.cjs";
const MAIN = "src/cli/main.ts";
const CORE = "src/core/index.ts";

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** A modification time that the file system holds exactly (whole seconds), so that a test can put it back. */
const PAST = new Date("2026-01-05T00:00:00Z");

/** A project with two sources and a bundle, its manifest not yet written. */
function project(name: string, bundle = "module.exports = Promise.resolve();\n"): string {
  const root = join(work, name);
  write(root, MAIN, 'export const answer = "a";\n');
  write(root, CORE, "export const core = 1;\n");
  for (const file of [MAIN, CORE]) utimesSync(join(root, file), PAST, PAST);
  write(root, join(rule.BUNDLE_DIR, ENTRY), bundle);
  return root;
}

/** The manifest a build of root's sources writes: src/core.ts, src/core.tsx would shadow src/core/index.ts. */
function recordBuild(root: string): Manifest {
  const manifest: Manifest = {
    entry: ENTRY,
    inputs: Object.fromEntries([MAIN, CORE].map((file) => [file, rule.readInput(join(root, file)).record])),
    absent: ["src/core.ts", "src/core.tsx"],
  };
  rule.writeManifest(join(root, rule.BUNDLE_DIR), manifest);
  return manifest;
}

const bundleOf = (root: string) => join(root, rule.BUNDLE_DIR, ENTRY);

describe("the staleness rule (scripts/cli-bundle.js)", () => {
  const CASES = [
    "current",
    "sameSize",
    "undone",
    "timesPutBack",
    "deleted",
    "folderIsFile",
    "shadowed",
    "manifest",
  ];
  const roots = new Map<string, string>();
  // Files changed in the last 2 s are recorded without their times (their digest is checked at every start); the
  // stat shortcut is what these tests exercise, so the sources are left to settle first.
  beforeAll(async () => {
    for (const name of CASES) roots.set(name, project(name));
    await new Promise((resolve) => setTimeout(resolve, 2100));
  });
  const built = (name: string): string => {
    const root = roots.get(name) as string;
    recordBuild(root);
    return root;
  };

  it("uses the bundle while every input is as built, by their times alone", () => {
    const root = built("current");
    const manifest = JSON.parse(
      readFileSync(join(root, rule.BUNDLE_DIR, "manifest.json"), "utf8"),
    ) as Manifest;
    expect(Object.values(manifest.inputs).map((record) => record.length)).toEqual([4, 4]);
    expect(rule.currentBundle(root)).toBe(bundleOf(root));
    expect(rule.currentBundle(root)).toBe(bundleOf(root));
  });

  it("falls back to the sources after an edit of the same size", () => {
    const root = built("sameSize");
    write(root, MAIN, 'export const answer = "b";\n');
    expect(rule.currentBundle(root)).toBeNull();
  });

  it("keeps the bundle when an edit is undone (new times, the same bytes)", () => {
    const root = built("undone");
    write(root, MAIN, 'export const answer = "b";\n');
    write(root, MAIN, 'export const answer = "a";\n');
    expect(rule.currentBundle(root)).toBe(bundleOf(root));
  });

  it("falls back after an edit whose modification time is put back (the change time still moves)", () => {
    const root = built("timesPutBack");
    write(root, MAIN, 'export const answer = "b";\n');
    utimesSync(join(root, MAIN), PAST, PAST);
    expect(statSync(join(root, MAIN)).mtimeMs).toBe(PAST.getTime());
    expect(rule.currentBundle(root)).toBeNull();
  });

  it("falls back when an input is deleted", () => {
    const root = built("deleted");
    rmSync(join(root, CORE));
    expect(rule.currentBundle(root)).toBeNull();
  });

  it("falls back when an input's folder is replaced by a file (it cannot even be stat'ed)", () => {
    const root = built("folderIsFile");
    rmSync(join(root, "src/core"), { recursive: true });
    write(root, "src/core", "not a folder\n");
    expect(rule.currentBundle(root)).toBeNull();
  });

  it("falls back when a file appears that the module hooks would load instead of an input", () => {
    const root = built("shadowed");
    write(root, "src/core.ts", "export const core = 2;\n");
    expect(rule.currentBundle(root)).toBeNull();
  });

  it("falls back without a manifest, with a damaged one, or without the bundle's main file", () => {
    const root = built("manifest");
    const manifestFile = join(root, rule.BUNDLE_DIR, "manifest.json");
    const text = readFileSync(manifestFile, "utf8");
    writeFileSync(manifestFile, text.slice(0, text.length / 2));
    expect(rule.currentBundle(root)).toBeNull();
    writeFileSync(manifestFile, JSON.stringify({ entry: ENTRY, inputs: { [MAIN]: "digest" }, absent: [] }));
    expect(rule.currentBundle(root)).toBeNull();
    rmSync(manifestFile);
    expect(rule.currentBundle(root)).toBeNull();
    recordBuild(root);
    expect(rule.currentBundle(root)).toBe(bundleOf(root));
    rmSync(bundleOf(root));
    expect(rule.currentBundle(root)).toBeNull();
  });

  it("records a file saved just before the build without its times, and checks its bytes at every start", () => {
    const root = project("justSaved");
    const { inputs } = recordBuild(root);
    expect(inputs[MAIN]).toHaveLength(2);
    expect(rule.currentBundle(root)).toBe(bundleOf(root));
    write(root, MAIN, 'export const answer = "b";\n');
    expect(rule.currentBundle(root)).toBeNull();
  });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({
        code: error === null ? 0 : typeof error.code === "number" ? error.code : null,
        stdout,
        stderr,
      }),
    );
  });
}

/** A project that bin/kpi-check.js (copied in with the scripts it uses) starts as it starts the real one. */
function binProject(name: string, bundle: string, main: string): string {
  const root = project(name, bundle);
  write(root, MAIN, main);
  for (const file of ["bin/kpi-check.js", "scripts/cli-bundle.js", "scripts/ts-hooks.mjs"]) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(root, file));
  }
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
  recordBuild(root);
  return root;
}

describe("bin/kpi-check.js", () => {
  const SAYS = (who: string) => `process.stdout.write(\`${who} \${process.argv.slice(2).join(" ")}\\n\`);\n`;

  it("runs the bundle while it is current and the sources once one changes", async () => {
    const root = binProject("binWay", SAYS("bundle"), `${SAYS("sources")}export {};\n`);
    const bin = join(root, "bin/kpi-check.js");
    expect(await run([bin, "--version"])).toEqual({ code: 0, stdout: "bundle --version\n", stderr: "" });
    write(root, MAIN, `${SAYS("edited sources")}export {};\n`);
    expect(await run([bin, "--version"])).toEqual({
      code: 0,
      stdout: "edited sources --version\n",
      stderr: "",
    });
    recordBuild(root);
    expect(await run([bin, "--version"])).toEqual({ code: 0, stdout: "bundle --version\n", stderr: "" });
  });

  it("ends a failure of either as one line on stderr and exit 2", async () => {
    const root = binProject(
      "binFailure",
      'module.exports = Promise.reject(new Error("broken bundle"));\n',
      'throw new Error("broken sources");\n',
    );
    const bin = join(root, "bin/kpi-check.js");
    expect(await run([bin])).toEqual({ code: 2, stdout: "", stderr: "kpi-check: broken bundle\n" });
    write(root, MAIN, 'throw new Error("broken sources");\nexport {};\n');
    expect(await run([bin])).toEqual({ code: 2, stdout: "", stderr: "kpi-check: broken sources\n" });
  });
});

interface StatsModule {
  name: string;
  chunks: (string | number)[];
  modules?: StatsModule[];
}
interface StatsJson {
  chunks: { id: string | number; initial: boolean }[];
  modules: StatsModule[];
}

/** Every module, those concatenated into one (scope hoisting) with the chunks of the one they are in. */
function modulesIn(modules: readonly StatsModule[]): StatsModule[] {
  return modules.flatMap((m) => [
    m,
    ...modulesIn(m.modules ?? []).map((inner) => ({ ...inner, chunks: m.chunks })),
  ]);
}

describe("the real build (webpack.cli.config.mjs)", () => {
  let out: string;
  let statsFile: string;
  let manifest: Manifest;
  const chunk = (file: string) => readFileSync(join(out, file), "utf8");

  beforeAll(() => {
    // In the project, where the bundle finds the packages it requires.
    out = mkdtempSync(join(ROOT, "node_modules/.cache/kpi-check-startup-"));
    statsFile = `${out}.stats.json`;
    const webpack = join(ROOT, "node_modules/webpack/bin/webpack.js");
    const args = [
      "--mode",
      "production",
      "-c",
      "webpack.cli.config.mjs",
      "--output-path",
      out,
      "--json",
      statsFile,
    ];
    execFileSync(process.execPath, [webpack, ...args], { cwd: ROOT, stdio: "pipe" });
    manifest = JSON.parse(chunk("manifest.json")) as Manifest;
  }, 180_000);
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(statsFile, { force: true });
  });

  it("records the bytes of every file it was built from, lazy commands and package.json included", () => {
    const files = Object.keys(manifest.inputs);
    for (const file of [
      MAIN,
      "src/cli/run.ts",
      "src/cli/fixOutput.ts",
      "src/cli/mergeCommand.ts",
      "package.json",
    ])
      expect(files).toContain(file);
    for (const [file, [digest, size]] of Object.entries(manifest.inputs)) {
      const bytes = readFileSync(join(ROOT, file));
      expect([file, createHash("sha1").update(bytes).digest("hex"), bytes.length]).toEqual([
        file,
        digest,
        size,
      ]);
    }
    // src/cli/run.ts imports "../core": the hooks would load src/core.ts before src/core/index.ts.
    expect(manifest.absent).toEqual(expect.arrayContaining(["src/core.ts", "src/core.tsx"]));
  });

  it("keeps the commands run.ts imports when used out of the main file", () => {
    const stats = JSON.parse(readFileSync(statsFile, "utf8")) as StatsJson;
    const initial = new Set(stats.chunks.filter((c) => c.initial).map((c) => c.id));
    const chunksOf = new Map(modulesIn(stats.modules).map((m) => [m.name, m.chunks]));
    expect(chunksOf.get(`./${MAIN}`)?.some((id) => initial.has(id))).toBe(true);
    for (const module of ["fixOutput", "templateCommand", "splitCommand", "mergeCommand"]) {
      const chunks = chunksOf.get(`./src/cli/${module}.ts`);
      expect([module, chunks?.length]).toEqual([module, expect.any(Number)]);
      expect([module, chunks?.some((id) => initial.has(id))]).toEqual([module, false]);
    }
  });

  it("reports as the sources do", async () => {
    const args = [join(SAMPLES, "004-atsugi-kpi.xlsx"), "--json"];
    const fromBundle = await run([join(out, manifest.entry), ...args]);
    const fromSources = await run(["--import", "./scripts/register-ts.mjs", MAIN, ...args]);
    expect(fromBundle.code).toBe(1);
    expect(fromBundle).toEqual(fromSources);
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version as string;
    expect(await run([join(out, manifest.entry), "--version"])).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: "",
    });
  });
});

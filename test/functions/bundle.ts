/**
 * The BUILT custom functions, as Excel loads them: dist/functions.js evaluated in a fresh VM context
 * whose only globals are a stub `CustomFunctions` (associate, Error, ErrorCode) and, optionally, `Office`
 * with a display language. Every associated function is returned by id.
 *
 * dist/ is used when it is newer than every source of the functions bundle (CI runs `npm run build`
 * first); otherwise the functions entry alone is built with webpack's Node API into a temporary
 * directory keyed by the sources' state, so repeated runs reuse it.
 */
import { createHash } from "crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import webpack, { type Configuration } from "webpack";
import { ErrorCode, StubError } from "./stub";

const root = path.resolve(__dirname, "../..");
const DIST = path.join(root, "dist");
/** Files of the build output the tests read. */
export const OUTPUTS = ["functions.js", "functions.json", "functions-ja.json"] as const;
/** Everything the functions bundle and its metadata are made from. */
const SOURCES = [
  "src/functions",
  "src/core",
  "scripts/functions-ja.js",
  "scripts/functions-ja-plugin.js",
  "scripts/functions-metadata.js",
  "scripts/webpack-ts-rule.js",
  "webpack.config.js",
];

function filesUnder(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(full, name))
    .filter((file) => statSync(file).isFile());
}

function sourceFiles(): string[] {
  return SOURCES.flatMap(filesUnder).sort();
}

function isFresh(dir: string, sources: readonly string[]): boolean {
  if (!OUTPUTS.every((name) => existsSync(path.join(dir, name)))) return false;
  const built = Math.min(...OUTPUTS.map((name) => statSync(path.join(dir, name)).mtimeMs));
  return sources.every((file) => statSync(file).mtimeMs <= built);
}

/** webpack.config.js reduced to the functions entry and the plugins that make its metadata. */
function functionsConfig(outputPath: string): Configuration {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is a CommonJS factory
  const factory = require(path.join(root, "webpack.config.js")) as (
    env: unknown,
    argv: { mode: string },
  ) => Configuration;
  const config = factory({}, { mode: "production" });
  const keep = new Set(["CustomFunctionsMetadataPlugin", "JapaneseMetadataPlugin"]);
  return {
    ...config,
    context: root,
    devtool: false,
    entry: { functions: (config.entry as Record<string, string>).functions },
    output: { ...config.output, path: outputPath, clean: true },
    plugins: (config.plugins ?? []).filter((plugin) => plugin && keep.has(plugin.constructor.name)),
  };
}

function build(outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(functionsConfig(outputPath), (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

const complete = (dir: string) => OUTPUTS.every((name) => existsSync(path.join(dir, name)));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds into `dir` unless it is complete. Jest runs test files in parallel workers: the first one takes a
 * lock directory and builds, the others wait for it (a lock older than the build timeout is stale).
 */
async function buildOnce(dir: string): Promise<void> {
  const lock = `${dir}.lock`;
  while (!complete(dir)) {
    try {
      mkdirSync(lock);
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > BUILD_TIMEOUT_MS)
        rmSync(lock, { force: true, recursive: true });
      await sleep(250);
      continue;
    }
    try {
      const staging = `${dir}.${process.pid}`;
      await build(staging);
      rmSync(dir, { force: true, recursive: true });
      renameSync(staging, dir);
    } finally {
      rmSync(lock, { force: true, recursive: true });
    }
  }
}

let built: Promise<string> | undefined;

/** The directory holding a fresh build of the functions bundle (dist/ or a temporary build). */
export function bundleDir(): Promise<string> {
  built ??= (async () => {
    const sources = sourceFiles();
    if (isFresh(DIST, sources)) return DIST;
    const hash = createHash("sha256");
    for (const file of sources) hash.update(`${file}\0${statSync(file).mtimeMs}\0`);
    const dir = path.join(os.tmpdir(), `kpi-functions-${hash.digest("hex").slice(0, 16)}`);
    await buildOnce(dir);
    return dir;
  })();
  return built;
}

/** Enough time for one production build of the functions entry on a shared 2-core machine. */
export const BUILD_TIMEOUT_MS = 180_000;

/** A registered custom function, called as Excel calls it. */
export type CustomFunction = (...args: unknown[]) => unknown;

export interface LoadOptions {
  /** `Office.context.displayLanguage`; no `Office` global at all when omitted. */
  readonly displayLanguage?: string;
}

/** Evaluates the built functions.js in a fresh VM context and returns the associated functions by id. */
export async function loadFunctions(options: LoadOptions = {}): Promise<Map<string, CustomFunction>> {
  const dir = await bundleDir();
  const code = readFileSync(path.join(dir, "functions.js"), "utf8");
  const registered = new Map<string, CustomFunction>();
  const CustomFunctions = {
    associate: (id: string, fn: CustomFunction) => {
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
    Error: StubError,
    ErrorCode,
  };
  const globals: Record<string, unknown> = { CustomFunctions };
  if (options.displayLanguage !== undefined)
    globals.Office = { context: { displayLanguage: options.displayLanguage } };
  vm.runInContext(code, vm.createContext(globals), { filename: "functions.js" });
  return registered;
}

/** The generated metadata: functions.json (English) or functions-ja.json. */
export async function readMetadata(file: "functions.json" | "functions-ja.json"): Promise<FunctionsMetadata> {
  return JSON.parse(readFileSync(path.join(await bundleDir(), file), "utf8")) as FunctionsMetadata;
}

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

export interface FunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

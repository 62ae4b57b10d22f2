// Node module hooks that run the TypeScript sources directly (transpiled by swc, no type check): used by the
// benchmark, and by the kpi-check command when there is no bundle built from the sources on disk (bin/kpi-check.js),
// so that neither needs a separate build step. That bundle is transpiled with the same options (swcOptions).
//
// Transpiled modules are cached on disk (node_modules/.cache/kpi-check), so that a second run neither loads
// swc nor transpiles: the key is the file's modification time and size, this file's own contents (the swc
// options) and swc's version, so an edited source, changed options or another swc is a miss and is
// transpiled again; code is never served for a version of a file other than the one on disk. A cache that
// cannot be written (a read-only install) only costs the transpile.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];
const ROOT = new URL("../", import.meta.url);
const CACHE_DIR = fileURLToPath(new URL("node_modules/.cache/kpi-check/", ROOT));
const SWC_VERSION = createRequire(import.meta.url)("@swc/core/package.json").version;
const HOOKS_HASH = createHash("sha1")
  .update(readFileSync(new URL(import.meta.url)))
  .digest("hex");

export async function resolve(specifier, context, nextResolve) {
  const relative = specifier.startsWith(".") || specifier.startsWith("/");
  if (
    relative &&
    context.parentURL &&
    context.parentURL.startsWith("file:") &&
    !/\.[cm]?[jt]sx?$|\.json$/.test(specifier)
  ) {
    const base = fileURLToPath(new URL(specifier, context.parentURL));
    for (const ext of EXTENSIONS) {
      if (existsSync(base + ext)) return { url: pathToFileURL(base + ext).href, shortCircuit: true };
    }
  }
  return nextResolve(specifier, context);
}

/** swc is loaded on the first cache miss only: loading its native binding is a good part of a start-up. */
let swc = null;

/**
 * swc's options for a .ts or .tsx file, here and in the kpi-check bundle (webpack.cli.config.mjs): these alone,
 * no .swcrc found on the way (which neither this cache's key nor the bundle's manifest would notice).
 */
export function swcOptions(tsx) {
  return {
    swcrc: false,
    jsc: {
      parser: { syntax: "typescript", tsx },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
  };
}

async function transpile(file, source) {
  swc ??= (await import("@swc/core")).default;
  const { code } = await swc.transform(source, {
    ...swcOptions(file.endsWith(".tsx")),
    filename: file,
    module: { type: "es6" },
    sourceMaps: "inline",
  });
  return code;
}

/**
 * One cache entry per source file (its name is a hash of the path, so the cache does not grow as files are
 * edited); its first line holds the key of the version it was transpiled from.
 */
async function cacheEntry(file) {
  const { mtimeMs, size } = await stat(file);
  return {
    path: `${CACHE_DIR}${createHash("sha1").update(file).digest("hex")}.js`,
    header: `// ${HOOKS_HASH} ${SWC_VERSION} ${mtimeMs} ${size}\n`,
  };
}

/** Written under a unique name and renamed, so that a concurrent run never reads half a file. */
async function store(path, text) {
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    const partial = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(partial, text);
    await rename(partial, path);
  } catch {
    // Not writable: the next run transpiles again.
  }
}

export async function load(url, context, nextLoad) {
  // A JSON file imported from TypeScript (as webpack and the type checker allow) is a module with a default
  // export; Node itself would want an import attribute that swc's output does not carry.
  if (url.startsWith("file:") && url.endsWith(".json") && context.importAttributes?.type !== "json") {
    const source = `export default ${await readFile(fileURLToPath(url), "utf8")};`;
    return { format: "module", source, shortCircuit: true };
  }
  if (!/\.tsx?$/.test(url)) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const entry = await cacheEntry(file);
  const cached = await readFile(entry.path, "utf8").catch(() => "");
  if (cached.startsWith(entry.header))
    return { format: "module", source: cached.slice(entry.header.length), shortCircuit: true };
  const code = await transpile(file, await readFile(file, "utf8"));
  await store(entry.path, entry.header + code);
  return { format: "module", source: code, shortCircuit: true };
}

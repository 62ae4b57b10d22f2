// Node module hooks that run the TypeScript sources directly (transpiled by swc, no type check): used by the
// kpi-check command and the benchmark so that neither needs a separate build step.
//
// Transpiled modules are cached on disk (node_modules/.cache/kpi-check), so that a second run neither loads
// swc nor transpiles: the key is the file's path, modification time and size, this file's own contents
// (the swc options) and swc's version, so an edited source, changed options or another swc is a miss and is
// transpiled again; code is never served for a file other than the one on disk. A cache that cannot be
// written (a read-only install) only costs the transpile.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];
const ROOT = new URL("../", import.meta.url);
const CACHE_DIR = fileURLToPath(new URL("node_modules/.cache/kpi-check/", ROOT));
const SWC_VERSION = JSON.parse(
  readFileSync(new URL("node_modules/@swc/core/package.json", ROOT), "utf8"),
).version;
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

async function transpile(file, source) {
  swc ??= (await import("@swc/core")).default;
  const { code } = await swc.transform(source, {
    filename: file,
    jsc: {
      parser: { syntax: "typescript", tsx: file.endsWith(".tsx") },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "es6" },
    sourceMaps: "inline",
  });
  return code;
}

async function cacheFile(file) {
  const { mtimeMs, size } = await stat(file);
  const key = createHash("sha1")
    .update(`${HOOKS_HASH}\0${SWC_VERSION}\0${file}\0${mtimeMs}\0${size}`)
    .digest("hex");
  return `${CACHE_DIR}${key}.js`;
}

/** Written under a unique name and renamed, so that a concurrent run never reads half a file. */
async function store(cached, code) {
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    const partial = `${cached}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(partial, code);
    await rename(partial, cached);
  } catch {
    // Not writable: the next run transpiles again.
  }
}

export async function load(url, context, nextLoad) {
  if (!/\.tsx?$/.test(url)) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const cached = await cacheFile(file);
  const hit = await readFile(cached, "utf8").catch(() => null);
  if (hit !== null) return { format: "module", source: hit, shortCircuit: true };
  const code = await transpile(file, await readFile(file, "utf8"));
  await store(cached, code);
  return { format: "module", source: code, shortCircuit: true };
}

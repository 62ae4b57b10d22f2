// Node module hooks that run the TypeScript sources directly (transpiled by swc, no type check): used by the
// kpi-check command and the benchmark so that neither needs a separate build step.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import swc from "@swc/core";

const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

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

export async function load(url, context, nextLoad) {
  if (!/\.tsx?$/.test(url)) return nextLoad(url, context);
  const source = await readFile(fileURLToPath(url), "utf8");
  const { code } = await swc.transform(source, {
    filename: fileURLToPath(url),
    jsc: {
      parser: { syntax: "typescript", tsx: url.endsWith(".tsx") },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "es6" },
    sourceMaps: "inline",
  });
  return { format: "module", source: code, shortCircuit: true };
}

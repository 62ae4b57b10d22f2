// npm run preview [-- --port N (0: any free port)] [-- --samples DIR] [-- --no-build]
// Builds the preview page (webpack.preview.config.js), copies the sample workbooks of samples/ next to it
// and serves it on localhost until stopped. Prints the URL on its own line. Nothing is fetched from any
// other host: the page loads only its own scripts and the samples.
import webpack from "webpack";
import { createRequire } from "node:module";
import { copyFile, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { serveStatic } from "./static-server.mjs";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const port = portArg >= 0 ? Number(args[portArg + 1]) : 3100;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const samplesArg = args.indexOf("--samples");
const samplesDir = samplesArg >= 0 ? path.resolve(args[samplesArg + 1]) : path.join(root, "samples");
const out = path.join(root, "dist-preview");

function build() {
  const config = require(path.join(root, "webpack.preview.config.js"))({}, { mode: "production" });
  return new Promise((resolve, reject) =>
    webpack(config).run((err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

/** Copies the sample workbooks (samples/*.xlsx unless --samples says otherwise) into dist-preview/samples/ with an index; the 004 sample opens by default. */
async function copySamples() {
  const from = samplesDir;
  const to = path.join(out, "samples");
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  const names = (await readdir(from).catch(() => [])).filter((n) => n.endsWith(".xlsx")).sort();
  for (const name of names) await copyFile(path.join(from, name), path.join(to, name));
  const fallback = names.find((n) => n.startsWith("004")) ?? names[0] ?? null;
  await writeFile(path.join(to, "index.json"), JSON.stringify({ samples: names, default: fallback }));
  return names;
}

if (!args.includes("--no-build")) {
  console.error("プレビューをビルドしています / building the preview…");
  await build();
}
const samples = await copySamples();
if (samples.length === 0) console.error("samples/ に .xlsx がありません / no sample workbooks in samples/");
const server = await serveStatic({ root: out, port, index: "index.html" });
console.log(`http://localhost:${server.address().port}/index.html`);

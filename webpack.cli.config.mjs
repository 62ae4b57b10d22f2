/*
 * Builds dist-cli/: kpi-check as one CommonJS file for Node (src/cli/main.ts and what it imports from src/), so that
 * a start-up parses one file instead of resolving and loading some 180 modules through the module hooks. The
 * commands and the --fix writer that src/cli/run.ts imports only when asked for stay separate chunks, loaded
 * then. Packages are not bundled: they are required from node_modules at run time, as from the sources.
 * bin/kpi-check.js uses the bundle only while dist-cli/manifest.json says it was built from the files on disk
 * (scripts/cli-bundle.js); the sources are transpiled with the module hooks' own swc options.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CliBundlePlugin } from "./scripts/cli-bundle-plugin.js";
import { BUNDLE_DIR } from "./scripts/cli-bundle.js";
import { swcOptions } from "./scripts/ts-hooks.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
const ENTRY = "kpi-check";

const swcRule = (test, tsx) => ({
  test,
  exclude: /node_modules/,
  use: { loader: "swc-loader", options: swcOptions(tsx) },
});

export default (_env, argv = {}) => ({
  mode: argv.mode === "development" ? "development" : "production",
  context: root,
  target: "node20",
  devtool: false,
  entry: { [ENTRY]: "./src/cli/main.ts" },
  output: {
    path: path.join(root, BUNDLE_DIR),
    // Named by content, so that a bundle only ever loads the chunks of its own build.
    filename: "[name].[contenthash:8].cjs",
    chunkFilename: "[id].[contenthash:8].cjs",
    library: { type: "commonjs2" },
    chunkFormat: "commonjs",
    chunkLoading: "require",
    clean: true,
  },
  // Resolved as the module hooks resolve: .ts, .tsx, then index.ts, index.tsx; no package.json files in src/.
  resolve: { extensions: [".ts", ".tsx"], mainFiles: ["index"], descriptionFiles: [] },
  // Every bare specifier (a package or a node: built-in) is required at run time from the project's node_modules.
  externalsType: "node-commonjs",
  externals: [({ request }, callback) => (/^[./]/.test(request) ? callback() : callback(null, request))],
  module: {
    rules: [
      swcRule(/\.ts$/, false),
      swcRule(/\.tsx$/, true),
      // Core is pure (docs/architecture.md): what a check does not use is left out, as in the add-in's build.
      { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
    ],
  },
  // Readable stack traces; minifying saves no measurable start-up time (V8 parses lazily) and slows the build.
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [
    new CliBundlePlugin({
      root,
      entry: ENTRY,
      configFiles: [
        fileURLToPath(import.meta.url),
        path.join(root, "scripts/ts-hooks.mjs"),
        path.join(root, "scripts/cli-bundle-plugin.js"),
        path.join(root, "scripts/cli-bundle.js"),
      ],
    }),
  ],
});

/* Builds dist/: the task pane, the custom functions (script, page, generated metadata), manifest and assets. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { JapaneseMetadataPlugin } = require("./scripts/functions-ja-plugin.js");
const { BundleSizePlugin } = require("./scripts/bundle-size-plugin.js");
const { tsRule } = require("./scripts/webpack-ts-rule.js");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    // No eval-based source maps anywhere: production ships separate .map files only.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      publicPath: "",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      // Core is pure (docs/architecture.md): what a lazily loaded view alone uses (table detection for 集約)
      // stays in that view's chunk instead of the initial script through core's index.
      rules: [tsRule, { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false }],
    },
    // functions.js must stay one standalone script (Excel's custom-functions runtime loads it alone).
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new JapaneseMetadataPlugin({ input: "functions.json", output: "functions-ja.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
      new BundleSizePlugin(["functions.js", "taskpane.js"]),
    ],
  };
};

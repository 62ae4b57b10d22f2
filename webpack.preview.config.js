/* Builds dist-preview/: the preview page (the real task pane over the fake Excel object model), its check
   worker and, on demand, ExcelJS to read workbooks in the browser. No office.js, nothing remote. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { tsRule } = require("./scripts/webpack-ts-rule.js");

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "cheap-module-source-map",
    entry: { preview: "./src/preview/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-preview"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: { keep: /^samples\// },
      publicPath: "",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [tsRule],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
    ],
  };
};

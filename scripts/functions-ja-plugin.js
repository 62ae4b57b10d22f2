/*
 * Completes the generated functions.json and emits functions-ja.json next to it (see functions-ja.js): both get
 * the top-level options and both are checked against Excel's naming rules (functions-metadata.js); a broken
 * name fails the build.
 */
const fs = require("fs");
const path = require("path");
const { sources, WebpackError, Compilation } = require("webpack");
const { localizeMetadata } = require("./functions-ja.js");
const { namingProblems, withOptions } = require("./functions-metadata.js");

const TABLE = path.resolve(__dirname, "../src/functions/metadata-ja.json");

class JapaneseMetadataPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("JapaneseMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(TABLE);
      compilation.hooks.processAssets.tap(
        { name: "JapaneseMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.options.input);
          if (!asset) return;
          const english = withOptions(JSON.parse(asset.source.source().toString()));
          const table = JSON.parse(fs.readFileSync(TABLE, "utf8"));
          const { metadata, problems } = localizeMetadata(english, table);
          const japanese = withOptions(metadata);
          problems.push(
            ...namingProblems(english, this.options.input),
            ...namingProblems(japanese, this.options.output),
          );
          for (const p of problems) compilation.errors.push(new WebpackError(`functions metadata: ${p}`));
          compilation.updateAsset(
            this.options.input,
            new sources.RawSource(JSON.stringify(english, null, 2)),
          );
          compilation.emitAsset(
            this.options.output,
            new sources.RawSource(JSON.stringify(japanese, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = { JapaneseMetadataPlugin };

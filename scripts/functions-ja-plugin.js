/* Emits functions-ja.json next to the generated functions.json (see functions-ja.js). */
const fs = require("fs");
const path = require("path");
const { sources, WebpackError, Compilation } = require("webpack");
const { localizeMetadata } = require("./functions-ja.js");

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
          const english = JSON.parse(asset.source.source().toString());
          const table = JSON.parse(fs.readFileSync(TABLE, "utf8"));
          const { metadata, problems } = localizeMetadata(english, table);
          for (const p of problems) compilation.errors.push(new WebpackError(`functions-ja.json: ${p}`));
          compilation.emitAsset(
            this.options.output,
            new sources.RawSource(JSON.stringify(metadata, null, 2)),
          );
        },
      );
    });
  }
}

module.exports = { JapaneseMetadataPlugin };

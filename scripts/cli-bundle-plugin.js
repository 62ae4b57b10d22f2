/*
 * Writes the kpi-check bundle's manifest (dist-cli/manifest.json; its format and the rule that reads it are in
 * cli-bundle.js). The records are of the very bytes webpack compiled: this plugin reads every module's file for
 * webpack (its readResource hook), so an edit made while the build runs cannot slip between the two.
 */
const { rmSync } = require("fs");
const path = require("path");
const { MANIFEST, readInput, writeManifest } = require("./cli-bundle.js");

const PLUGIN = "CliBundlePlugin";

class CliBundlePlugin {
  /**
   * @param {{ root: string, entry: string, configFiles: string[] }} options the project root, the entry's name,
   *   and the files the build's configuration was read from (inputs too: they say how the sources were compiled).
   */
  constructor({ root, entry, configFiles }) {
    this.root = root;
    this.entry = entry;
    this.configRecords = new Map(configFiles.map((file) => [file, readInput(file).record]));
  }

  /** A path under the project root as recorded (forward slashes), or null for one outside it. */
  fromRoot(file) {
    const relative = path.relative(this.root, file);
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return null;
    return relative.split(path.sep).join("/");
  }

  apply(compiler) {
    const manifestFile = () => path.join(compiler.outputPath, MANIFEST);
    /**
     * Absolute path → record of the bytes last compiled. Kept across the compilations of one compiler: a module
     * webpack does not rebuild (watch mode, its cache) is one whose file has not changed since it was read.
     */
    const compiled = new Map();
    /** The files of the modules in the compilation under way. */
    let modules = [];

    // No manifest while the bundle is rewritten: an interrupted or failed build leaves kpi-check on the sources.
    compiler.hooks.beforeCompile.tap(PLUGIN, () => rmSync(manifestFile(), { force: true }));

    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      const { readResource } = compiler.webpack.NormalModule.getCompilationHooks(compilation);
      // Before webpack's own reader of plain paths (stage 0), which it then never reaches.
      readResource.for(undefined).tapAsync({ name: PLUGIN, stage: -100 }, (loaderContext, callback) => {
        const file = loaderContext.resourcePath;
        let input;
        try {
          input = readInput(file);
        } catch (error) {
          return callback(error);
        }
        compiled.set(file, input.record);
        loaderContext.addDependency(file);
        callback(null, input.bytes);
      });
      compilation.hooks.finishModules.tap(PLUGIN, (all) => {
        modules = [...all].map((module) => module.resourceResolveData?.path).filter((file) => file);
      });
    });

    compiler.hooks.afterEmit.tap(PLUGIN, (compilation) => {
      if (compilation.errors.length > 0) return;
      const refuse = (why) => compilation.errors.push(new Error(`${PLUGIN}: ${why}, so no manifest`));
      const inputs = {};
      for (const [file, record] of [
        ...this.configRecords,
        ...modules.sort().map((m) => [m, compiled.get(m)]),
      ]) {
        const relative = this.fromRoot(file);
        if (relative === null) return refuse(`${file} is outside the project`);
        if (record === undefined) return refuse(`${file} was not read by this plugin`);
        inputs[relative] = record;
      }
      // Of the paths webpack tried and found missing, those the module hooks try too (x.ts, x.tsx, x/index.ts,
      // x/index.tsx: resolve.extensions and mainFiles are the same), in the project: packages are not bundled.
      const absent = [...compilation.missingDependencies]
        .map((file) => this.fromRoot(file))
        .filter((file) => file !== null && !file.startsWith("node_modules/") && /\.tsx?$/.test(file))
        .sort();
      const entry = [...compilation.entrypoints.get(this.entry).getEntrypointChunk().files].find((file) =>
        file.endsWith(".cjs"),
      );
      writeManifest(compiler.outputPath, { entry, inputs, absent });
    });
  }
}

module.exports = { CliBundlePlugin };

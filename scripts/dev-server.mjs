// npm run dev-server [-- --http] [-- --port N]
// Rebuilds dist/ on change (development mode) and serves it on localhost:3000: HTTPS with office-addin-dev-certs
// where its CA can be installed, plain HTTP with --http (for machines that cannot install a CA).
import webpack from "webpack";
import { createRequire } from "node:module";
import path from "node:path";
import { serveStatic } from "./static-server.mjs";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const plainHttp = args.includes("--http");
const portArg = args.indexOf("--port");
const port = portArg >= 0 ? Number(args[portArg + 1]) : 3000;
const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), "..");

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.error(`HTTPS の証明書を用意できませんでした / could not set up HTTPS certificates: ${e.message}`);
    console.error(
      "証明書をインストールできない環境では --http を付けてください / use --http where a CA cannot be installed.",
    );
    process.exit(1);
  }
}

const config = require(path.join(root, "webpack.config.js"))({}, { mode: "development" });
webpack(config).watch({}, (err, stats) => {
  if (err) console.error(err);
  else console.log(stats.toString({ colors: true, modules: false, assets: false }));
});
const https = plainHttp ? null : await httpsOptions();
await serveStatic({ root: path.join(root, "dist"), port, https, index: "taskpane.html" });
console.log(`${https ? "https" : "http"}://localhost:${port}/taskpane.html`);

// A small static file server for dist/ (dev-server and preview): no directory listing, no path escapes.
import { createServer as createHttp } from "node:http";
import { createServer as createHttps } from "node:https";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Serves files under `root`; resolves to the listening server. `https` holds key/cert/ca when given. */
export function serveStatic({ root, port, host = "localhost", https = null, index = "index.html" }) {
  const handler = async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const rel = decodeURIComponent(url.pathname).replace(/^\/+/, "") || index;
      const file = path.resolve(root, rel);
      if (!file.startsWith(path.resolve(root) + path.sep))
        throw Object.assign(new Error("outside root"), { status: 403 });
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error("not a file"), { status: 404 });
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-cache",
        "Access-Control-Allow-Origin": "*",
      });
      res.end(await readFile(file));
    } catch (e) {
      const status = e.status ?? (e.code === "ENOENT" ? 404 : 500);
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`${status}`);
    }
  };
  const server = https ? createHttps(https, handler) : createHttp(handler);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * A small static file server for the built site (used by `npm start`, `npm run preview`, the browser tests and bench).
 * It sends the headers of dist/_headers as Netlify and Cloudflare Pages do (scripts/headers.mjs).
 */
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { headersFor, readHeaders } from "./headers.mjs";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** Text types a static host compresses. Pagefind's files are compressed by Pagefind itself. */
const compressible = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt", ".ics"]);
/** gzip bodies by file and modification time, so each file is compressed once per server. */
const gzipped = new Map();

/** gzip-compresses like any static host when the client accepts it (Lighthouse and bench see real transfer sizes). */
function encode(req, file, info, body) {
  if (!compressible.has(extname(file)) || !/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) return null;
  const key = `${file}:${info.mtimeMs}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
  return gzipped.get(key);
}

/**
 * Starts serving `dir` under the URL prefix `base` ("/" or "/sub/").
 * Resolves to { server, url } once listening; port 0 picks a free port.
 */
export function serveStatic({ dir = "dist", base = "/", port = 0, host = "127.0.0.1" } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const rules = readHeaders(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      if (!path.startsWith(prefix) && `${path}/` !== prefix) return notFound(res, root);
      res.setHeader("cache-control", "no-cache");
      // _headers paths count from the site root, as on a host that publishes dist/ at its root; they win over defaults.
      for (const [name, value] of headersFor(rules, `/${path.slice(prefix.length)}`))
        res.setHeader(name, value);
      if (path === `${prefix}_headers`) return notFound(res, root);
      let file = normalize(join(root, path.slice(prefix.length - 1)));
      if (!file.startsWith(root)) return notFound(res, root);
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith("/")) {
          res.writeHead(301, { location: `${path}/` });
          return res.end();
        }
        file = join(file, "index.html");
        info = await stat(file).catch(() => null);
      }
      const body = info && (await readFile(file).catch(() => null));
      if (!body) return notFound(res, root);
      const gz = encode(req, file, info, body);
      res.writeHead(200, {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        vary: "accept-encoding",
        ...(gz ? { "content-encoding": "gzip" } : {}),
      });
      res.end(req.method === "HEAD" ? undefined : (gz ?? body));
    } catch {
      res.writeHead(400).end();
    }
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === "object" && addr ? addr.port : port;
      ok({ server, url: `http://${host === "0.0.0.0" ? "localhost" : host}:${p}${prefix}` });
    });
  });
}

async function notFound(res, root) {
  const page = await readFile(join(root, "404.html")).catch(() => "Not found");
  res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
  res.end(page);
}

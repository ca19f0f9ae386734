// A loopback HTTPS + HTTP/2 static server with gzip, the way GitHub Pages serves a site,
// for benchmarks/search_browser.py. Prints the port, then serves until killed.
//
//   node benchmarks/search_h2_server.mjs ROOT KEY.pem CERT.pem
import http2 from "node:http2";
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { extname, join, normalize } from "node:path";

const [root, keyPath, certPath] = process.argv.slice(2);
const TYPES = { ".js": "text/javascript; charset=utf-8", ".html": "text/html; charset=utf-8" };
const cache = new Map();

/** Return the gzip (level 6) bytes of a file under root, or null. */
function gzipped(path) {
  if (!cache.has(path)) {
    try {
      cache.set(path, statSync(path).isFile() ? gzipSync(readFileSync(path), { level: 6 }) : null);
    } catch {
      cache.set(path, null);
    }
  }
  return cache.get(path);
}

const server = http2.createSecureServer({ key: readFileSync(keyPath), cert: readFileSync(certPath) });
server.on("stream", (stream, headers) => {
  const url = new URL(headers[":path"], "https://127.0.0.1");
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  const body = path.startsWith(normalize(root)) ? gzipped(path) : null;
  if (!body) {
    stream.respond({ ":status": 404 });
    stream.end();
    return;
  }
  stream.respond({
    ":status": 200, "content-type": TYPES[extname(path)] || "application/octet-stream",
    "content-encoding": "gzip", "content-length": body.length,
  });
  stream.end(body);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));

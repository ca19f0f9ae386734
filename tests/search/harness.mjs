// Run the search engine's scripts (templates/static/search-*.js, in page order) in a Node vm with a minimal fake DOM whose
// <script> elements are read from an index folder on disk, recording what a
// page would download. Used by the Node tests and benchmarks/search_node.mjs.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// The engine's classic scripts in the order the search page loads them (templates/search.html).
export const ENGINE_FILES = ["search-query.js", "search-index.js", "search-text.js", "search-rank.js", "search-engine.js"]
  .map((name) => join(ROOT, "templates", "static", name));

/** Return a fake document that "loads" script src paths from disk. */
function fakeDocument(context, log) {
  const head = {
    appendChild(script) {
      script.parentNode = head;
      setImmediate(() => {
        let code;
        try {
          code = readFileSync(script.src, "utf8");
        } catch {
          script.onerror && script.onerror(new Error("missing"));
          return;
        }
        log.push(script.src);
        log.priority[script.src] = script.fetchpriority;
        vm.runInContext(code, context, { filename: script.src });
        script.onload && script.onload();
      });
      return script;
    },
    removeChild() {},
  };
  return { head, createElement: () => ({ setAttribute(name, value) { this[name] = value; } }) };
}

/** Return {ArchivistSearch, loaded}: the engine in a fresh context and its download log. */
export function loadEngine() {
  const loaded = [];
  loaded.priority = {};  // src -> the fetchpriority it was requested with
  const context = vm.createContext({ console, setImmediate, Promise, Map, Uint8Array, Float64Array });
  context.document = fakeDocument(context, loaded);
  context.window = context;
  for (const file of ENGINE_FILES) vm.runInContext(readFileSync(file, "utf8"), context, { filename: file });
  return { ArchivistSearch: context.ArchivistSearch, loaded };
}

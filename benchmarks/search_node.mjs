// Run queries through the search engine (templates/static/search-*.js) under Node (fake DOM that reads
// index files from disk) and print, per query, the files a first query loads,
// its time, the time of each further keystroke, and the matched documents.
//
//   node benchmarks/search_node.mjs INDEX_DIR QUERIES_JSON
//
// QUERIES_JSON: {"payload": [query...], "recall": [query...]}
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadEngine } from "../tests/search/harness.mjs";

const [indexDir, queriesPath] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(queriesPath, "utf8"));
const base = indexDir.replace(/\/?$/, "/");

/** Return the prefixes a person types on the way to query, one per keystroke. */
function keystrokes(query) {
  const chars = Array.from(query);
  return chars.map((_, i) => chars.slice(0, i + 1).join(""));
}

/** Measure one query on a fresh engine: first load, then typed keystrokes warm. */
async function payload(query) {
  const { ArchivistSearch, loaded } = loadEngine();
  const engine = ArchivistSearch.create({ base });
  const start = performance.now();
  const page = await engine.search(query);
  const first = performance.now() - start;
  const files = loaded.map((p) => p.slice(base.length));
  const warm = [];
  for (const prefix of keystrokes(query).concat([query])) {
    const t = performance.now();
    await engine.search(prefix);
    warm.push(performance.now() - t);
  }
  return { query, total: page.total, first_ms: first, keystroke_ms: warm, files };
}

/** Return the matched document numbers of a query (no document loading). */
async function matched(engine, query) {
  const found = await engine.match(query);
  return { query, numbers: Array.from(found.ranked), checked: found.parsed.check };
}

const out = { payload: [], recall: [] };
for (const q of queries.payload || []) out.payload.push(await payload(q));
const { ArchivistSearch } = loadEngine();
const engine = ArchivistSearch.create({ base });
for (const q of queries.recall || []) out.recall.push(await matched(engine, q));
process.stdout.write(JSON.stringify(out));

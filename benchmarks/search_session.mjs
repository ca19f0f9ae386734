// What a search session downloads: the page's scripts and every index file the engine
// and the page request, run under Node with the fake DOM of tests/search/harness.mjs.
//
//   node benchmarks/search_session.mjs INDEX_DIR SESSIONS_JSON
//
// SESSIONS_JSON: [[first query, next word], ...]. A session, as the search page runs it:
//   1. the first query put in the box: its results and their snippets;
//   2. five more keys typing " " and the next word as an input method types Hangul
//      (ㅇ, 이, 인, 인ㅈ…): a key that changes the settled query searches (and fills in the
//      cards it drew as placeholders), every key loads
//      ahead what the next syllable may need, as the page does; results that need checking
//      are shown unchecked (no texts loaded) and, with the snippets, only the last results
//      are checked and filled (the page does so once typing pauses for 150 ms);
//   3. "newest first": results and snippets;
//   4. opening the tag filter (its list) and choosing the commonest tag: results and snippets.
// Prints per session the files requested (path list), for the caller to size with gzip.
import { readFileSync } from "node:fs";
import { loadEngine } from "../tests/search/harness.mjs";

const [indexDir, sessionsPath] = process.argv.slice(2);
const sessions = JSON.parse(readFileSync(sessionsPath, "utf8"));
const base = indexDir.replace(/\/?$/, "/");
const KEYS = 5;

const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

/** Return the box's contents after each key typing word after text (Hangul through its jamo). */
function typing(text, word) {
  const states = [];
  let done = text;
  for (const c of Array.from(word)) {
    const code = c.charCodeAt(0) - 0xAC00;
    if (code < 0 || code > 11171) {
      done += c;
      states.push(done);
      continue;
    }
    const initial = INITIALS[Math.floor(code / 588)];
    const open = String.fromCharCode(0xAC00 + code - (code % 28));
    states.push(done + initial, done + open);
    if (code % 28) states.push(done + c);
    done += c;
  }
  return states;
}

/** Return the query the page searches for box contents: trailing lone jamo dropped (search-ui.js). */
function settled(value) {
  return value.replace(/[\u3131-\u318E\u1100-\u11FF]+$/, "");
}

/** Run a page of results, fill in its cards and, unless typing goes on, load their snippets, as the search page does. */
async function show(engine, query, options, typing) {
  const page = await engine.search(query, { limit: 10, ...options, typing: Boolean(typing) });
  await page.cards();
  if (!typing && page.results.some((r) => r.snippet === null)) await page.snippets();
  return page;
}

/** Return the files one session requests, in order. */
async function session(first, next) {
  const { ArchivistSearch, loaded } = loadEngine();
  const engine = ArchivistSearch.create({ base });
  const marks = {};
  await show(engine, first, {});
  engine.loadAhead(first);
  marks.first = loaded.length;
  let drawn = first;
  // The keys: " ", then the next word's jamo, as many as KEYS allows.
  const keys = [first + " ", ...typing(first + " ", next)].slice(0, KEYS);
  let last = null;
  for (const box of keys) {
    if (settled(box) !== drawn) {
      drawn = settled(box);
      last = await show(engine, drawn, {}, true);
    }
    engine.loadAhead(box);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  if (last) await show(engine, drawn, {});  // typing paused: checked, with snippets
  marks.keys = loaded.length;
  await show(engine, drawn, { sort: "newest" });
  marks.newest = loaded.length;
  const filters = await engine.filters();
  const tag = filters.tag.length ? filters.tag[0].name : null;
  if (tag !== null) await show(engine, drawn, { sort: "newest", tags: [tag] });
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { first, next, keys, files: loaded.map((p) => p.slice(base.length)), marks };
}

const out = [];
for (const [first, next] of sessions) out.push(await session(first, next));
process.stdout.write(JSON.stringify(out));

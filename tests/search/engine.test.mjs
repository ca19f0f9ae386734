// The JavaScript engine on a real built index (tests/search/build_fixture.py):
// ranking, AND, phrases, filters, sorting, snippets, safety, and agreement
// with the Python reader.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, loadEngine } from "./harness.mjs";

const PYTHON = process.env.PYTHON || "python3";
let base;
const temporary = [];

/** Return a new temporary folder, removed after the tests. */
function tempFolder(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(folder);
  return folder;
}

before(() => {
  const out = tempFolder("archivist-search-");
  execFileSync(PYTHON, [join(ROOT, "tests", "search", "build_fixture.py"), out]);
  base = join(out, "search") + "/";
});

after(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

/** Return a fresh engine over the fixture index and its download log. */
function engine() {
  const { ArchivistSearch, loaded } = loadEngine();
  return { engine: ArchivistSearch.create({ base }), loaded, ArchivistSearch };
}

const EXAMPLE = "2024/03/ai-engineer-talent-war/index.html";

for (const query of ["앤스로픽", "저커버그", "쟁탈전"]) {
  test(`the example article is first for ${query}`, async () => {
    const page = await engine().engine.search(query);
    assert.ok(page.total >= 1);
    assert.equal(page.results[0].url, EXAMPLE);
  });
}

test("title matches rank above body-only matches", async () => {
  const page = await engine().engine.search("클라우드", { limit: 1000 });
  const inTitle = page.results.map((r) => r.title.includes("클라우드"));
  const firstBodyOnly = inTitle.indexOf(false);
  assert.ok(firstBodyOnly > 0, "some titles match");
  assert.ok(inTitle.slice(firstBodyOnly).every((x) => !x), "no title match after a body-only one");
});

test("more mentions and a tag rank above a single mention", async () => {
  const urls = (await engine().engine.search("앤스로픽")).results.map((r) => r.url);
  assert.deepEqual([...urls], [EXAMPLE, "2025/01/anthropic-brief/index.html"]);
});

test("a whole-word match outranks words that only start with the query", async () => {
  const urls = [...(await engine().engine.search("ai", { limit: 500 })).results.map((r) => r.url)];
  const once = urls.indexOf("2025/01/ai-once/index.html");
  const aid = urls.indexOf("2025/01/aid/index.html");
  assert.ok(once >= 0 && aid >= 0 && once < aid, `${once} ${aid}`);
});

test("a noun typed with another particle finds the noun; articles with the typed form rank first", async () => {
  const { engine: e } = engine();
  const page = await e.search("금리로", { limit: 10000 });
  const bare = await e.search("금리", { limit: 10000 });
  assert.deepEqual([...page.results.map((r) => r.number)].sort(), [...bare.results.map((r) => r.number)].sort());
  const docs = await e.docs(page.results.map((r) => r.number));
  // The typed form as the index knows it: the stem and the pair where it meets the particle.
  const typed = docs.map((d) => [d.t, d.x, ...d.g, ...d.r].join(" ").includes("리로"));
  const firstOther = typed.indexOf(false);
  assert.ok(firstOther > 0, "some articles hold 리로");
  assert.ok(typed.slice(firstOther).every((x) => !x), "no article with 리로 after one without");
  assert.ok(docs.slice(0, firstOther).filter((d) => (d.t + " " + d.x).includes("금리로")).length >= 10);
});

test("while typing, a new one-syllable word after others waits for the pause; unchecked words show at once", async () => {
  const { engine: e, loaded } = engine();
  const names = () => loaded.map((p) => p.slice(base.length));
  const first = await e.search("금리", { typing: true });
  assert.equal(first.checked, true);
  const shards = names().filter((p) => p.startsWith("k/")).length;
  const typing = await e.search("금리 하", { typing: true });
  assert.equal(typing.checked, false);
  assert.equal(typing.total, first.total, "the results of 금리 alone");
  assert.equal(names().filter((p) => p.startsWith("k/")).length, shards, "no shard for the syllable");
  const paused = await e.search("금리 하");
  assert.equal(paused.checked, true);
  assert.ok(paused.total < first.total);
  const long = await e.search("반도체업계", { typing: true });
  assert.equal(long.checked, false);
  assert.equal(names().filter((p) => p.startsWith("d/")).length, 0, "no text loaded to check while typing");
  assert.equal((await e.search("반도체업계")).checked, true);
});

test("several words mean AND", async () => {
  const { engine: e } = engine();
  const both = await e.search("금리 환율", { limit: 1000 });
  const one = await e.search("금리", { limit: 1000 });
  assert.ok(both.total > 0 && both.total < one.total);
  const numbers = new Set(one.results.map((r) => r.number));
  assert.ok(both.results.every((r) => numbers.has(r.number)));
});

test("a quoted phrase needs the words together", async () => {
  const { engine: e } = engine();
  const loose = (await e.search("인재 전쟁", { limit: 50 })).results.map((r) => r.url);
  const phrase = await e.search("\"인재 전쟁\"", { limit: 50 });
  const urls = phrase.results.map((r) => r.url);
  assert.ok(loose.includes("2025/01/phrase-apart/index.html"));
  assert.ok(!urls.includes("2025/01/phrase-apart/index.html"));
  assert.ok(urls.includes("2025/01/phrase/index.html"));
  assert.ok(urls.includes(EXAMPLE));
});

test("Latin is case-insensitive", async () => {
  const { engine: e } = engine();
  const upper = await e.search("MARKET", { limit: 500 });
  const lower = await e.search("market", { limit: 500 });
  assert.ok(upper.total > 0);
  assert.deepEqual([...upper.results.map((r) => r.number)], [...lower.results.map((r) => r.number)]);
});

test("filters by tag, reporter and year combine with the query", async () => {
  const { engine: e } = engine();
  const filters = await e.filters();
  assert.ok(filters.tag.some((t) => t.name === "클라우드"));
  assert.ok(filters.reporter.some((t) => t.name === "김인엽"));
  const byTag = await e.search("", { tags: ["클라우드"] });
  assert.deepEqual([...byTag.results.map((r) => r.url)], ["2025/01/anthropic-brief/index.html"]);
  const byReporter = await e.search("앤스로픽", { reporters: ["김인엽"] });
  assert.deepEqual([...byReporter.results.map((r) => r.url)], [EXAMPLE]);
  const byYear = await e.search("금리", { years: [2019], limit: 100 });
  assert.ok(byYear.total > 0 && byYear.results.every((r) => r.date.startsWith("2019")));
  const none = await e.search("앤스로픽", { years: [2019] });
  assert.equal(none.total, 0);
});

test("newest first sorts by date", async () => {
  const page = await engine().engine.search("금리", { sort: "newest", limit: 30 });
  const dates = [...page.results.map((r) => r.date)];  // the engine's arrays come from another realm
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test("snippets carry highlight ranges as numbers over plain text", async () => {
  const page = await engine().engine.search("쟁탈전");
  const { snippet, title, titleMarks } = page.results[0];
  assert.equal(typeof snippet.text, "string");
  assert.ok(snippet.marks.length >= 1);
  for (const [start, end] of snippet.marks) {
    assert.equal(snippet.text.slice(start, end), "쟁탈전");
  }
  assert.equal(typeof title, "string");
  assert.deepEqual(JSON.parse(JSON.stringify(titleMarks)), []);
});

test("a hostile title and body come back as the same plain strings", async () => {
  const page = await engine().engine.search("제목에 태그가");
  const at = page.results.findIndex((r) => r.url === "2025/01/xss/index.html");
  assert.equal(page.results[at].title, "<img src=x onerror=alert(1)> 보안 점검");
  const snippet = page.results[at].snippet || (await page.snippets())[at];
  assert.ok(snippet.text.startsWith("제목에 <script>alert(2)</script> 태그가"), snippet.text);
});

test("a page of results loads only the small c/ files of its results; texts only for snippets", async () => {
  const { engine: e, loaded } = engine();
  const page = await e.search("금리", { limit: 10 });
  const names = () => loaded.map((p) => p.slice(base.length));
  assert.equal(names().filter((p) => p.startsWith("c/")).length, 10);
  assert.deepEqual(names().filter((p) => p.startsWith("d/")), []);
  assert.ok(page.results.every((r) => r.title && r.url && r.date && r.snippet === null));
  const newest = await e.search("금리", { limit: 10, sort: "newest", tags: ["경제"] });
  assert.ok(newest.results.length > 0);
  assert.deepEqual(names().filter((p) => p.startsWith("d/")), [], "sorting and filtering");
  const snippets = await page.snippets();
  assert.equal(names().filter((p) => p.startsWith("d/")).length, 10);
  assert.ok(snippets.every((s) => s.text.length > 0));
});

test("a key typed while its cards load answers at once with placeholders; page.cards() fills them", async () => {
  const { engine: e, loaded } = engine();
  await e.search("금리");
  const before = loaded.length;
  const page = await e.search("환율", { limit: 10, typing: true });
  assert.equal(page.results.length, 10);
  assert.ok(page.results.some((r) => r.pending), "some cards were not loaded yet");
  assert.ok(page.results.every((r) => r.pending ? r.title === undefined : r.title && r.url));
  assert.deepEqual(loaded.slice(before).filter((p) => p.slice(base.length).startsWith("c/")), [],
    "the answer did not wait for a card");
  const cards = await page.cards();
  assert.deepEqual(cards.map((r) => r.number), page.results.map((r) => r.number));
  assert.ok(cards.every((r) => !r.pending && r.title && r.url && r.date && r.snippet === null));
  const again = await e.search("환율", { limit: 10, typing: true });
  assert.ok(again.results.every((r) => !r.pending), "loaded cards answer at once");
  const settled = await e.search("환율", { limit: 10 });
  assert.ok(settled.results.every((r) => !r.pending));
});

test("keystroke files are asked for at high priority, snippets at auto", async () => {
  const { engine: e, loaded } = engine();
  const page = await e.search("금리");
  const before = loaded.length;
  await (await e.search("환율")).snippets();
  const priority = (name) => loaded.priority[base + name];
  const names = loaded.map((p) => p.slice(base.length));
  assert.ok(names.length > 0);
  for (const name of names) {
    const snippet = name.startsWith("d/") && loaded.indexOf(base + name) >= before;
    assert.equal(priority(name), snippet ? "auto" : "high", name);
  }
  assert.ok(page.results.length > 0);
});

/** Let the fake document run the script loads queued so far. */
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

for (const [typed, next] of [["인ㅈ", "인재"], ["ㅈ", "재"], ["재", "쟁"], ["\"인재 ㅈ", "\"인재 저"],
  ["", "c"], ["인재 ", "인재 7"], ["c", "cl"], ["인재 A", "인재 ai"], ["ㅇ", "이"], ["인재 ㅇ", "인재 아"]]) {
  test(`typing ${typed} loads ahead the key shards ${next} needs`, async () => {
    const { engine: e, loaded } = engine();
    await e.search(typed.replace(/[\u3131-\u314E]$/, ""));  // the page searched this before
    e.loadAhead(typed);
    await settle();
    const ahead = loaded.length;
    await e.search(next);
    assert.deepEqual(loaded.slice(ahead).filter((p) => p.slice(base.length).startsWith("k/")), []);
  });
}

test("a query ending inside a word that needs no new key shard loads nothing ahead", async () => {
  const { engine: e, loaded } = engine();
  await e.manifest();
  for (const text of ["쟁", "인공", "ai", "cl"]) e.loadAhead(text);
  await settle();
  assert.deepEqual(loaded.map((p) => p.slice(base.length)), ["manifest.js"]);
});

test("a closing quote shows the checked phrase again without loading texts; a later page checks on", async () => {
  const { engine: e, loaded } = engine();
  const open = await e.search("\"인재 전쟁", { limit: 1 });
  const before = loaded.length;
  const closed = await e.search("\"인재 전쟁\"", { limit: 1 });
  assert.deepEqual(loaded.slice(before), []);
  assert.deepEqual(closed.results.map((r) => r.number), open.results.map((r) => r.number));
  assert.equal(closed.total, open.total);
  const more = await e.search("\"인재 전쟁\"", { limit: 1, offset: 1 });
  assert.ok(more.results.every((r) => r.number !== open.results[0].number));
});

test("a checked word found in a loaded title needs no text file", async () => {
  const { engine: e, loaded } = engine();
  await e.search("인재 전쟁", { limit: 1000 });  // loads the cards of every result
  const before = loaded.length;
  const page = await e.search("\"인재 전쟁\"", { limit: 1 });
  assert.equal(page.results[0].url, "2025/01/phrase/index.html");
  const texts = loaded.slice(before).map((p) => p.slice(base.length));
  assert.ok(!texts.includes(`d/${page.results[0].number}.js`), texts.join(" "));
});

test("the first query loads the manifest, few shards and one page of documents", async () => {
  const { engine: e, loaded } = engine();
  const page = await e.search("쟁탈전");
  const names = loaded.map((p) => p.slice(base.length));
  assert.equal(names[0], "manifest.js");
  const shards = names.filter((n) => n.startsWith("k/"));
  assert.ok(shards.length >= 1 && shards.length <= 2, names.join(" "));
  assert.equal(names.filter((n) => n.startsWith("d/")).length, page.results.length);
});

test("the engine and the Python reader find the same documents", async () => {
  const { engine: e } = engine();
  const queries = ["쟁탈전", "업계", "인", "대규모언어모델", "금리 환율", "\"인재 전쟁\"", "market", "AI", "ai ", "aid",
    "금리로", "반도체업계에서는", "정부와의", "쟁탈전으로", "GPT-4", "2024년", "27억5000만달러", "3조"];
  const script = [
    "import json, sys",
    `sys.path.insert(0, ${JSON.stringify(ROOT)})`,
    "from pathlib import Path",
    "from archivist.search.reader import IndexReader",
    `root = Path(${JSON.stringify(base)}).parent`,
    "files = [(p.relative_to(root).as_posix(), p.read_bytes()) for p in root.rglob('*.js')]",
    "r = IndexReader(files)",
    "from archivist.search.query import query_plans",
    `qs = ${JSON.stringify(queries)}`,
    "found = [sorted(r.search(q)) for q in qs]",
    "index = [sorted(set.intersection(*(r.lookup(p)[0] for p in query_plans(q)[0]))) for q in qs]",
    "print(json.dumps([found, index]))",
  ].join("\n");
  const [expected, candidates] = JSON.parse(execFileSync(PYTHON, ["-c", script]).toString());
  for (const [i, query] of queries.entries()) {
    const page = await e.search(query, { limit: 10000 });
    const got = [...page.results.map((r) => r.number)].sort((a, b) => a - b);
    assert.deepEqual(got, expected[i], query);
    const matched = await e.match(query);
    assert.deepEqual([...matched.ranked].sort((a, b) => a - b), candidates[i], `${query} (index only)`);
  }
});

test("an empty index answers with no results", async () => {
  const out = tempFolder("archivist-empty-");
  const script = [
    "import sys",
    `sys.path.insert(0, ${JSON.stringify(ROOT)})`,
    "from pathlib import Path",
    "from archivist.search.index import build_search_index",
    "for path, data in build_search_index([]):",
    `    target = Path(${JSON.stringify(out)}) / path`,
    "    target.parent.mkdir(parents=True, exist_ok=True)",
    "    target.write_bytes(data)",
  ].join("\n");
  execFileSync(PYTHON, ["-c", script]);
  const { ArchivistSearch } = loadEngine();
  const page = await ArchivistSearch.create({ base: join(out, "search") + "/" }).search("쟁탈전");
  assert.equal(page.total, 0);
  assert.equal(page.results.length, 0);
});

test("a missing index file rejects the search instead of hanging", async () => {
  const { ArchivistSearch } = loadEngine();
  const missing = ArchivistSearch.create({ base: join(tmpdir(), "archivist-no-such-index") + "/" });
  await assert.rejects(missing.search("쟁탈전"));
});

test("two pages of a checked query asked at once do not repeat a result", async () => {
  const { engine: e } = engine();
  const [first, second] = await Promise.all([
    e.search("\"인재 전쟁\"", { limit: 1, offset: 0 }),
    e.search("\"인재 전쟁\"", { limit: 1, offset: 1 }),
  ]);
  assert.equal(first.results.length, 1);
  assert.equal(second.results.length, 1);
  assert.notEqual(first.results[0].url, second.results[0].url);
});

/** Return an engine over a 1,500-document fixture index (enough matches to rank partially). */
function largeEngine() {
  const out = tempFolder("archivist-search-large-");
  execFileSync(PYTHON, [join(ROOT, "tests", "search", "build_fixture.py"), out, "1500"]);
  return loadEngine().ArchivistSearch.create({ base: join(out, "search") + "/" });
}

test("pages of a ranking join into the order of one long list", async () => {
  const e = largeEngine();
  for (const [query, sort] of [["반", "relevance"], ["금리", "relevance"], ["반", "newest"]]) {
    const all = [...(await e.search(query, { limit: 10000, sort })).results.map((r) => r.number)];
    assert.ok(all.length > 500, `${query}: ${all.length}`);
    const fresh = largeEngine();
    const paged = [];
    for (let offset = 0; offset < 300; offset += 10) {
      const page = await fresh.search(query, { limit: 10, offset, sort });
      paged.push(...page.results.map((r) => r.number));
    }
    assert.deepEqual(paged, all.slice(0, 300), `${query} ${sort}`);
  }
});

test("relevance order is by score, ties newer first", async () => {
  const e = largeEngine();
  const ranked = (await e.match("금리")).ranked;
  const top = [...ranked.slice(0, 10)];  // the engine's arrays come from another realm
  const all = [...ranked];
  assert.deepEqual(top, all.slice(0, 10));
  assert.equal(new Set(all).size, all.length);
  const page = await e.search("금리", { limit: 10000 });
  const inTitle = page.results.map((r) => r.title.includes("금리"));
  assert.ok(inTitle.indexOf(false) > 0 && inTitle.slice(inTitle.indexOf(false)).every((x) => !x));
});

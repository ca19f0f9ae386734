// A query's first syllable answered from the heads file of its initial consonant
// (archivist/search/heads.py): the same page the whole index gives, without its key shard.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, loadEngine } from "./harness.mjs";

const PYTHON = process.env.PYTHON || "python3";
let out;
let base;

before(() => {
  out = mkdtempSync(join(tmpdir(), "archivist-heads-"));
  execFileSync(PYTHON, [join(ROOT, "tests", "search", "build_fixture.py"), out]);
  base = join(out, "search") + "/";
});

after(() => rmSync(out, { recursive: true, force: true }));

/** Return a fresh engine over the fixture index, its download log (names under the index) and ArchivistSearch. */
function engine() {
  const { ArchivistSearch, loaded } = loadEngine();
  const names = () => loaded.map((p) => p.slice(base.length));
  return { engine: ArchivistSearch.create({ base }), names, S: ArchivistSearch };
}

/** Return an engine that reads no heads file (its manifest lists none). */
async function withoutHeads() {
  const { engine: e } = engine();
  delete (await e.manifest()).heads;
  return e;
}

/** Return what a page says (its count, whether it is exact, its documents in order) as JSON. */
function summary(page) {
  return JSON.stringify([page.total, page.exact, page.results.map((r) => r.number)]);
}

/** Let the fake document run the script loads queued so far. */
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

test("every syllable's page from its heads file is the page the whole index gives", async () => {
  const plain = await withoutHeads();
  let found = 0;
  for (let code = 0xAC00; code <= 0xD7A3; code++) {
    const query = String.fromCharCode(code);
    const { engine: e, names } = engine();
    for (const options of [{limit: 10, typing: true}, {limit: 10}, {limit: 3, offset: 5}]) {
      const expected = summary(await plain.search(query, options));
      assert.deepEqual(summary(await e.search(query, options)), expected, query);
      if (JSON.parse(expected)[0] > 0 && options.typing) found++;
    }
    assert.ok(!names().some((n) => n.startsWith("k/")), `${query} read a key shard: ${names().join(" ")}`);
  }
  assert.ok(found > 50, `${found} syllables have results`);
});

test("pages the heads do not hold, filters, newest first and more words read the key shards", async () => {
  const plain = await withoutHeads();
  for (const [query, options] of [["금", {limit: 10, offset: 10}], ["금", {sort: "newest"}],
    ["금", {tags: ["인재"]}], ["금 시장", {}], ["금", {limit: 30}]]) {
    const { engine: e, names } = engine();
    assert.deepEqual(summary(await e.search(query, options)), summary(await plain.search(query, options)), query);
    assert.ok(names().some((n) => n.startsWith("k/")), `${query} ${JSON.stringify(options)}`);
  }
});

test("the initial consonant that begins a query loads its heads file, not key shards; the syllables after read nothing more", async () => {
  const { engine: e, names, S } = engine();
  const manifest = await e.manifest();
  const initial = (("재").charCodeAt(0) - 0xAC00) / 588 | 0;
  for (const typed of ["ㅈ", "\"ㅈ"]) {
    e.loadAhead(typed);
    await settle();
    assert.deepEqual(names(), ["manifest.js", `${manifest.heads[initial]}.js`], typed);
  }
  for (const typed of ["재", "쟁", "자", "재"]) {
    await e.search(typed, {limit: 10, typing: true});
    e.loadAhead(typed);
    await settle();
  }
  assert.deepEqual(names().filter((n) => !n.startsWith("c/")), ["manifest.js", `${manifest.heads[initial]}.js`]);
  assert.equal(S.headsAhead(manifest, "인재 ㅈ"), "", "a later word's syllable is not answered by heads");
  assert.equal(S.headsAhead(manifest, ""), "");
});

// The JavaScript tokenizer must give exactly the shared vectors (as Python does).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, loadEngine } from "./harness.mjs";

const vectors = JSON.parse(readFileSync(join(ROOT, "tests", "search", "vectors.json"), "utf8"));
const { ArchivistSearch } = loadEngine();
const plain = (value) => JSON.parse(JSON.stringify(value));

for (const c of vectors.tokenize) {
  test(`tokenize: ${c.name}`, () => {
    assert.deepEqual(plain(ArchivistSearch.tokenize(c.text)), c.tokens);
  });
}

for (const c of vectors.index_keys) {
  test(`indexKeys: ${c.token}`, () => {
    assert.deepEqual(plain(ArchivistSearch.indexKeys(c.token)), c.keys);
  });
}

for (const c of vectors.query_keys) {
  test(`queryKeys: ${c.token}`, () => {
    assert.deepEqual(plain(ArchivistSearch.queryKeys(c.token)), { mode: c.mode, keys: c.keys });
  });
}

for (const c of vectors.token_matches) {
  test(`tokenMatches: ${c.query} ~ ${c.token}`, () => {
    assert.equal(ArchivistSearch.tokenMatches(c.query, c.token), c.match);
  });
}

test("vectors cover particles, compounds, NFD and mixed scripts", () => {
  const names = vectors.tokenize.map((c) => c.name);
  for (const name of ["particles", "compound", "NFD hangul", "mixed korean latin", "numbers", "punctuation"]) {
    assert.ok(names.includes(name), name);
  }
});

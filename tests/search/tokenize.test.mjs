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

test("snippet marks follow the matching rule (word starts, compounds, particles)", () => {
  const text = "OpenAI와 AI, 반도체업계의 인재를 고인이 말했다";
  const marked = (query) => {
    const s = ArchivistSearch.snippet(text, ArchivistSearch.tokenize(query), 500);
    return [...s.marks].map(([a, b]) => s.text.slice(a, b));
  };
  assert.deepEqual(marked("ai"), ["AI"]);
  assert.deepEqual(marked("업계"), ["업계"]);
  assert.deepEqual(marked("인재"), ["인재"]);
  assert.deepEqual(marked("인"), ["인"]);
  assert.deepEqual(marked("openai 반도체"), ["OpenAI", "반도체"]);
});

test("a long snippet is cut around the match with ellipses", () => {
  const text = "가나다 ".repeat(100) + "쟁탈전이 격화 " + "라마바 ".repeat(100);
  const s = ArchivistSearch.snippet(text, ["쟁탈전"], 80);
  assert.ok(s.text.startsWith("\u2026") && s.text.endsWith("\u2026"));
  assert.ok(s.text.length <= 84);
  assert.deepEqual([...s.marks].map(([a, b]) => s.text.slice(a, b)), ["쟁탈전"]);
});

const queryVectors = JSON.parse(readFileSync(join(ROOT, "tests", "search", "query_vectors.json"), "utf8"));

for (const c of queryVectors.plans) {
  test(`parseQuery: ${JSON.stringify(c.query)}`, () => {
    assert.deepEqual(plain(ArchivistSearch.parseQuery(c.query)), { plans: c.plans, phrases: c.phrases });
  });
}

for (const c of queryVectors.splits) {
  test(`particleSplit: ${c.word}`, () => {
    assert.deepEqual(plain(ArchivistSearch.particleSplit(c.word)), c.split);
  });
}

for (const c of queryVectors.use_stem) {
  test(`useStem: ${c.stem} ${c.literal}`, () => {
    assert.equal(ArchivistSearch.useStem(c.stem, c.literal), c.use);
  });
}

// The queries generated from real Korean articles (tests/search/real_queries.py) through the
// JavaScript engine: the same figures the Python reader must reach (test_real_queries.py).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, loadEngine } from "./harness.mjs";

const PYTHON = process.env.PYTHON || "python3";
const MISSING = 3;  // real_queries.py's exit status without ../shared/cleaning-dev
const NEEDED = {
  "bare noun": [1, 1], "compound part": [1, 1], "two words": [1, 1],
  "other particle": [0.95, 0.9], "number with unit": [0, 0.9], "Latin acronym": [0, 0.95],
};
let out;
let queries = null;
let skip = false;

before(() => {
  out = mkdtempSync(join(tmpdir(), "archivist-real-"));
  const run = spawnSync(PYTHON, [join(ROOT, "tests", "search", "real_queries.py"), out]);
  if (run.status === MISSING && !process.env.CI) {
    skip = true;
    return;
  }
  assert.equal(run.status, 0, String(run.stderr));
  queries = JSON.parse(readFileSync(join(out, "queries.json"), "utf8"));
});

after(() => rmSync(out, { recursive: true, force: true }));

/** Return the mean recall and precision of found (arrays of numbers) against the queries' answers. */
function score(mine, found) {
  let recall = 0;
  let precision = 0;
  mine.forEach((q, i) => {
    const right = new Set(q.answer);
    const hits = found[i].filter((n) => right.has(n)).length;
    recall += right.size ? hits / right.size : 1;
    precision += found[i].length ? hits / found[i].length : 1;
  });
  return { recall: recall / mine.length, precision: precision / mine.length };
}

for (const [kind, [recall, precision]] of Object.entries(NEEDED)) {
  test(`real queries through the engine: ${kind}`, async (t) => {
    if (skip) return t.skip("needs the real pages in ../shared/cleaning-dev beside the checkout");
    const { ArchivistSearch } = loadEngine();
    const engine = ArchivistSearch.create({ base: join(out, "search") + "/" });
    const mine = queries.filter((q) => q.kind === kind);
    assert.ok(mine.length >= 20, kind);
    const found = [];
    for (const q of mine) {
      const page = await engine.search(q.query, { limit: 100000 });
      assert.ok(page.exact, q.query);
      found.push([...page.results.map((r) => r.number)]);
    }
    const figures = score(mine, found);
    const wrong = mine.filter((q, i) => JSON.stringify([...found[i]].sort((a, b) => a - b)) !==
      JSON.stringify(q.answer)).map((q) => q.query);
    assert.ok(figures.recall >= recall && figures.precision >= precision, JSON.stringify({ figures, wrong }));
  });
}

test("an acronym still being typed finds the words it begins too, but its whole-word matches come first", async (t) => {
  if (skip) return t.skip("needs the real pages in ../shared/cleaning-dev beside the checkout");
  const { ArchivistSearch } = loadEngine();
  const engine = ArchivistSearch.create({ base: join(out, "search") + "/" });
  const acronyms = queries.filter((q) => q.kind === "Latin acronym");
  let widened = 0;
  for (const q of acronyms) {
    const page = await engine.search(q.query.trim(), { limit: 100000 });
    const numbers = [...page.results.map((r) => r.number)];
    const head = numbers.slice(0, q.answer.length).sort((a, b) => a - b);
    assert.deepEqual(head, q.answer, q.query);
    if (numbers.length > q.answer.length) widened++;
  }
  assert.ok(widened > 0, "some acronym begins a longer word in these articles");
});

/*
 * archivist search engine: finds articles in the static index that archivist/search/index.py
 * writes, without a server and from file://. Needs search-query.js, search-index.js,
 * search-text.js and search-rank.js loaded before it. Nothing here builds HTML: results carry
 * highlight ranges as numbers. The whole API is in docs/search.md:
 *   ArchivistSearch.create({base: "../search/"}).search("쟁탈전", {limit: 10}).then(function (page) {…});
 */
(function (root) {
  "use strict";

  var S = root.ArchivistSearch || (root.ArchivistSearch = {version: 1});
  var FORMAT_VERSION = S.FORMAT_VERSION;
  var DENSE_KEY_LEN = S.DENSE_KEY_LEN;
  var WORD_KEY_LEN = S.WORD_KEY_LEN;
  var chars = S.chars;
  var isDense = S.isDense;
  var needsCheck = S.needsCheck;
  var parseQuery = S.parseQuery;
  var useStem = S.useStem;
  var loadKey = S.loadKey;
  var loadedData = S.loadedData;
  var nextKeyRanges = S.nextKeyRanges;
  var aheadShards = S.aheadShards;
  var headsAhead = S.headsAhead;
  var decodeInto = S.decodeInto;
  var lookupKey = S.lookupKey;
  var intersectValues = S.intersectValues;
  var countPresent = S.countPresent;
  var WHOLE = S.WHOLE;
  var markRanges = S.markRanges;
  var snippet = S.snippet;
  var verifyDoc = S.verifyDoc;
  var rank = S.rank;
  var Ranking = S.Ranking;
  var fromHeads = S.fromHeads;

  /* ---- the engine ---- */

  /** Create an engine reading the index at options.base (a URL ending in "/"). */
  function Engine(options) {
    var base = (options && options.base) || "search/";
    this.base = base.charAt(base.length - 1) === "/" ? base : base + "/";
    this.tokenCache = new Map();
    this.checked = new Map();
  }

  /** Return a promise of the manifest, rejected if this engine cannot read the index. */
  Engine.prototype.manifest = function () {
    return loadKey(this.base, "manifest").then(function (manifest) {
      if (manifest.version !== FORMAT_VERSION || manifest.denseKeyLen !== DENSE_KEY_LEN ||
          manifest.wordKeyLen !== WORD_KEY_LEN) {
        throw new Error("search index was built for another version of the search engine");
      }
      return manifest;
    });
  };

  /** Return a promise of the values of the documents holding every key (each matched as mode says). */
  function lookupAll(base, manifest, keys, mode) {
    return Promise.all(keys.map(function (key) {
      return lookupKey(base, manifest, key, mode);
    })).then(intersectValues);
  }

  /**
   * Return a promise of {values, count, match} for one term's plan: the documents
   * it finds and the token they are checked and marked with. A word ending in
   * particles also finds its stem (not WHOLE where the boundary key is missing),
   * unless the literal word's articles (estimated) are most of the stem's.
   */
  Engine.prototype.lookupToken = function (manifest, plan) {
    var id = plan.kind + "\n" + plan.text;
    var cached = this.tokenCache.get(id);
    if (cached) return cached;
    var base = this.base;
    var literal = function () {
      return lookupAll(base, manifest, plan.keys, plan.mode).then(function (values) {
        return {values: values, count: countPresent(values), match: plan.text};
      });
    };
    var stem = plan.stem;
    var promise = !stem ? literal() : Promise.all([
      lookupAll(base, manifest, stem.keys, stem.mode),
      lookupKey(base, manifest, stem.boundary, "exact"),
    ]).then(function (both) {
      var values = both[0];
      var stemCount = 0;
      var estimate = 0;
      for (var n = 0; n < values.length; n++) {
        if (values[n] === 0) continue;
        stemCount++;
        if (both[1][n] !== 0) estimate++;
        else values[n] &= ~WHOLE;
      }
      if (!useStem(stemCount, estimate)) return literal();
      return {values: values, count: stemCount, match: stem.text};
    });
    if (this.tokenCache.size > 200) this.tokenCache.clear();
    this.tokenCache.set(id, promise);
    var cache = this.tokenCache;
    promise.catch(function () { cache.delete(id); });  // let a failed load be retried
    return promise;
  };

  /**
   * Start loading the key shards the next key may need when text ends in a
   * syllable being typed (see nextKeyRanges), unless they span more than
   * AHEAD_SHARDS shards.
   */
  Engine.prototype.loadAhead = function (text) {
    var ranges = nextKeyRanges(text);
    if (!ranges.length) return;
    var base = this.base;
    this.manifest().then(function (manifest) {
      var heads = headsAhead(manifest, text);
      if (heads) return loadKey(base, heads);
      if (!manifest.shards.length) return;
      aheadShards(manifest.shards, ranges, manifest.count).forEach(function (name) {
        loadKey(base, name).catch(function () {});
      });
    }).catch(function () {});
  };

  /** Return a promise of {tag, reporter, year} lists: [{name, count}] for a filter UI. */
  Engine.prototype.filters = function () {
    return Promise.all([this.manifest(), loadKey(this.base, "filters")]).then(function (both) {
      var toEntries = function (list) {
        return list.map(function (e) { return {name: e[0], count: e[1]}; });
      };
      return {
        tag: toEntries(both[1].tag),
        reporter: toEntries(both[1].reporter),
        year: both[0].years.map(function (y) { return {name: String(y[0]), count: y[2] - y[1]}; })
          .reverse(),
      };
    });
  };

  /** Return a 0/1 array of the documents dated in one of years. */
  function yearMask(manifest, years) {
    var mask = new Uint8Array(manifest.count);
    manifest.years.forEach(function (range) {
      if (years.indexOf(range[0]) >= 0) mask.fill(1, range[1], range[2]);
    });
    return mask;
  }

  /** Return a promise of a 0/1 array of documents allowed by the filters, or null. */
  Engine.prototype.filterMask = function (manifest, options) {
    var masks = [];
    var years = (options.years || []).map(Number);
    if (years.length) masks.push(Promise.resolve(yearMask(manifest, years)));
    var base = this.base;
    ["tag", "reporter"].forEach(function (facet) {
      var names = options[facet + "s"] || [];
      if (!names.length) return;
      masks.push(loadKey(base, "filters").then(function (filters) {
        var keys = filters[facet].filter(function (e) { return names.indexOf(e[0]) >= 0; })
          .map(function (e) { return e[2]; });
        return Promise.all(keys.map(function (key) { return loadKey(base, key); }));
      }).then(function (facets) {
        var mask = new Uint8Array(manifest.count);
        facets.forEach(function (f) { decodeInto(mask, f.d, "1".repeat(f.d.length), 0); });
        return mask;
      }));
    });
    if (!masks.length) return Promise.resolve(null);
    return Promise.all(masks).then(intersectValues);
  };

  /** Return a promise of loaded documents for the given numbers (priority as loadKey's). */
  Engine.prototype.docs = function (numbers, priority) {
    var base = this.base;
    return Promise.all(numbers.map(function (n) { return loadKey(base, "d/" + n, priority); }));
  };

  /** Return the shown fields of document n if already loaded (its d/ or c/ file), else null. */
  function shownFields(n) {
    var doc = loadedData("d/" + n);
    if (doc) return doc;
    var card = loadedData("c/" + n);
    return card ? {u: card[0], t: card[1], d: card[2], r: card[3], g: card[4], l: card[5]} : null;
  }

  /**
   * Return a promise of the documents to show: those whose fields are loaded
   * at once, the others from their c/ files (a few hundred bytes each, no text:
   * the snippets' d/ files are loaded later, see page.snippets).
   */
  Engine.prototype.shown = function (numbers) {
    var fields = numbers.map(shownFields);
    var missing = numbers.filter(function (n, i) { return !fields[i]; });
    if (!missing.length) return Promise.resolve(fields);
    var base = this.base;
    return Promise.all(missing.map(function (n) { return loadKey(base, "c/" + n); })).then(function () {
      return numbers.map(shownFields);
    });
  };

  /**
   * Return {plans, phrases, terms, marks, check} of a parsed query once its terms are
   * looked up: terms are the tokens documents are checked with (a stem where the stem
   * was searched; no glued key, which the index answers exactly), marks what is highlighted.
   */
  function resolved(parsed, plans, lookups) {
    var terms = [];
    var marks = [];
    lookups.forEach(function (found, i) {
      if (marks.indexOf(found.match) < 0) marks.push(found.match);
      if (plans[i].kind !== "glue" && terms.indexOf(found.match) < 0) terms.push(found.match);
    });
    var check = parsed.phrases.length > 0 || terms.some(needsCheck);
    return {plans: plans, phrases: parsed.phrases, terms: terms, marks: marks, check: check,
      deferred: plans.length < parsed.plans.length};
  }

  /**
   * Return the plans to look up now: while typing, a last word of one Hangul syllable
   * after other words waits (its posting list, "words beginning with it", is among the
   * longest, and the next key usually makes it a pair); the page looks it up once typing pauses.
   */
  function plansNow(plans, typing) {
    var last = plans[plans.length - 1];
    var waits = typing && plans.length > 1 && last.kind === "open" && isDense(last.text) &&
      chars(last.text).length === 1;
    return waits ? plans.slice(0, -1) : plans;
  }

  /**
   * Return a promise of {parsed, ranked}: the numbers of the documents the
   * index gives for a query, in result order, before any phrase check.
   */
  Engine.prototype.match = function (query, options) {
    options = options || {};
    var self = this;
    var parsed = parseQuery(query);
    return this.manifest().then(function (manifest) {
      var hasFilter = ["tags", "reporters", "years"].some(function (f) {
        return options[f] && options[f].length;
      });
      var plans = plansNow(parsed.plans, options.typing);
      if (!plans.length && !hasFilter) {
        return {parsed: resolved(parsed, [], []), ranked: new Ranking([], null)};
      }
      var lookUp = function () {
        return Promise.all([
          Promise.all(plans.map(function (p) { return self.lookupToken(manifest, p); })),
          self.filterMask(manifest, options),
        ]).then(function (both) {
          return {parsed: resolved(parsed, plans, both[0]), ranked: rank(manifest, both[0], both[1], options.sort)};
        });
      };
      var heads = hasFilter ? null : fromHeads(self.base, manifest, parsed, plans, options);
      return !heads ? lookUp() : heads.then(function (ranked) {
        return ranked ? {parsed: resolved(parsed, plans, [{match: plans[0].text}]), ranked: ranked} : lookUp();
      });
    });
  };

  /**
   * Return a promise of {query, total, exact, results} for a query.
   * options: limit (10), offset (0), sort ("relevance" | "newest"),
   * tags, reporters, years (arrays; OR inside one, AND across them), typing
   * (true: more keys may follow, so results that need checking against their
   * text are shown unchecked). exact is false when checks stopped early or were
   * not made and total is an upper bound; checked is false when they were not made.
   */
  Engine.prototype.search = function (query, options) {
    options = options || {};
    var self = this;
    return this.match(query, options).then(function (found) {
      // Keyed by the parsed query: a closing quote or spacing does not check anew.
      var checkKey = JSON.stringify([found.parsed.marks, found.parsed.terms, found.parsed.phrases, options.sort || "",
        options.tags || [], options.reporters || [], options.years || []]);
      return self.page(query, found.parsed, found.ranked, options, checkKey);
    });
  };

  /**
   * Return a promise of the requested page of ranked documents, checked if needed.
   * While typing, a result whose card is not loaded yet comes as a placeholder
   * ({number, pending: true}) instead of holding up the key: page.cards() loads the
   * cards and gives every result once they are in.
   */
  Engine.prototype.page = function (query, parsed, ranked, options, checkKey) {
    var limit = options.limit || 10;
    var offset = options.offset || 0;
    var self = this;
    var finish = function (numbers, docs, total, exact, checked) {
      var words = parsed.marks;
      var results = docs.map(function (doc, i) { return result(numbers[i], doc, words); });
      return {
        query: String(query), total: total, exact: exact, checked: checked, results: results,
        cards: function () { return Promise.resolve(results); },
        // Snippets of results shown before their text was loaded (snippet null), in result order.
        snippets: function () {
          return self.docs(numbers, "auto").then(function (full) {
            return full.map(function (doc) { return snippet(doc.x || "", words); });
          });
        },
      };
    };
    // While typing goes on, what the index gives is shown unchecked: checking loads texts,
    // which a result page replaced at the next key would not use.
    if (!parsed.check || options.typing) {
      var numbers = ranked.slice(offset, offset + limit);
      var sure = !parsed.check && !parsed.deferred;
      var fields = numbers.map(shownFields);
      if (!options.typing || fields.every(Boolean)) {
        return this.shown(numbers).then(function (docs) { return finish(numbers, docs, ranked.length, sure, sure); });
      }
      var page = finish(numbers, fields, ranked.length, sure, sure);
      var cards = null;  // asked for at the first page.cards() (once painted: ten <script>s took a key 2-4 ms)
      page.cards = function () {
        cards = cards || self.shown(numbers).then(function (docs) {
          return finish(numbers, docs, ranked.length, sure, sure).results;
        });
        return cards;
      };
      return Promise.resolve(page);
    }
    return this.checkedPage(checkKey, parsed, ranked, offset + limit).then(function (state) {
      var numbers = state.good.slice(offset, offset + limit);
      var docs = numbers.map(shownFields);
      var exact = state.next >= ranked.length;
      return finish(numbers, docs, state.good.length + ranked.length - state.next, exact, true);
    });
  };

  /** Return a promise of {good, next}: ranked documents checked until want are found. */
  Engine.prototype.checkedPage = function (key, parsed, ranked, want) {
    if (this.checked.size > 50) this.checked.clear();
    var state = this.checked.get(key) || {good: [], next: 0, asked: 0, busy: Promise.resolve()};
    this.checked.set(key, state);
    var self = this;
    var budget = 0;
    var step = function () {
      if (state.good.length >= want || state.next >= ranked.length || budget <= 0) {
        return Promise.resolve(state);
      }
      // Phrases fail often (both words, not side by side): check twice as many per round.
      var size = (parsed.phrases.length ? 2 : 1) * (want - state.good.length);
      // No round loads more texts than the budget has left (a round skips those matched by fields).
      var batch = ranked.slice(state.next, state.next + Math.min(Math.max(10, size), budget));
      // A match in the title, tags or reporters needs no text: only the others are loaded.
      var byFields = batch.map(function (n) {
        var fields = shownFields(n);
        return fields !== null && verifyDoc({t: fields.t, x: "", g: fields.g, r: fields.r}, parsed);
      });
      var missing = batch.filter(function (n, i) { return !byFields[i]; });
      budget -= missing.length;
      return self.docs(missing).then(function (docs) {
        var found = new Map();
        docs.forEach(function (doc, i) { found.set(missing[i], verifyDoc(doc, parsed)); });
        batch.forEach(function (n, i) { if (byFields[i] || found.get(n)) state.good.push(n); });
        state.next += batch.length;
        return step();
      });
    };
    var run = function () {
      // The same page asked again (a closing quote, Back) shows what was found: only a
      // later page (more results) checks further.
      if (want <= state.asked) return state;
      // Each call checks at most this many documents, so a phrase of common words
      // cannot make one keystroke download hundreds of documents.
      budget = Math.max(20, 2 * (want - state.good.length));
      return step().then(function () {
        state.asked = want;
        return state;
      });
    };
    // Calls for one query run one after another (even after a failed load), so none
    // checks a document twice.
    state.busy = state.busy.then(run, run);
    return state.busy;
  };

  /**
   * Return the public result object of one document: plain data, no HTML (snippet
   * null: text not loaded; only {number, pending: true} while its card is not loaded).
   */
  function result(number, doc, words) {
    if (!doc) return {number: number, pending: true};
    return {
      number: number,
      url: doc.u,
      title: doc.t,
      titleMarks: markRanges(doc.t, words),
      date: doc.d,
      reporters: doc.r || [],
      tags: doc.g || [],
      lang: doc.l || "",
      snippet: doc.x === undefined ? null : snippet(doc.x, words),
    };
  }

  S.create = function (options) { return new Engine(options); };

})(typeof window !== "undefined" ? window : globalThis);

/*
 * archivist search engine: finds articles in the static index that
 * archivist/search/index.py writes, without a server and from file://.
 *
 *   var engine = ArchivistSearch.create({base: "../search/"});
 *   engine.search("쟁탈전", {limit: 10, sort: "relevance"}).then(function (page) { ... });
 *
 * The tokenizer below is a port of archivist/search/tokenize.py; both are
 * checked against tests/search/vectors.json. Index files are classic scripts
 * that call archivistSearchData(key, data); they are loaded with <script>
 * tags, never fetched, so the page also works when opened from disk.
 * Nothing here builds HTML: results carry highlight ranges as numbers.
 * See the README's "Search" section for the whole API.
 */
(function (root) {
  "use strict";

  /* ---- tokenizer (mirror of archivist/search/tokenize.py) ---- */

  var FORMAT_VERSION = 5;
  var DENSE_KEY_LEN = 2;
  var WORD_KEY_LEN = 20;
  var ONE_CHAR = " ";  // before every one-character key (see tokenize.py)
  var DENSE = "\uAC00-\uD7A3\u3041-\u3096\u30A1-\u30FA\u30FC\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF";
  var TOKEN_RE = new RegExp("([" + DENSE + "]+)|((?:(?![" + DENSE + "])[\\p{L}\\p{N}])+)", "gu");
  var DENSE_START_RE = new RegExp("^[" + DENSE + "]");
  var NUMBER_RE = /^\p{Nd}+$/u;
  var WIDE_RE = /[\uFF01-\uFF5E]/g;

  /** Return text as it is compared: NFC, full-width ASCII narrowed, lowercased. */
  function foldText(text) {
    return String(text).normalize("NFC").replace(WIDE_RE, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
    }).toLowerCase();
  }

  /** Return the tokens of text, folded, in order. */
  function tokenize(text) {
    return String(foldText(text)).match(TOKEN_RE) || [];
  }

  /** Return [start, end] UTF-16 offsets of each token in (unfolded, NFC) text. */
  function tokenSpans(text) {
    var spans = [];
    var match;
    TOKEN_RE.lastIndex = 0;
    while ((match = TOKEN_RE.exec(text)) !== null) {
      spans.push([match.index, match.index + match[0].length]);
    }
    return spans;
  }

  /** Return true when a folded token is a dense run (Hangul, Han, kana). */
  function isDense(token) {
    return DENSE_START_RE.test(token);
  }

  /** Return the code points of a string as an array of strings. */
  function chars(text) {
    return Array.from(text);
  }

  /** Return true when every character of token is a decimal digit. */
  function isNumber(token) {
    return NUMBER_RE.test(token);
  }

  /** Return key as the index stores it: ONE_CHAR before a one-character key. */
  function storedKey(c) {
    return c.length === 1 ? ONE_CHAR + c[0] : c.join("");
  }

  /** Return the keys the index stores for one token. */
  function indexKeys(token) {
    var c = chars(token);
    if (!isDense(token)) {
      return [storedKey(c.slice(0, WORD_KEY_LEN))];
    }
    var keys = [ONE_CHAR + c[0]];
    for (var start = 0; start < c.length - 1; start++) {
      keys.push(c.slice(start, start + DENSE_KEY_LEN).join(""));
    }
    return keys;
  }

  /** Return {mode, keys} for looking up one query token ("exact": AND of keys). */
  function queryKeys(token) {
    var c = chars(token);
    if (isDense(token)) {
      if (c.length === 1) return {mode: "exact", keys: [ONE_CHAR + token]};
      if (c.length <= DENSE_KEY_LEN) return {mode: "prefix", keys: [token]};
      return {mode: "exact", keys: denseWindows(c)};
    }
    if (c.length === 1 || isNumber(token)) {
      return {mode: "exact", keys: [storedKey(c.slice(0, WORD_KEY_LEN))]};
    }
    return {mode: "prefix", keys: [c.slice(0, WORD_KEY_LEN).join("")]};
  }

  /** Return the distinct DENSE_KEY_LEN-long windows that cover a long dense token: every other one, and the last. */
  function denseWindows(c) {
    var last = c.length - DENSE_KEY_LEN;
    var starts = [];
    for (var start = 0; start <= last; start += DENSE_KEY_LEN) starts.push(start);
    if (starts[starts.length - 1] !== last) starts.push(last);
    var windows = [];
    starts.forEach(function (at) {
      var window = c.slice(at, at + DENSE_KEY_LEN).join("");
      if (windows.indexOf(window) < 0) windows.push(window);
    });
    return windows;
  }

  /** Return true when the index alone over-approximates the matches of token. */
  function needsCheck(token) {
    return chars(token).length > (isDense(token) ? DENSE_KEY_LEN : WORD_KEY_LEN);
  }

  /** Return true when a query token matches a text token (the reference rule). */
  function tokenMatches(query, token) {
    if (isDense(query) !== isDense(token)) return false;
    if (isDense(query)) {
      return query.length === 1 ? token.charAt(0) === query : token.indexOf(query) >= 0;
    }
    if (chars(query).length === 1 || isNumber(query)) return token === query;
    return token.lastIndexOf(query, 0) === 0;
  }

  /* ---- glued numbers (mirror of archivist/search/glue.py) ---- */

  var GLUE_RE = new RegExp("(?<![0-9a-z.,])([a-z]+-)?([0-9]+(?:[.,][0-9]+)*)(?![0-9a-z])(%|[" + DENSE + "])?", "gu");

  /** Return [key, start, end] of each glued number key of a folded whitespace-free piece. */
  function glueSpans(piece) {
    var spans = [];
    var match;
    GLUE_RE.lastIndex = 0;
    while ((match = GLUE_RE.exec(piece)) !== null) {
      var core = (match[1] || "") + match[2];
      if (match[1] || /[.,]/.test(match[2])) {
        spans.push([chars(core).slice(0, WORD_KEY_LEN).join(""), match.index, match.index + core.length]);
      }
      if (match[3]) {
        spans.push([chars(core + match[3]).slice(0, WORD_KEY_LEN).join(""), match.index,
          match.index + match[0].length]);
      }
    }
    return spans;
  }

  /* ---- particles (mirror of archivist/search/particles.py) ---- */

  // Particles by the stem ending they follow: C a final consonant, V a vowel,
  // R a vowel or a final ㄹ, N a final consonant other than ㄹ, A any.
  var FIRST_PARTICLES = {
    "이": "C", "은": "C", "을": "C", "과": "C", "으로": "N",
    "가": "V", "는": "V", "를": "V", "와": "V", "로": "R",
    "의": "A", "에": "A", "에서": "A", "에게": "A", "도": "A", "만": "A",
    "까지": "A", "부터": "A", "처럼": "A", "보다": "A",
  };
  var SECOND_PARTICLES = ["는", "은", "도", "의", "만"];
  var STACKING = ["에", "에서", "에게", "으로", "로", "와", "과", "까지", "부터", "보다", "처럼", "만"];
  var MIN_STEM = 2;
  var GUARD_SHARE = 0.8;
  var GUARD_MIN = 3;

  /** Return true when a Hangul syllable ends in a consonant. */
  function hasFinal(syllable) {
    return (syllable.charCodeAt(0) - 0xAC00) % 28 !== 0;
  }

  /** Return every particle or pair of particles -> the class of its first particle, longest first. */
  function particleEndings() {
    var endings = Object.assign(Object.create(null), FIRST_PARTICLES);
    STACKING.forEach(function (first) {
      SECOND_PARTICLES.forEach(function (second) {
        var topicFits = (second !== "는" && second !== "은") ||
          (second === "은") === hasFinal(first.charAt(first.length - 1));
        if (second !== first && topicFits && !(first + second in endings)) {
          endings[first + second] = FIRST_PARTICLES[first];
        }
      });
    });
    var order = Object.keys(endings).sort(function (a, b) {
      return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
    });
    return order.map(function (ending) { return [ending, endings[ending]]; });
  }

  var ENDINGS = particleEndings();

  /** Return true when a particle of class kind may follow the syllable stemEnd. */
  function fits(stemEnd, kind) {
    var final = (stemEnd.charCodeAt(0) - 0xAC00) % 28;
    if (kind === "A") return true;
    if (kind === "C") return final !== 0;
    if (kind === "V") return final === 0;
    if (kind === "R") return final === 0 || final === 8;  // 8: final ㄹ
    return final !== 0 && final !== 8;
  }

  /** Return [stem, particle] when a Hangul token ends in particles after a stem of 2+ syllables, else null. */
  function particleSplit(token) {
    if (!/^[\uAC00-\uD7A3]+$/.test(token)) return null;
    for (var i = 0; i < ENDINGS.length; i++) {
      var ending = ENDINGS[i][0];
      var stem = token.slice(0, token.length - ending.length);
      if (token.slice(-ending.length) === ending && stem.length >= MIN_STEM &&
          fits(stem.charAt(stem.length - 1), ENDINGS[i][1])) {
        return [stem, ending];
      }
    }
    return null;
  }

  /** Return true when the stem is searched: the literal word (estimated) is rare or not most of the stem's articles. */
  function useStem(stemCount, literalCount) {
    return literalCount < GUARD_MIN || literalCount < GUARD_SHARE * stemCount;
  }

  /* ---- query parsing (mirror of archivist/search/query.py) ---- */

  /** Return [text, kind] terms of a folded whitespace-free piece: glued keys ("glue") and the tokens they leave. */
  function pieceTerms(piece) {
    var glued = glueSpans(piece);
    var terms = [];
    tokenSpans(piece).forEach(function (span) {
      glued.forEach(function (g) {
        if (g[1] === span[0] && !terms.some(function (t) { return t[0] === g[0] && t[1] === "glue"; })) {
          terms.push([g[0], "glue"]);
        }
      });
      var covered = glued.some(function (g) { return g[1] <= span[0] && span[1] <= g[2]; });
      if (!covered) terms.push([piece.slice(span[0], span[1]), "word"]);
    });
    return terms;
  }

  /** Return what one term looks up: {text, kind, mode, keys} and, for a word ending in particles, its stem. */
  function termPlan(text, kind) {
    if (kind === "glue") return {text: text, kind: kind, mode: "exact", keys: [text]};
    if (!isDense(text) && kind === "word" && !isNumber(text)) {
      return {text: text, kind: kind, mode: "exact", keys: [storedKey(chars(text).slice(0, WORD_KEY_LEN))]};
    }
    var lookup = queryKeys(text);
    var plan = {text: text, kind: kind, mode: lookup.mode, keys: lookup.keys};
    var split = isDense(text) ? particleSplit(text) : null;
    if (split) {
      var stem = queryKeys(split[0]);
      plan.stem = {text: split[0], mode: stem.mode, keys: stem.keys,
        boundary: split[0].charAt(split[0].length - 1) + split[1].charAt(0)};
    }
    return plan;
  }

  /** Return {plans, phrases}: what each term of a query looks up; quoted parts are phrases. */
  function parseQuery(query) {
    var folded = foldText(String(query).replace(/[\u201C\u201D\u201E\u201F\u2033]/g, "\""));
    var terms = [];
    var phrases = [];
    folded.split("\"").forEach(function (part, index) {
      var tokens = tokenize(part);
      part.split(/\s+/).forEach(function (piece) {
        pieceTerms(piece).forEach(function (term) {
          if (!terms.some(function (t) { return t[0] === term[0] && t[1] === term[1]; })) terms.push(term);
        });
      });
      if (index % 2 === 1 && tokens.length > 1) phrases.push(tokens);
    });
    var last = terms[terms.length - 1];
    if (last && last[1] === "word" && isTokenChar(chars(folded).pop() || "")) last[1] = "open";
    return {plans: terms.map(function (t) { return termPlan(t[0], t[1]); }), phrases: phrases};
  }

  /* ---- script loading ---- */

  var loaded = Object.create(null);
  var waiting = Object.create(null);
  var loading = Object.create(null);

  /** Called by every index file: store its data and wake whoever waits for it. */
  root.archivistSearchData = function (key, data) {
    loaded[key] = data;
    if (waiting[key]) {
      waiting[key](data);
      delete waiting[key];
    }
  };

  var urgent = 0;  // loads a keystroke waits for, in flight
  var idle = [];  // background loads waiting for urgent loads to finish

  /** Run the background loads kept waiting once no urgent load is in flight. */
  function wakeIdle() {
    while (urgent === 0 && idle.length) idle.shift()();
  }

  /** Return a promise resolved once no load a keystroke waits for is in flight. */
  function whenIdle() {
    if (urgent === 0) return Promise.resolve();
    return new Promise(function (resolve) { idle.push(resolve); });
  }

  /**
   * Return a promise of the data of index file key, loading it once, at
   * priority "high" (a keystroke waits for it: the default), "auto" (wanted
   * soon: snippets) or "low" (background: result blocks). Background loads
   * are not counted in what whenIdle waits for.
   */
  function loadKey(base, key, priority) {
    if (key in loaded) return Promise.resolve(loaded[key]);
    if (!loading[key]) {
      var background = priority === "low";
      if (!background) urgent++;
      var settle = function () {
        if (background) return;
        urgent--;
        wakeIdle();
      };
      loading[key] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        waiting[key] = resolve;
        script.src = base + key + ".js";
        script.async = true;
        script.setAttribute("fetchpriority", priority || "high");
        script.onload = function () {
          settle();
          if (script.parentNode) script.parentNode.removeChild(script);
          if (!(key in loaded)) reject(new Error("search index file did not register: " + key));
        };
        script.onerror = function () {
          settle();
          if (script.parentNode) script.parentNode.removeChild(script);
          delete loading[key];
          delete waiting[key];
          reject(new Error("search index file could not be loaded: " + script.src));
        };
        (document.head || document.documentElement).appendChild(script);
      });
    }
    return loading[key];
  }

  /* ---- loading ahead while a syllable is typed ---- */

  var INITIALS = "\u3131\u3132\u3134\u3137\u3138\u3139\u3141\u3142\u3143\u3145\u3146" +
    "\u3147\u3148\u3149\u314A\u314B\u314C\u314D\u314E";  // ㄱ…ㅎ as an input method shows them
  // Loading more at once holds up the keys typed meanwhile: a new word's open syllables
  // span 7-14 shards for the common initial consonants at 10,000 articles, and loading
  // them all made the keys around them slower, not faster. The first 6 are loaded.
  var AHEAD_SHARDS = 6;
  // A new word's initial consonant loads fewer: the one-syllable keys' posting lists are the
  // longest of all (an archive of 100,000 articles makes each shard 20-30 KB gzip), and the
  // session transfer budget (issue #26) cannot pay for six of them on every new word.
  var NEW_WORD_AHEAD = 2;
  // In an archive this large a shard is mostly one long posting list (20-45 KB gzip at
  // 100,000 articles), and loading ahead shards the next key may not need costs more
  // than the session transfer budget (issue #26) allows: nothing is loaded ahead.
  var LARGE_ARCHIVE = 30000;
  // Medial vowels (0 = ㅏ … 20 = ㅣ) from the most used in Korean text to the least.
  var VOWELS_BY_USE = [0, 20, 4, 18, 8, 13, 1, 6, 5, 9, 19, 12, 17, 11, 14, 16, 2, 7, 10, 3, 15];
  // The one-character keys a new word's first Latin letter or digit looks up.
  var ONE_LETTER_RANGE = [ONE_CHAR + "0", ONE_CHAR + "z"];

  /** Return true when c is a precomposed Hangul syllable. */
  function isSyllable(c) {
    return c >= "\uAC00" && c <= "\uD7A3";
  }

  /** Return true when the character c is (part of) a search token. */
  function isTokenChar(c) {
    return tokenize(c).length > 0;
  }

  /**
   * Return [first, last] ranges of the keys the next key typed after text may
   * look up: at a new word, the one-letter keys (a, …, z, 0, …, 9); after a
   * new word's one Latin letter or digit, the keys it begins (s: s…); after a
   * lone initial consonant, the syllables it begins (인ㅈ: the pairs 인자…인짛;
   * a new word ㅈ: the one-syllable keys 자, 재, …, 즈, 지); after a syllable
   * without a final consonant, that syllable with one (재: 재…잻). Else empty.
   */
  function nextKeyRanges(text) {
    var c = chars(foldText(text));
    var last = c[c.length - 1] || "";
    var before = c[c.length - 2] || "";
    var head = isSyllable(before) ? before : ONE_CHAR;
    var initial = last ? INITIALS.indexOf(last) : -1;
    if (initial >= 0) {
      var first = 0xAC00 + initial * 588;  // 588 syllables share an initial consonant
      if (head !== ONE_CHAR) {
        return [[head + String.fromCharCode(first), head + String.fromCharCode(first + 587)]];
      }
      return VOWELS_BY_USE.map(function (vowel) {
        var open = ONE_CHAR + String.fromCharCode(first + vowel * 28);
        return [open, open];
      });
    }
    if (!isTokenChar(last)) return [ONE_LETTER_RANGE];
    if (!isTokenChar(before) && !isSyllable(last)) return [[last, last + "\uFFFF"]];
    if (!isSyllable(last) || (last.charCodeAt(0) - 0xAC00) % 28 !== 0) return [];
    return [[head + last, head + String.fromCharCode(last.charCodeAt(0) + 27)]];
  }

  /**
   * Return the names of the first AHEAD_SHARDS shards holding keys in ranges
   * (NEW_WORD_AHEAD for a new word's syllables; none in an archive of over LARGE_ARCHIVE articles).
   */
  function aheadShards(bounds, ranges, count) {
    var names = [];
    ranges.forEach(function (range) {
      for (var i = shardIndex(bounds, range[0]); i <= shardIndex(bounds, range[1]); i++) {
        if (names.indexOf(bounds[i][1]) < 0) names.push(bounds[i][1]);
      }
    });
    var newWord = ranges.length > 1 && ranges[0][0].charAt(0) === ONE_CHAR;
    return names.slice(0, count > LARGE_ARCHIVE ? 0 : newWord ? NEW_WORD_AHEAD : AHEAD_SHARDS);
  }

  /* ---- posting lists ---- */

  var ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var CODE = new Int8Array(128);
  for (var i = 0; i < ALPHABET.length; i++) CODE[ALPHABET.charCodeAt(i)] = i;
  var TITLE = 1;
  var META = 2;
  var BODY_WEIGHT = [0, 1, 1.5, 2];
  // Engine-only bit: the stored key is the whole query key (the word "ai", not "aid"; the
  // word as typed, not only its stem).
  var WHOLE = 16;
  // A match that is not WHOLE (a word the query only begins, a stem without the typed
  // particle) weighs this much: below a whole match anywhere (the most a field gives is 6.5).
  var PART_WEIGHT = 0.1;
  var FLAGS = TITLE | META | WHOLE;

  /** Return the ranking weight of one query word's value bits in a document. */
  function weight(v) {
    var base = (v & TITLE ? 3 : 0) + (v & META ? 1.5 : 0) + BODY_WEIGHT[(v >> 2) & 3];
    return v & WHOLE ? base : PART_WEIGHT * base;
  }

  /** Return the value bits of two matches of one token in a document, merged. */
  function combine(a, b) {
    if (a === 0) return b;
    return ((a | b) & FLAGS) | (Math.max((a >> 2) & 3, (b >> 2) & 3) << 2);
  }

  /** Merge a gap-coded posting list and its values into out (value per document). */
  function decodeInto(out, docs, values, extra) {
    var number = -1;
    var current = 0;
    var v = 0;
    for (var i = 0; i < docs.length; i++) {
      var digit = CODE[docs.charCodeAt(i)];
      if (digit >= 32) {
        current = current * 32 + (digit - 32);
        continue;
      }
      number += 1 + current * 32 + digit;
      current = 0;
      out[number] = combine(out[number], CODE[values.charCodeAt(v++)] | extra);
    }
  }

  /** Return the index of the last shard whose first key is <= key. */
  function shardIndex(bounds, key) {
    var low = 0;
    var high = bounds.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (bounds[mid][0] <= key) low = mid; else high = mid - 1;
    }
    return low;
  }

  /** Return the names of the shards that may hold key (or keys starting with it). */
  function shardsFor(bounds, key, mode) {
    if (!bounds.length) return [];
    var first = shardIndex(bounds, key);
    var names = [bounds[first][1]];
    for (var j = first + 1; mode === "prefix" && j < bounds.length; j++) {
      if (bounds[j][0].lastIndexOf(key, 0) !== 0) break;
      names.push(bounds[j][1]);
    }
    return names;
  }

  /** Return the position of the first key >= key in a sorted array. */
  function lowerBound(keys, key) {
    var low = 0;
    var high = keys.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (keys[mid] < key) low = mid + 1; else high = mid;
    }
    return low;
  }

  /** Merge every posting list of one shard that matches key into out. */
  function collectShard(out, shard, key, mode) {
    for (var i = lowerBound(shard.k, key); i < shard.k.length; i++) {
      var stored = shard.k[i];
      if (mode === "exact" ? stored !== key : stored.lastIndexOf(key, 0) !== 0) break;
      decodeInto(out, shard.d[i], shard.v[i], stored === key ? WHOLE : 0);
    }
  }

  /** Return, per document, the value of every stored key matching one key. */
  function lookupKey(base, manifest, key, mode) {
    var names = shardsFor(manifest.shards, key, mode);
    return Promise.all(names.map(function (name) { return loadKey(base, name); }))
      .then(function (shards) {
        var out = new Uint8Array(manifest.count);
        shards.forEach(function (shard) { collectShard(out, shard, key, mode); });
        return out;
      });
  }

  /** Return the documents (value per document) holding all of arrays. */
  function intersectValues(arrays) {
    var out = arrays[0].slice();
    for (var a = 1; a < arrays.length; a++) {
      for (var n = 0; n < out.length; n++) {
        out[n] = out[n] === 0 || arrays[a][n] === 0 ? 0 : combine(out[n], arrays[a][n]);
      }
    }
    return out;
  }

  /** Return the number of documents present in a value array. */
  function countPresent(values) {
    var count = 0;
    for (var n = 0; n < values.length; n++) if (values[n] !== 0) count++;
    return count;
  }

  /* ---- snippets and highlights ---- */

  var WORD_CHAR_RE = new RegExp("^(?:(?![" + DENSE + "])[\\p{L}\\p{N}])$", "u");
  var MAX_MARKS = 100;

  /** Return [start, end] ranges in text where any query token matches, in order. */
  function markRanges(text, queryTokens) {
    var folded = foldText(text);
    if (folded.length !== text.length) return markRangesByToken(text, queryTokens);
    var marks = [];
    queryTokens.forEach(function (query) { findMatches(folded, query, marks); });
    return mergeRanges(marks);
  }

  /** Add the ranges where query matches in folded text (same rule as tokenMatches). */
  function findMatches(folded, query, marks) {
    var dense = isDense(query);
    var exact = !dense && (chars(query).length === 1 || isNumber(query));
    var from = 0;
    for (var found = 0; found < MAX_MARKS;) {
      var at = folded.indexOf(query, from);
      if (at < 0) return;
      from = at + 1;
      var before = folded.charAt(at - 1);
      var ok = dense ? query.length > 1 || !isDense(before)
        : !WORD_CHAR_RE.test(before) && !(exact && WORD_CHAR_RE.test(folded.charAt(at + query.length)));
      if (ok) {
        marks.push([at, at + query.length]);
        found++;
      }
    }
  }

  /** Return ranges sorted by start with overlapping ones merged. */
  function mergeRanges(ranges) {
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push([range[0], range[1]]);
    });
    return merged;
  }

  /** Return match ranges token by token (for text whose folding changes its length). */
  function markRangesByToken(text, queryTokens) {
    var marks = [];
    tokenSpans(text).forEach(function (span) {
      var raw = text.slice(span[0], span[1]);
      var token = foldText(raw);
      var best = null;
      queryTokens.forEach(function (query) {
        if (!tokenMatches(query, token)) return;
        var range = matchRange(query, token, raw.length);
        if (!best || range[1] - range[0] > best[1] - best[0]) best = range;
      });
      if (best) marks.push([span[0] + best[0], span[0] + best[1]]);
    });
    return marks;
  }

  /** Return the [start, end] of query inside one matched token (token offsets). */
  function matchRange(query, token, rawLength) {
    if (token.length !== rawLength) return [0, rawLength];
    if (isDense(query)) {
      var at = query.length === 1 ? 0 : token.indexOf(query);
      return [at, at + query.length];
    }
    return [0, Math.min(query.length, rawLength)];
  }

  /** Return {text, marks} of a window of about size characters around the best matches. */
  function snippet(text, queryTokens, size) {
    size = size || 160;
    var marks = markRanges(text, queryTokens).slice(0, 400);
    var start = marks.length ? bestWindow(text, marks, queryTokens, size) : 0;
    start = snapStart(text, start);
    var end = Math.min(text.length, start + size);
    if (end < text.length) end = snapEnd(text, end);
    var prefix = start > 0 ? "\u2026" : "";
    var suffix = end < text.length ? "\u2026" : "";
    var inside = marks.filter(function (m) { return m[0] >= start && m[1] <= end; })
      .map(function (m) { return [m[0] - start + prefix.length, m[1] - start + prefix.length]; });
    return {text: prefix + text.slice(start, end) + suffix, marks: inside};
  }

  /** Return the start offset of the window holding the most distinct matched words. */
  function bestWindow(text, marks, queryTokens, size) {
    var best = marks[0][0];
    var bestScore = -1;
    for (var i = 0; i < marks.length; i++) {
      var seen = Object.create(null);
      var score = 0;
      for (var j = i; j < marks.length && marks[j][1] <= marks[i][0] + size - 20; j++) {
        var word = foldText(text.slice(marks[j][0], marks[j][1]));
        if (!seen[word]) { seen[word] = true; score += 10; }
        score += 1;
      }
      if (score > bestScore) { bestScore = score; best = marks[i][0]; }
    }
    return Math.max(0, best - 30);
  }

  /** Return start moved forward to the next word boundary (within 15 characters). */
  function snapStart(text, start) {
    if (start === 0) return 0;
    for (var i = start; i < Math.min(text.length, start + 15); i++) {
      if (/\s/.test(text.charAt(i - 1))) return i;
    }
    return start;
  }

  /** Return end moved back to the previous word boundary (within 15 characters). */
  function snapEnd(text, end) {
    for (var i = end; i > Math.max(0, end - 15); i--) {
      if (/\s/.test(text.charAt(i))) return i;
    }
    return end;
  }

  /* ---- checks for phrases and long words ---- */

  /** Return true when tokens hold the phrase as consecutive matching tokens. */
  function hasPhrase(tokens, phrase) {
    for (var i = 0; i + phrase.length <= tokens.length; i++) {
      var all = true;
      for (var j = 0; j < phrase.length && all; j++) all = tokenMatches(phrase[j], tokens[i + j]);
      if (all) return true;
    }
    return false;
  }

  /** Return true when a loaded document really matches every term and phrase. */
  function verifyDoc(doc, parsed) {
    if (doc.c) return true;  // text was cut at build time: the match may lie past the cut
    var texts = [doc.t, doc.x, (doc.g || []).join(" "), (doc.r || []).join(" ")];
    var folded = foldText(texts.join("\n"));
    var tokens = null;
    var termsOk = parsed.terms.every(function (term) {
      if (!needsCheck(term)) return true;
      // A dense query can only occur inside one dense run, so a substring test is exact.
      if (isDense(term)) return folded.indexOf(term) >= 0;
      tokens = tokens || tokenize(folded);
      return tokens.some(function (token) { return tokenMatches(term, token); });
    });
    return termsOk && parsed.phrases.every(function (phrase) {
      return texts.some(function (text) { return hasPhrase(tokenize(text), phrase); });
    });
  }

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
        throw new Error("search index was built for another version of search.js");
      }
      return manifest;
    });
  };

  /** Return a promise of {values, count} of the documents matching one query token. */
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

  /** Return the shown fields of document n if already loaded (its d/ or c/ file, or r/ block), else null. */
  function shownFields(manifest, n) {
    var doc = loaded["d/" + n];
    if (doc) return doc;
    var card = loaded["c/" + n];
    if (card) return {u: card[0], t: card[1], d: card[2], r: card[3], g: card[4], l: card[5]};
    var key = "r/" + Math.floor(n / manifest.block);
    var block = loaded[key];
    if (!block) return null;
    // A block arrives as one string, a JSON array a line: split it once, parse a line when first drawn.
    if (typeof block === "string") block = loaded[key] = block.split("\n");
    var i = n % manifest.block;
    var e = block[i];
    if (typeof e === "string") e = block[i] = JSON.parse(e);
    return {u: e[0], t: e[1], d: e[2], r: e[3], g: e[4], l: e[5]};
  }

  /**
   * Return a promise of the documents to show: those whose fields are loaded
   * at once, the others from their c/ files (a few hundred bytes each, no text:
   * the snippets' d/ files are loaded later, see page.snippets).
   */
  Engine.prototype.shown = function (manifest, numbers) {
    var fields = numbers.map(function (n) { return shownFields(manifest, n); });
    var missing = numbers.filter(function (n, i) { return !fields[i]; });
    if (!missing.length) return Promise.resolve(fields);
    var base = this.base;
    return Promise.all(missing.map(function (n) { return loadKey(base, "c/" + n); })).then(function () {
      return numbers.map(function (n) { return shownFields(manifest, n); });
    });
  };

  /**
   * Load the shown fields of every document (the r/ files, a few at a time) so
   * that later keystrokes draw their results without waiting for any file.
   */
  Engine.prototype.prefetch = function () {
    if (this.prefetching) return this.prefetching;
    var base = this.base;
    this.prefetching = this.manifest().then(function (manifest) {
      // Newest first: ties, the newest-first order and recent news favour high numbers.
      var blocks = [];
      for (var b = Math.ceil(manifest.count / manifest.block) - 1; b >= 0; b--) blocks.push("r/" + b);
      // A block waits while a keystroke's files load, so it never holds them up.
      var next = function () {
        var key = blocks.shift();
        if (!key) return null;
        return whenIdle().then(function () { return loadKey(base, key, "low"); }).then(next);
      };
      return Promise.all([next(), next(), next()]);
    });
    this.prefetching.catch(function () {});
    return this.prefetching;
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
      return Promise.all([
        Promise.all(plans.map(function (p) { return self.lookupToken(manifest, p); })),
        self.filterMask(manifest, options),
      ]).then(function (both) {
        return {parsed: resolved(parsed, plans, both[0]), ranked: rank(manifest, both[0], both[1], options.sort)};
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

  /** Return a promise of the requested page of ranked documents, checked if needed. */
  Engine.prototype.page = function (query, parsed, ranked, options, checkKey) {
    var limit = options.limit || 10;
    var offset = options.offset || 0;
    var self = this;
    var finish = function (numbers, docs, total, exact, checked) {
      var words = parsed.marks;
      return {
        query: String(query), total: total, exact: exact, checked: checked,
        results: docs.map(function (doc, i) { return result(numbers[i], doc, words); }),
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
      return this.shown(loaded.manifest, numbers).then(function (docs) {
        return finish(numbers, docs, ranked.length, sure, sure);
      });
    }
    return this.checkedPage(checkKey, parsed, ranked, offset + limit).then(function (state) {
      var numbers = state.good.slice(offset, offset + limit);
      var docs = numbers.map(function (n) { return shownFields(loaded.manifest, n); });
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
      var manifest = loaded.manifest;
      var byFields = batch.map(function (n) {
        var fields = shownFields(manifest, n);
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

  /** Return the documents matching every query word (and the filter), as a Ranking. */
  function rank(manifest, matches, mask, sort) {
    var count = manifest.count;
    var idf = matches.map(function (m) { return Math.log(1 + count / Math.max(1, m.count)); });
    var numbers = [];
    var scores = new Float64Array(count);
    for (var n = 0; n < count; n++) {
      if (mask && !mask[n]) continue;
      var score = 0;
      var ok = true;
      for (var t = 0; t < matches.length && ok; t++) {
        var v = matches[t].values[n];
        if (v === 0) ok = false;
        else score += idf[t] * weight(v);
      }
      if (!ok) continue;
      numbers.push(n);
      scores[n] = score;
    }
    if (sort === "newest") return new Ranking(numbers.reverse(), null);
    return new Ranking(numbers, scores);
  }

  /** Return true when document a ranks before document b (higher score, then newer). */
  function before(scores, a, b) {
    return scores[a] > scores[b] || (scores[a] === scores[b] && a > b);
  }

  /**
   * Matched documents in result order, sorted only as far as pages ask for:
   * a keystroke shows 10 results of thousands, so it picks the best few
   * instead of sorting them all. Iterating gives every document in order.
   */
  function Ranking(numbers, scores) {
    this.numbers = numbers;  // every match; in result order when scores is null
    this.scores = scores;
    this.length = numbers.length;
    this.head = scores ? [] : numbers;  // the first documents, in result order
  }

  /** Return the documents at positions start to end (exclusive) in result order. */
  Ranking.prototype.slice = function (start, end) {
    end = Math.min(end === undefined ? this.length : end, this.length);
    if (end > this.head.length) this.order(end);
    return this.head.slice(start, end);
  };

  /** Put at least the first want documents in order (all of them once want is large). */
  Ranking.prototype.order = function (want) {
    var scores = this.scores;
    var size = Math.max(want, 2 * this.head.length, 32);
    var head = size * 8 >= this.length ? this.numbers.slice() : bestOf(this.numbers, scores, size);
    this.head = head.sort(function (a, b) {
      return before(scores, a, b) ? -1 : before(scores, b, a) ? 1 : 0;
    });
  };

  /** Return every document in result order. */
  Ranking.prototype[Symbol.iterator] = function () {
    return this.slice(0)[Symbol.iterator]();
  };

  /** Return the size best documents of numbers (unordered), kept in a min-heap. */
  function bestOf(numbers, scores, size) {
    var heap = [];
    for (var i = 0; i < numbers.length; i++) {
      var n = numbers[i];
      if (heap.length < size) {
        heap.push(n);
        siftUp(heap, scores, heap.length - 1);
      } else if (before(scores, n, heap[0])) {
        heap[0] = n;
        siftDown(heap, scores, 0);
      }
    }
    return heap;
  }

  /** Move heap[i] up while it ranks after its parent (the worst stays on top). */
  function siftUp(heap, scores, i) {
    while (i > 0) {
      var parent = (i - 1) >> 1;
      if (!before(scores, heap[parent], heap[i])) return;
      var swap = heap[parent]; heap[parent] = heap[i]; heap[i] = swap;
      i = parent;
    }
  }

  /** Move heap[i] down while a child ranks after it. */
  function siftDown(heap, scores, i) {
    for (;;) {
      var worst = i;
      var left = 2 * i + 1;
      var right = left + 1;
      if (left < heap.length && before(scores, heap[worst], heap[left])) worst = left;
      if (right < heap.length && before(scores, heap[worst], heap[right])) worst = right;
      if (worst === i) return;
      var swap = heap[worst]; heap[worst] = heap[i]; heap[i] = swap;
      i = worst;
    }
  }

  /** Return the public result object of one document: plain data, no HTML (snippet null: text not loaded). */
  function result(number, doc, words) {
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

  root.ArchivistSearch = {
    version: 1,
    create: function (options) { return new Engine(options); },
    tokenize: tokenize,
    indexKeys: indexKeys,
    queryKeys: queryKeys,
    tokenMatches: tokenMatches,
    parseQuery: parseQuery,
    particleSplit: particleSplit,
    useStem: useStem,
    snippet: snippet,
  };
})(typeof window !== "undefined" ? window : globalThis);

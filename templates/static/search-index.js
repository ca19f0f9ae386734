/*
 * archivist search, index reader: loads the index files (classic scripts that
 * call archivistSearchData(key, data), added as <script> tags, never fetched,
 * so the page also works from disk), decodes posting lists and chooses the
 * key shards to load ahead while a syllable is typed.
 */
(function (root) {
  "use strict";

  var S = root.ArchivistSearch || (root.ArchivistSearch = {version: 1});
  var ONE_CHAR = S.ONE_CHAR;
  var chars = S.chars;
  var foldText = S.foldText;
  var isSyllable = S.isSyllable;
  var isTokenChar = S.isTokenChar;

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

  /** Return the data of index file key if it is loaded, else undefined. */
  function loadedData(key) {
    return loaded[key];
  }

  /**
   * Return a promise of the data of index file key, loading it once, at
   * priority "high" (a keystroke waits for it: the default) or "auto"
   * (wanted soon: snippets).
   */
  function loadKey(base, key, priority) {
    if (key in loaded) return Promise.resolve(loaded[key]);
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        waiting[key] = resolve;
        script.src = base + key + ".js";
        script.async = true;
        script.setAttribute("fetchpriority", priority || "high");
        script.onload = function () {
          if (script.parentNode) script.parentNode.removeChild(script);
          if (!(key in loaded)) reject(new Error("search index file did not register: " + key));
        };
        script.onerror = function () {
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
   * Return the key of the heads file (archivist/search/heads.py) the next key typed after
   * text reads, or "" when it reads none: after the lone initial consonant that begins a
   * query (ㅈ, "ㅈ) or the open syllable it became (재), the one-syllable keys of that
   * consonant (자…짛) are answered from its heads file, not from their shards.
   */
  function headsAhead(manifest, text) {
    var c = chars(foldText(text));
    var last = c.pop() || "";
    var initial = last ? INITIALS.indexOf(last) : -1;
    if (initial < 0 && isSyllable(last) && (last.charCodeAt(0) - 0xAC00) % 28 === 0) {
      initial = Math.floor((last.charCodeAt(0) - 0xAC00) / 588);
    }
    if (initial < 0 || !manifest.heads || S.tokenize(c.join("")).length) return "";
    return manifest.heads[initial] || "";
  }

  /** Return the initial consonant (0 = ㄱ … 18 = ㅎ) of a one-syllable Hangul key (" 재"), else -1. */
  function keyInitial(key) {
    var code = key.length === 2 && key.charAt(0) === ONE_CHAR ? key.charCodeAt(1) - 0xAC00 : -1;
    return code >= 0 && code < 11172 ? Math.floor(code / 588) : -1;
  }

  /** Return true when every shard that may hold key is loaded. */
  function keyLoaded(manifest, key) {
    return shardsFor(manifest.shards, key, "exact").every(function (name) { return name in loaded; });
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

  S.loadKey = loadKey;
  S.loadedData = loadedData;
  S.nextKeyRanges = nextKeyRanges;
  S.aheadShards = aheadShards;
  S.headsAhead = headsAhead;
  S.keyInitial = keyInitial;
  S.keyLoaded = keyLoaded;
  S.decodeInto = decodeInto;
  S.lookupKey = lookupKey;
  S.intersectValues = intersectValues;
  S.countPresent = countPresent;
  S.weight = weight;
  S.WHOLE = WHOLE;
})(typeof window !== "undefined" ? window : globalThis);

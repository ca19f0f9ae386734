/*
 * archivist search, query rules: the tokenizer, glued numbers, particles and
 * query parsing, each a port of its Python twin in archivist/search/ (checked
 * against tests/search/vectors.json and query_vectors.json). The first of the
 * search scripts (search-query, search-index, search-text, search-rank,
 * search-engine, then the page's search-results and search-ui): classic
 * scripts, so the page works from file://, sharing one global, ArchivistSearch.
 */
(function (root) {
  "use strict";

  var S = root.ArchivistSearch || (root.ArchivistSearch = {version: 1});

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

  /** Return true when c is a precomposed Hangul syllable. */
  function isSyllable(c) {
    return c >= "\uAC00" && c <= "\uD7A3";
  }

  /** Return true when the character c is (part of) a search token. */
  function isTokenChar(c) {
    return tokenize(c).length > 0;
  }

  S.FORMAT_VERSION = FORMAT_VERSION;
  S.DENSE_KEY_LEN = DENSE_KEY_LEN;
  S.WORD_KEY_LEN = WORD_KEY_LEN;
  S.ONE_CHAR = ONE_CHAR;
  S.DENSE = DENSE;
  S.foldText = foldText;
  S.tokenize = tokenize;
  S.tokenSpans = tokenSpans;
  S.isDense = isDense;
  S.chars = chars;
  S.isNumber = isNumber;
  S.storedKey = storedKey;
  S.indexKeys = indexKeys;
  S.queryKeys = queryKeys;
  S.needsCheck = needsCheck;
  S.tokenMatches = tokenMatches;
  S.particleSplit = particleSplit;
  S.useStem = useStem;
  S.parseQuery = parseQuery;
  S.isSyllable = isSyllable;
  S.isTokenChar = isTokenChar;
})(typeof window !== "undefined" ? window : globalThis);

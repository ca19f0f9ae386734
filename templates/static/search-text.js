/*
 * archivist search, texts: highlight ranges, snippets, and the checks of
 * phrases and long words against a document's text. Nothing here builds
 * HTML: highlights are [start, end] offsets.
 */
(function (root) {
  "use strict";

  var S = root.ArchivistSearch || (root.ArchivistSearch = {version: 1});
  var DENSE = S.DENSE;
  var foldText = S.foldText;
  var tokenize = S.tokenize;
  var tokenSpans = S.tokenSpans;
  var isDense = S.isDense;
  var chars = S.chars;
  var isNumber = S.isNumber;
  var needsCheck = S.needsCheck;
  var tokenMatches = S.tokenMatches;

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

  S.markRanges = markRanges;
  S.snippet = snippet;
  S.verifyDoc = verifyDoc;
})(typeof window !== "undefined" ? window : globalThis);

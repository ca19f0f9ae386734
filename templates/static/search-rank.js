/*
 * archivist search, ranking: scores the documents every query word matches
 * and puts in order only as many as the pages shown ask for, or reads the
 * first results of a lone first syllable from its heads file.
 */
(function (root) {
  "use strict";

  var S = root.ArchivistSearch || (root.ArchivistSearch = {version: 1});
  var weight = S.weight;
  var loadKey = S.loadKey;
  var loadedData = S.loadedData;
  var keyInitial = S.keyInitial;
  var keyLoaded = S.keyLoaded;

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
  function Ranking(numbers, scores, length) {
    this.numbers = numbers;  // every match; in result order when scores is null
    this.scores = scores;
    // A ranking from a heads file holds only the first documents of length.
    this.length = length === undefined ? numbers.length : length;
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

  /**
   * Return a promise of the ranking of a lone one-syllable Hangul word read from the heads
   * file of its initial consonant (count and first results: archivist/search/heads.py), null
   * when the heads do not hold the page asked for; or null at once when they cannot answer
   * (other words, a phrase, filters, newest first) or the word's shard is loaded already.
   */
  function fromHeads(base, manifest, parsed, plans, options) {
    var plan = plans.length === 1 && !plans[0].stem && plans[0].keys.length === 1 ? plans[0] : null;
    var initial = plan && !parsed.phrases.length && options.sort !== "newest" ? keyInitial(plan.keys[0]) : -1;
    var name = initial >= 0 && manifest.heads ? manifest.heads[initial] : "";
    if (!name || (!loadedData(name) && keyLoaded(manifest, plan.keys[0]))) return null;
    var want = (options.offset || 0) + (options.limit || 10);
    return loadKey(base, name).then(function (heads) {
      var found = heads[plan.keys[0]] || [0];
      var best = found.slice(1);
      return want > best.length && best.length < found[0] ? null : new Ranking(best, null, found[0]);
    });
  }

  S.rank = rank;
  S.Ranking = Ranking;
  S.fromHeads = fromHeads;
})(typeof window !== "undefined" ? window : globalThis);

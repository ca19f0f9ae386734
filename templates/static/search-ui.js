/*
 * archivist search page: wires the engine (search-engine.js and the scripts before it) and the result
 * drawing (search-results.js) to the markup of templates/search.html (#search-q, #search-results,
 * #search-status, #search-filters with #search-tag, #search-reporter, #search-year, #search-sort,
 * #search-more). Results are built with createElement and textContent only, never as HTML.
 * The query and filters live in the URL (?q=…&tag=…&reporter=…&year=…&sort=newest).
 */
(function () {
  "use strict";

  /** Return n with its digits grouped by threes ("7,276"), as both languages write it. */
  function grouped(n) {
    // Not toLocaleString: its first call sets up ICU's number formatting (23-66 ms before the first results).
    return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
  }

  var TEXT = {
    ko: {
      results: function (n, exact) { return (exact ? "" : "약 ") + grouped(n) + "건"; },
      none: "검색 결과가 없습니다.", searching: "검색 중…", error: "검색 색인을 불러오지 못했습니다.",
      allTags: "모든 태그", allReporters: "모든 기자", allYears: "모든 연도",
      relevance: "관련도순", newest: "최신순", more: "결과 더 보기",
    },
    en: {
      results: function (n, exact) {
        return (exact ? "" : "about ") + grouped(n) + (n === 1 ? " result" : " results");
      },
      none: "No results.", searching: "Searching…", error: "Could not load the search index.",
      allTags: "All tags", allReporters: "All reporters", allYears: "All years",
      relevance: "Relevance", newest: "Newest first", more: "More results",
    },
  };
  var PAGE = 10;
  var URL_DELAY = 300;  // ms of no typing before the URL follows the query
  // ms of no typing before the snippets' texts are requested (and results that need checking
  // are checked): a result page a key replaces at typing speed (about 120 ms a key) costs
  // only its small c/ files, not ten texts.
  var SNIPPET_DELAY = 150;
  var FILTERS = [["tag", "search-tag", "tags"], ["reporter", "search-reporter", "reporters"],
    ["year", "search-year", "years"]];

  /** Return the element with this id, or null. */
  function byId(id) { return document.getElementById(id); }

  /** Return the UI strings for the page language (Korean or English). */
  function strings() {
    var lang = (document.documentElement.lang || "").toLowerCase();
    return lang.indexOf("ko") === 0 ? TEXT.ko : TEXT.en;
  }

  /** Return the query without trailing Hangul jamo (a syllable still being typed). */
  function settledQuery(value) { return value.replace(/[\u3131-\u318E\u1100-\u11FF]+$/, ""); }

  /** Return {q, tag, reporter, year, sort} read from the page URL. */
  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    return {
      q: params.get("q") || "", tag: params.get("tag") || "", reporter: params.get("reporter") || "",
      year: params.get("year") || "", sort: params.get("sort") === "newest" ? "newest" : "relevance",
    };
  }

  /** Write state into the URL: push a history entry when asked, else replace. */
  function writeUrl(state, push) {
    var params = new URLSearchParams();
    ["q", "tag", "reporter", "year"].forEach(function (k) { if (state[k]) params.set(k, state[k]); });
    if (state.sort === "newest") params.set("sort", "newest");
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    try {
      window.history[push ? "pushState" : "replaceState"](null, "", url);
    } catch (error) {}  // some browsers refuse history changes on file:// pages; the search still works
  }

  /** Call fn once the next frame has been painted. */
  function afterPaint(fn) { requestAnimationFrame(function () { setTimeout(fn, 0); }); }

  var view = window.ArchivistSearch || {};  // search-results.js
  var resultItem = view.resultItem;
  var fillCard = view.fillCard;
  var fillSnippet = view.fillSnippet;
  var showsSame = view.showsSame;
  var refill = view.refill;
  var fillSelect = view.fillSelect;

  /** Return the search page controller bound to the page's markup. */
  function SearchPage(container) {
    this.container = container;
    this.input = byId("search-q");
    this.list = byId("search-results");
    this.status = byId("search-status");
    this.more = byId("search-more");
    this.text = strings();
    this.root = container.getAttribute("data-site-root") || "";
    this.engine = window.ArchivistSearch.create({base: container.getAttribute("data-search-index")});
    this.state = readUrl();
    this.serial = 0;
    this.pending = Promise.resolve();  // the results of the latest input, once drawn
    this.drawnKey = null;  // what the results on screen (or on their way) are for
    this.listQuery = null;  // the query whose marks the items on screen show
    this.urlTimer = 0;
    this.shown = 0;
    this.active = -1;
    this.filtersLoaded = false;
  }

  /** Return the engine options for the current state and page offset. */
  SearchPage.prototype.options = function (offset) {
    var state = this.state;
    var options = {limit: PAGE, offset: offset, sort: state.sort};
    FILTERS.forEach(function (f) { options[f[2]] = state[f[0]] ? [state[f[0]]] : []; });
    return options;
  };

  /** Return what decides the results: the settled query, the filters and the order. */
  SearchPage.prototype.resultKey = function () {
    var state = this.state;
    return JSON.stringify([settledQuery(state.q), state.tag, state.reporter, state.year, state.sort]);
  };

  /**
   * Run the search for the current state; replace (or append) the results. typing:
   * more keys may follow, so results that need checking are drawn unchecked and
   * checked (drawn again) once typing pauses.
   */
  SearchPage.prototype.run = function (append, typing) {
    var serial = ++this.serial;
    var self = this;
    var offset = append ? this.shown : 0;
    var query = settledQuery(this.state.q);
    this.drawnKey = this.resultKey();
    // Say "searching" only when a search is slow, so screen readers are not told on every key.
    var slow = setTimeout(function () {
      if (serial === self.serial) self.status.textContent = self.text.searching;
    }, 400);
    var options = this.options(offset);
    options.typing = Boolean(typing);
    return this.engine.search(query, options).then(function (page) {
      clearTimeout(slow);
      if (serial !== self.serial) return;
      var first = append ? self.shown : 0;
      self.render(page, append);
      if (page.results.some(function (result) { return result.pending; })) self.fillCards(page, first, serial);
      if (page.checked === false) self.checkSoon(serial);
      else self.fillSnippets(page, first, serial);
      // A syllable without a final consonant may get one next (재 → 쟁): load its keys.
      self.engine.loadAhead(query);
    }, function () {
      clearTimeout(slow);
      if (serial !== self.serial) return;
      self.drawnKey = null;  // the same query typed again tries again
      self.status.textContent = self.text.error;
    });
  };

  /** Empty the list of results. */
  SearchPage.prototype.clear = function () {
    while (this.list.firstChild) this.list.removeChild(this.list.firstChild);
    this.shown = 0;
    this.setActive(-1);
  };

  /**
   * Show a page of results: appended, filled into the same documents on screen when they were drawn for
   * the same query (their marks stay right), or drawn anew.
   */
  SearchPage.prototype.render = function (page, append) {
    var query = settledQuery(this.state.q);
    if (!append && query === this.listQuery && showsSame(this.list, page.results)) {
      refill(this.list, page.results, this.root);
    } else {
      if (!append) this.clear();
      this.listQuery = query;
      var self = this;
      page.results.forEach(function (result) {
        self.list.appendChild(resultItem(result, self.shown++, self.root));
      });
    }
    var empty = !settledQuery(this.state.q) && !this.hasFilter();
    this.status.textContent = empty ? "" : page.total ? this.text.results(page.total, page.exact) :
      this.text.none;
    if (this.more) this.more.hidden = this.shown >= page.total || !page.results.length;
  };

  /** Load the cards of the results drawn as placeholders once those are painted (not when another key came first); fill them in. */
  SearchPage.prototype.fillCards = function (page, first, serial) {
    var self = this;
    afterPaint(function () {
      if (serial !== self.serial) return;
      page.cards().then(function (results) {
        if (serial !== self.serial) return;
        results.forEach(function (result, i) {
          var item = self.list.children[first + i];
          if (item && item.classList.contains("search-result-pending")) fillCard(item, result, self.root);
        });
      }, function () {});
    });
  };

  /** Search again, checked, once typing has paused for SNIPPET_DELAY (unless another key came). */
  SearchPage.prototype.checkSoon = function (serial) {
    var self = this;
    setTimeout(function () {
      if (serial === self.serial) self.pending = self.run(false, false);
    }, SNIPPET_DELAY);
  };

  /**
   * Fill in the snippets of results drawn before their text was loaded. Their
   * files are requested once the results are painted and typing has paused for
   * SNIPPET_DELAY, so loading them never delays the results, and not at all when
   * another key came first.
   */
  SearchPage.prototype.fillSnippets = function (page, first, serial) {
    if (page.results.every(function (result) { return result.snippet; })) return;
    var self = this;
    afterPaint(function () {
      setTimeout(function () {
        if (serial === self.serial) self.loadSnippets(page, first, serial);
      }, SNIPPET_DELAY);
    });
  };

  /** Load the texts of a page of results and put their snippets in place. */
  SearchPage.prototype.loadSnippets = function (page, first, serial) {
    var self = this;
    page.snippets().then(function (snippets) {
      if (serial !== self.serial) return;
      snippets.forEach(function (found, i) {
        var item = self.list.children[first + i];
        if (item) fillSnippet(item, found);
      });
    }, function () {});
  };

  /** Return true when a filter is set. */
  SearchPage.prototype.hasFilter = function () {
    return FILTERS.some(function (f) { return this.state[f[0]]; }, this);
  };

  /** Mark result index as the keyboard selection (-1 for none). */
  SearchPage.prototype.setActive = function (index) {
    var items = this.list.children;
    if (this.active >= 0 && items[this.active]) items[this.active].removeAttribute("aria-selected");
    this.active = index;
    if (index >= 0 && items[index]) {
      items[index].setAttribute("aria-selected", "true");
      this.input.setAttribute("aria-activedescendant", items[index].id);
      if (items[index].scrollIntoView) items[index].scrollIntoView({block: "nearest"});
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  };

  /** Handle arrows, Enter and Escape in the search box. */
  SearchPage.prototype.onKey = function (event) {
    var count = this.list.children.length;
    if (event.key === "ArrowDown" && count) {
      this.setActive(Math.min(count - 1, this.active + 1));
    } else if (event.key === "ArrowUp" && count) {
      this.setActive(Math.max(-1, this.active - 1));
    } else if (event.key === "Enter") {
      this.flushUrl();
      var item = this.active >= 0 ? this.list.children[this.active] : null;
      var link = item && item.querySelector("a[href]");
      if (link) window.location.href = link.href;
      else writeUrl(this.state, true);
    } else if (event.key === "Escape") {
      if (this.active >= 0) {
        this.setActive(-1);
      } else {
        this.input.value = "";
        this.onInput();
      }
    } else {
      return;
    }
    event.preventDefault();
  };

  /**
   * React to typing: update the state, search unless the settled query is
   * unchanged (a key that starts a Hangul syllable: then load ahead the keys
   * the syllable may need), and write the URL once typing pauses. Returns (and keeps as pending) a promise of the results drawn.
   */
  SearchPage.prototype.onInput = function () {
    this.state.q = this.input.value;
    this.writeUrlSoon();
    if (this.resultKey() !== this.drawnKey) this.pending = this.run(false, true);
    else this.engine.loadAhead(this.input.value);
    return this.pending;
  };

  /** Write the state into the URL after typing has paused (history calls cost a keystroke). */
  SearchPage.prototype.writeUrlSoon = function () {
    var self = this;
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(function () { self.flushUrl(); }, URL_DELAY);
  };

  /** Write a pending URL change now (before leaving the page or adding a history entry). */
  SearchPage.prototype.flushUrl = function () {
    if (!this.urlTimer) return;
    clearTimeout(this.urlTimer);
    this.urlTimer = 0;
    writeUrl(this.state, false);
  };

  /** Load the filter lists into the selects (once). */
  SearchPage.prototype.loadFilters = function () {
    if (this.filtersLoaded) return;
    this.filtersLoaded = true;
    var self = this;
    var labels = {tag: this.text.allTags, reporter: this.text.allReporters, year: this.text.allYears};
    this.engine.filters().then(function (lists) {
      FILTERS.forEach(function (f) {
        var select = byId(f[1]);
        if (select) fillSelect(select, labels[f[0]], lists[f[0]], self.state[f[0]]);
      });
    });
  };

  /** Apply a changed filter or sort select. */
  SearchPage.prototype.onFilter = function () {
    var self = this;
    this.flushUrl();  // the entry Back returns to holds the query typed before the filter
    FILTERS.forEach(function (f) {
      var select = byId(f[1]);
      if (select) self.state[f[0]] = select.value;
    });
    var sort = byId("search-sort");
    if (sort) this.state.sort = sort.value === "newest" ? "newest" : "relevance";
    writeUrl(this.state, true);
    this.pending = this.run(false);
  };

  /** Show the current state in the search box and the selects (after Back/Forward). */
  SearchPage.prototype.syncControls = function () {
    var state = this.state;
    this.input.value = state.q;
    FILTERS.forEach(function (f) {
      var select = byId(f[1]);
      if (select && select.options.length) select.value = state[f[0]];
    });
    var sort = byId("search-sort");
    if (sort) sort.value = state.sort;
  };

  /** Fill the sort select with its two labelled options. */
  SearchPage.prototype.setupSort = function () {
    var sort = byId("search-sort");
    if (!sort) return;
    var text = this.text;
    fillSelect(sort, text.relevance, [], "");
    sort.firstChild.value = "relevance";
    var newest = document.createElement("option");
    newest.value = "newest";
    newest.textContent = text.newest;
    sort.appendChild(newest);
    sort.value = this.state.sort;
  };

  /** Connect events and show the results for the URL's query. */
  SearchPage.prototype.start = function () {
    var self = this;
    this.input.value = this.state.q;
    this.input.setAttribute("aria-controls", "search-results");
    if (this.more) {
      this.more.textContent = this.text.more;
      this.more.addEventListener("click", function () { self.pending = self.run(true); });
    }
    this.setupSort();
    var filters = byId("search-filters");
    if (filters) filters.addEventListener("toggle", function () { self.loadFilters(); });
    this.container.addEventListener("change", function (event) {
      if (event.target && event.target.tagName === "SELECT") self.onFilter();
    });
    if (this.hasFilter()) this.loadFilters();
    this.input.addEventListener("input", function () { self.onInput(); });
    this.input.addEventListener("keydown", function (event) { self.onKey(event); });
    // Leaving by a result link or the Back button keeps the query typed so far in this entry.
    this.list.addEventListener("click", function () { self.flushUrl(); }, true);
    window.addEventListener("pagehide", function () { self.flushUrl(); });
    if (this.input.form) {
      this.input.form.addEventListener("submit", function (event) { event.preventDefault(); });
    }
    window.addEventListener("popstate", function () {
      clearTimeout(self.urlTimer);
      self.urlTimer = 0;
      self.state = readUrl();
      self.syncControls();
      self.pending = self.run(false);
    });
    // The manifest is needed by any query: load it now rather than on the first keystroke.
    this.engine.manifest().catch(function () {});
    if (this.state.q || this.hasFilter()) this.pending = this.run(false);
  };

  /** Start the search page when the page has one. */
  function init() {
    var container = byId("search");
    var engine = window.ArchivistSearch;
    if (!container || !byId("search-q") || !byId("search-results") || !engine || !engine.create || !resultItem) return;
    var page = new SearchPage(container);
    page.start();
    window.archivistSearchPage = page;
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

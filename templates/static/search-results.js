/*
 * archivist search page, results: draws a result, its card and a filter's
 * options with createElement and text nodes only (a title or snippet is never
 * parsed as HTML; highlights come as [start, end] offsets). Loaded after
 * search-engine.js and before search-ui.js, adding to ArchivistSearch.
 */
(function (root) {
  "use strict";

  var S = root.ArchivistSearch || (root.ArchivistSearch = {version: 1});

  /** Append text to parent with the given [start, end] ranges wrapped in <mark>. */
  function appendMarked(parent, text, marks) {
    var at = 0;
    (marks || []).forEach(function (range) {
      if (range[0] < at) return;
      parent.appendChild(document.createTextNode(text.slice(at, range[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(range[0], range[1]);
      parent.appendChild(mark);
      at = range[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  /** Return true when url is a plain relative path (no scheme, no protocol-relative). */
  function isRelative(url) {
    return typeof url === "string" && !/^[a-z][a-z0-9+.-]*:/i.test(url) && url.indexOf("//") !== 0;
  }

  /** Return one result as an <li> built from text nodes (empty but for its number while its card loads). */
  function resultItem(result, index, root) {
    var item = document.createElement("li");
    item.className = "search-result";
    item.id = "search-r-" + index;
    item.setAttribute("data-number", String(result.number));
    ["search-result-title", "search-result-meta", "search-result-snippet"].forEach(function (name, i) {
      var part = document.createElement(i ? "p" : "a");
      part.className = name;
      item.appendChild(part);
    });
    if (result.pending) item.classList.add("search-result-pending");
    else fillCard(item, result, root);
    return item;
  }

  /** Put a result's title, date, reporters, tags and any snippet into its <li>. */
  function fillCard(item, result, root) {
    item.classList.remove("search-result-pending");
    if (result.lang) item.setAttribute("lang", result.lang);
    var link = item.querySelector(".search-result-title");
    if (isRelative(result.url)) link.setAttribute("href", root + result.url);
    appendMarked(link, result.title, result.titleMarks);
    var meta = item.querySelector(".search-result-meta");
    var time = document.createElement("time");
    time.setAttribute("datetime", result.date);
    time.textContent = result.date;
    meta.appendChild(time);
    [result.reporters.join(", "), result.tags.map(function (t) { return "#" + t; }).join(" ")]
      .forEach(function (part) { if (part) meta.appendChild(document.createTextNode(" · " + part)); });
    fillSnippet(item, result.snippet);
  }

  /** Put a snippet ({text, marks}) into an item that has none yet. */
  function fillSnippet(item, snippet) {
    var paragraph = item.querySelector(".search-result-snippet");
    if (snippet && paragraph && !paragraph.firstChild) appendMarked(paragraph, snippet.text, snippet.marks);
  }

  /** Return true when list holds one item per result, for the same documents in the same order. */
  function showsSame(list, results) {
    var items = list.children;
    return items.length === results.length && results.every(function (result, i) {
      return items[i].getAttribute("data-number") === String(result.number);
    });
  }

  /** Fill what the items on screen still lack (card, snippet) from the same documents' results, keeping the items. */
  function refill(list, results, root) {
    results.forEach(function (result, i) {
      var item = list.children[i];
      if (result.pending) return;
      if (item.classList.contains("search-result-pending")) fillCard(item, result, root);
      else fillSnippet(item, result.snippet);
    });
  }

  /** Fill a <select> with an "all" option and one option per entry. */
  function fillSelect(select, allLabel, entries, selected) {
    while (select.firstChild) select.removeChild(select.firstChild);
    var all = document.createElement("option");
    all.value = "";
    all.textContent = allLabel;
    select.appendChild(all);
    entries.forEach(function (entry) {
      var option = document.createElement("option");
      option.value = entry.name;
      option.textContent = entry.name + " (" + entry.count + ")";
      select.appendChild(option);
    });
    select.value = selected || "";
  }

  S.appendMarked = appendMarked;
  S.resultItem = resultItem;
  S.fillCard = fillCard;
  S.fillSnippet = fillSnippet;
  S.showsSame = showsSame;
  S.refill = refill;
  S.fillSelect = fillSelect;
})(typeof window !== "undefined" ? window : globalThis);

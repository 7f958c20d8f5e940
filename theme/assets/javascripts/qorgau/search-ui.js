/* Search as the reader sees it: results under the header field as they type, and the
   legal-database search page with filters. Queries are kept nowhere: no storage, no history
   entry; the search page reads ?q= once when opened from the header and then drops it from the
   address. Esc stays the quick exit (quick-exit.js), so the list closes when focus leaves. */
(function () {
  "use strict";

  var SHOWN = 8;        // results under the header field
  var PAGE = 20;        // results per "show more" on the search page
  var DELAY = 120;      // ms of typing pause before a search
  var EXCERPT = 220;    // characters of text around the matches
  var WORD = /[0-9A-Za-z\u00C0-\u024F\u0259\u0400-\u052F\u00AD\u0300-\u036F]+/g;

  var box = document.querySelector("[data-q-search]");
  if (!box || !window.QorgauSearch || !window.Promise) return;
  var engine = new QorgauSearch.Engine({
    data: box.getAttribute("data-q-data"),
    lunr: box.getAttribute("data-q-lunr"),
    analysis: box.getAttribute("data-q-analysis")
  });
  var root = box.getAttribute("data-q-root");
  var text = function (name) { return box.getAttribute("data-q-" + name) || ""; };
  box.hidden = false;

  /* ---- Excerpts: the stretch of text with the most query words, those words marked. ---- */

  function stemmer(lang) {
    var cache = Object.create(null);
    return function (word) {
      if (!(word in cache)) cache[word] = QorgauAnalysis.tokens(word, lang)[0] || "";
      return cache[word];
    };
  }

  function matcher(hit, plan) {
    var exact = Object.create(null), prefixes = [];
    hit.terms.forEach(function (t) { exact[t] = true; });
    plan.groups.forEach(function (g) {
      g.terms.forEach(function (t) { if (g.prefix) prefixes.push(t); else exact[t] = true; });
    });
    return function (term) {
      if (!term) return false;
      if (exact[term]) return true;
      return prefixes.some(function (p) { return term.lastIndexOf(p, 0) === 0; });
    };
  }

  function excerpt(doc, hit, plan) {
    var body = doc.text || "", stem = stemmer(doc.lang), wanted = matcher(hit, plan);
    var marks = [], match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(body)) && marks.length < 40) {
      if (wanted(stem(match[0]))) marks.push([match.index, match.index + match[0].length]);
    }
    var start = 0;
    if (marks.length) {
      var best = 0, bestCount = 0;
      for (var i = 0; i < marks.length; i++) {
        var count = 0;
        for (var j = i; j < marks.length && marks[j][1] - marks[i][0] < EXCERPT - 40; j++) count++;
        if (count > bestCount) { best = i; bestCount = count; }
      }
      start = Math.max(0, marks[best][0] - 40);
      var space = body.lastIndexOf(" ", start);
      if (start > 0 && space > start - 20) start = space + 1;
    }
    var end = Math.min(body.length, start + EXCERPT);
    var out = document.createDocumentFragment(), at = start;
    if (start > 0) out.appendChild(document.createTextNode("… "));
    marks.forEach(function (m) {
      if (m[0] < at || m[1] > end) return;
      out.appendChild(document.createTextNode(squeeze(body.slice(at, m[0]))));
      var mark = document.createElement("mark");
      mark.textContent = body.slice(m[0], m[1]);
      out.appendChild(mark);
      at = m[1];
    });
    out.appendChild(document.createTextNode(squeeze(body.slice(at, end)) + (end < body.length ? " …" : "")));
    return out;
  }

  function squeeze(part) { return part.replace(/\s+/g, " "); }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content) node.textContent = content;
    return node;
  }

  /* One result: heading (article number and title), act and chapter, excerpt. */
  function result(doc, hit, plan, tag) {
    var item = element(tag, "q-hit");
    var link = element("a", "q-hit__link");
    link.href = root + doc.url;
    link.appendChild(element("span", "q-hit__title", doc.title));
    var where = doc.kind === "guide" ? text("guide") : [doc.act, doc.chapter].filter(Boolean).join(" · ");
    if (where) link.appendChild(element("span", "q-hit__where", where));
    var snippet = element("span", "q-hit__excerpt");
    snippet.setAttribute("lang", doc.lang);
    snippet.appendChild(excerpt(doc, hit, plan));
    link.appendChild(snippet);
    item.appendChild(link);
    return item;
  }

  /* Loads the documents of `hits` side by side and hands each to `show` in rank order as soon as
     it and those above it have arrived: the first result shows after one round trip, not after
     the slowest of a screenful. */
  function inOrder(hits, show) {
    var loads = hits.map(function (hit) { return engine.document(hit.ref); });
    return loads.reduce(function (shown, load, i) {
      return shown.then(function () { return load; }).then(function (doc) { show(doc, i); });
    }, Promise.resolve());
  }

  /* Each search or filter change takes a turn; an answer arriving after a later turn began is
     dropped at every step, so a slow earlier search never overwrites a newer one. */
  function Turns() { this.now = 0; }
  Turns.prototype.take = function () { return ++this.now; };
  Turns.prototype.current = function (turn) { return turn === this.now; };

  /* ---- The header field: a combobox whose list shows the first results. ---- */

  var input = box.querySelector(".q-search__input");
  var panel = box.querySelector(".q-search__panel");
  var list = box.querySelector(".q-search__list");
  var status = box.querySelector(".q-search__status");
  var all = box.querySelector("[data-q-search-all]");
  var allHref = all.getAttribute("href");
  var timer = null, active = -1, turns = new Turns();

  function open(show) {
    panel.hidden = !show;
    input.setAttribute("aria-expanded", show ? "true" : "false");
    if (!show) setActive(-1);
  }

  function setActive(n) {
    var options = list.querySelectorAll("[role=option]");
    active = n;
    for (var i = 0; i < options.length; i++) options[i].setAttribute("aria-selected", i === n ? "true" : "false");
    if (n >= 0 && options[n]) {
      input.setAttribute("aria-activedescendant", options[n].id);
      options[n].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function showHeader(query) {
    var turn = turns.take();
    query = query.trim();
    if (!query) { list.textContent = ""; list.setAttribute("aria-busy", "false"); open(false); return; }
    open(true);
    status.textContent = text("loading");
    all.href = allHref + "?q=" + encodeURIComponent(query);
    engine.search(query).then(function (found) {
      if (!turns.current(turn)) return;
      var n = found.hits.length;
      if (!n) list.textContent = "";
      return inOrder(found.hits.slice(0, SHOWN), function (doc, i) {
        if (!turns.current(turn)) return;
        if (i === 0) { list.textContent = ""; setActive(-1); }  // the earlier list stays until now
        var item = result(doc, found.hits[i], found.plan, "li");
        item.setAttribute("role", "option");
        item.id = "q-search-option-" + i;
        item.querySelector("a").tabIndex = -1;
        list.appendChild(item);
      }).then(function () {
        if (!turns.current(turn)) return;
        status.textContent = n ? text("count").replace("{n}", n) : text("no-results");
        list.setAttribute("aria-busy", "false");
      });
    }).catch(function () {
      if (!turns.current(turn)) return;
      list.textContent = "";
      status.textContent = text("failed");
      list.setAttribute("aria-busy", "false");
    });
  }

  input.addEventListener("focus", function () {
    engine.ready().catch(function () {});  // start loading while the reader types
    if (input.value.trim()) open(true);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    turns.take();  // whatever is still on its way is out of date now
    list.setAttribute("aria-busy", "true");
    timer = setTimeout(function () { showHeader(input.value); }, DELAY);
  });
  input.addEventListener("keydown", function (event) {
    var count = list.querySelectorAll("[role=option]").length;
    if (event.key === "ArrowDown" || event.key === "Down") {
      event.preventDefault();
      open(true);
      if (count) setActive((active + 1) % count);
    } else if (event.key === "ArrowUp" || event.key === "Up") {
      event.preventDefault();
      if (count) setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      var chosen = list.querySelectorAll("[role=option] a")[active < 0 ? 0 : active];
      (chosen || all).click();  // a click, so history-guard.js keeps the visit in one entry
    }
  });
  box.addEventListener("focusout", function (event) {
    if (!box.contains(event.relatedTarget)) open(false);
  });
  list.addEventListener("mousedown", function (event) { event.preventDefault(); });  // keep focus for the click

  /* ---- The legal-database search page. ---- */

  var form = document.querySelector("[data-q-search-page]");
  if (!form) return;
  var query = form.querySelector("input[name=q]");
  var selects = form.querySelectorAll("select");
  var chapters = form.querySelector("select[name=chapter]");
  var results = document.querySelector("[data-q-results]");
  var pageStatus = document.querySelector(".q-results__status");
  var more = document.querySelector("[data-q-more]");
  var table = null, shown = [], hits = [], plan = null, pageTimer = null, pageTurns = new Turns();

  function filtersTable() {
    if (table) return Promise.resolve(table);
    return engine.ready().then(function () { return engine.filters(); }).then(function (t) { return (table = t); });
  }

  function chosen() {
    var values = {};
    Array.prototype.forEach.call(selects, function (s) { if (s.value) values[s.name] = s.value; });
    return values;
  }

  /* A test of a document ref against the chosen filters, or null when none is chosen. */
  function filterTest(values, t) {
    if (!Object.keys(values).length) return null;
    var act = "act" in values ? t.acts.indexOf(values.act) : null;
    var topicNo = "topic" in values ? t.topics.indexOf(values.topic) : null;
    var topic = topicNo === null ? null : topicNo < 0 ? 0 : 1 << topicNo;
    var statusNo = "status" in values ? t.statuses.indexOf(values.status) : null;
    var lang = "lang" in values ? t.langs.indexOf(values.lang) : null;
    var chapter = "chapter" in values ? Number(values.chapter) : null;
    return function (ref) {
      return (act === null || t.act[ref] === act) &&
        (chapter === null || t.chapter[ref] === chapter) &&
        (topic === null || (t.topic[ref] & topic) !== 0) &&
        (statusNo === null || t.status[ref] === statusNo) &&
        (lang === null || t.lang[ref] === lang);
    };
  }

  function fillChapters() {
    var act = form.querySelector("select[name=act]").value;
    var keep = chapters.value;
    while (chapters.options.length > 1) chapters.remove(1);
    chapters.disabled = !act || !table;
    if (!act || !table) return;
    var actNo = table.acts.indexOf(act);
    table.chapters.forEach(function (c, n) {
      if (c[0] !== actNo) return;
      var option = element("option", "", c[1]);
      option.value = String(n);
      chapters.appendChild(option);
    });
    chapters.value = keep;
    chapters.disabled = chapters.options.length < 2;
  }

  /* Shows the next PAGE of `hits` below those shown, or in place of them. */
  function render(turn, append) {
    var next = hits.slice(shown.length, shown.length + PAGE);
    if (!append && !next.length) results.textContent = "";
    return inOrder(next, function (doc, i) {
      if (!pageTurns.current(turn)) return;
      if (i === 0 && !append) results.textContent = "";
      results.appendChild(result(doc, next[i], plan, "li"));
    }).then(function () {
      if (!pageTurns.current(turn)) return;
      shown = shown.concat(next);
      more.hidden = shown.length >= hits.length;
    });
  }

  function update() {
    var turn = pageTurns.take(), q = query.value.trim(), values = chosen();
    if (!q && !Object.keys(values).length) {
      results.textContent = ""; pageStatus.textContent = ""; more.hidden = true;
      results.setAttribute("aria-busy", "false");
      return;
    }
    pageStatus.textContent = text("loading");
    Promise.all([
      q ? engine.search(q) : engine.ready().then(function () { return null; }),
      Object.keys(values).length ? filtersTable() : null
    ]).then(function (answer) {
      if (!pageTurns.current(turn)) return;
      var found = answer[0], test = answer[1] ? filterTest(values, answer[1]) : null;
      plan = found ? found.plan : { groups: [], cited: null };
      if (found) {
        hits = found.hits;
      } else {  // filters alone: the matching documents in the database's order
        hits = [];
        for (var ref = 0; ref < table.act.length; ref++) hits.push({ ref: String(ref), terms: [] });
      }
      if (test) hits = hits.filter(function (h) { return test(h.ref); });
      shown = [];
      return render(turn, false).then(function () {
        if (!pageTurns.current(turn)) return;
        pageStatus.textContent = hits.length ? text("count").replace("{n}", hits.length) : text("no-results");
        results.setAttribute("aria-busy", "false");
      });
    }).catch(function () {
      if (!pageTurns.current(turn)) return;
      results.textContent = "";
      pageStatus.textContent = text("failed");
      results.setAttribute("aria-busy", "false");
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  query.addEventListener("input", function () {
    clearTimeout(pageTimer);
    pageTurns.take();
    results.setAttribute("aria-busy", "true");
    pageTimer = setTimeout(update, DELAY);
  });
  Array.prototype.forEach.call(selects, function (select) {
    // The filter table loads only once the reader reaches for a filter.
    select.addEventListener("focus", function () { filtersTable().then(fillChapters).catch(function () {}); });
    select.addEventListener("change", function () {
      pageTurns.take();
      results.setAttribute("aria-busy", "true");
      filtersTable().then(function () {
        if (select.name === "act") { chapters.value = ""; fillChapters(); }
        update();
      }).catch(function () { pageStatus.textContent = text("failed"); });
    });
  });
  more.addEventListener("click", function () {
    results.setAttribute("aria-busy", "true");
    more.disabled = true;  // a second click before this page is shown would add it twice
    var done = function () { results.setAttribute("aria-busy", "false"); more.disabled = false; };
    render(pageTurns.now, true).then(done, done);
  });

  // Opened from the header's "all results": take the query, then drop it from the address.
  var given = /[?&]q=([^&]*)/.exec(window.location.search);
  if (given) {
    query.value = decodeURIComponent(given[1].replace(/\+/g, " "));
    results.setAttribute("aria-busy", "true");
    try { history.replaceState(null, "", window.location.pathname); } catch (e) { /* file:// may refuse */ }
    update();
  }
})();

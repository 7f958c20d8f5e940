/* Qorgau search engine: loads only the index shards a query needs and ranks with lunr.js.

   Every data file under search/ is a classic script that calls QorgauSearch.receive(name, data):
   from file:// the browser blocks fetch, XHR and module imports, but not <script src>.
   A shard is a lunr serialized index holding some terms, with the field vectors restricted to
   them; lunr scores dot(query, field vector) / |query|, so the shards a query's terms fall in,
   merged, give the same scores as the whole index (qorgau/search/shards.py is the reference).
   Query words are analysed by QorgauAnalysis (analysis.js), the same rules the build used.
   In node (tests) it exports the same object, whose pure functions need no browser. */
(function (root) {
  "use strict";

  var CITATION_BOOST = 1000; // a cited article outranks any word match
  var MIN_PREFIX = 3;         // shorter stems are searched as whole terms only
  var EXACT_BOOST = 3;        // a word's own stem outranks longer words that begin with it
  var CACHE = 8;              // merged indexes kept for repeated queries
  var FORMAT = 1;             // of manifest.js (qorgau/search/files.py)

  var received = Object.create(null);
  var waiting = Object.create(null);

  function receive(name, data) {
    received[name] = data;
    var entry = waiting[name];
    if (entry) {
      delete waiting[name];
      entry.resolve(data);
    }
  }

  function inject(src, onload, onerror) {
    var script = document.createElement("script");
    script.src = src;
    script.async = true;
    script.onload = function () { script.remove(); onload(); };
    script.onerror = function () { script.remove(); onerror(new Error("could not load " + src)); };
    document.head.appendChild(script);
  }

  /* A script that defines a global, loaded once. */
  var scripts = Object.create(null);
  function loadScript(src, global) {
    if (root[global]) return Promise.resolve(root[global]);
    if (!scripts[src]) {
      scripts[src] = new Promise(function (resolve, reject) {
        inject(src, function () {
          if (root[global]) resolve(root[global]);
          else reject(new Error(src + " did not define " + global));
        }, reject);
      }).catch(function (error) { delete scripts[src]; throw error; });
    }
    return scripts[src];
  }

  /* Longest listed prefix that starts `term`: the shard that holds it (shards.py: shard_of). */
  function shardOf(term, prefixes) {
    var best = -1;
    for (var i = 0; i < prefixes.length; i++) {
      if (term.lastIndexOf(prefixes[i], 0) === 0 && (best < 0 || prefixes[i].length > prefixes[best].length)) best = i;
    }
    return best;
  }

  /* Every shard that can hold a term beginning with `start` (shards.py: shards_for_prefix). */
  function shardsForPrefix(start, prefixes) {
    var found = [];
    for (var i = 0; i < prefixes.length; i++) {
      if (prefixes[i].lastIndexOf(start, 0) === 0) found.push(i);
    }
    var home = shardOf(start, prefixes);
    if (home >= 0 && found.indexOf(home) < 0) found.push(home);
    return found;
  }

  /* One lunr serialized index from shards (shards.py: merge). */
  function merge(shards) {
    if (shards.length === 1) return shards[0];
    var inverted = [], parts = Object.create(null), refs = [];
    shards.forEach(function (shard) {
      Array.prototype.push.apply(inverted, shard.invertedIndex);
      shard.fieldVectors.forEach(function (entry) {
        if (!parts[entry[0]]) { parts[entry[0]] = []; refs.push(entry[0]); }
        parts[entry[0]].push(entry[1]);
      });
    });
    var vectors = refs.map(function (ref) {
      var list = parts[ref];
      if (list.length === 1) return [ref, list[0]];
      var pairs = [];
      list.forEach(function (flat) {
        for (var i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
      });
      pairs.sort(function (a, b) { return a[0] - b[0]; });
      var joined = [];
      pairs.forEach(function (pair) { joined.push(pair[0], pair[1]); });
      return [ref, joined];
    });
    inverted.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    return { version: shards[0].version, fields: shards[0].fields, fieldVectors: vectors,
             invertedIndex: inverted, pipeline: [] };
  }

  function citationTerm(found) {
    if (!found) return null;
    var act = Array.isArray(found) ? found[0] : found.act;
    var number = Array.isArray(found) ? found[1] : found.number;
    if (!number) return null;
    return { term: "§" + (act ? act + "/" : "") + number, act: act || null, number: String(number) };
  }

  /* Readers without a Kazakh keyboard type а or е for ә. The analysis folds ә to а, so an е
     typed in a Kazakh query may be either е or ә: try both (every mix for up to 4 е's). */
  var MAX_E = 4;
  function kazakhSpellings(word) {
    var positions = [];
    for (var i = 0; i < word.length; i++) if (word.charAt(i) === "е") positions.push(i);
    if (!positions.length) return [word];
    if (positions.length > MAX_E) return [word, word.replace(/е/g, "ә")];
    var spellings = [];
    for (var mask = 0; mask < (1 << positions.length); mask++) {
      var letters = word.split("");
      positions.forEach(function (at, bit) { if (mask & (1 << bit)) letters[at] = "ә"; });
      spellings.push(letters.join(""));
    }
    return spellings;
  }

  /* The query as groups of alternative terms: one group per word, holding its term in every
     language the index has texts in. A word that is a stop word in any of them is dropped. */
  function analyse(query, langs, cited) {
    var A = QorgauAnalysis;
    var words = A.tokenise(A.normalise(query));
    var groups = [];
    words.forEach(function (word) {
      var alternatives = [], stop = false;
      langs.forEach(function (lang) {
        if (!A.tokens(word, lang).length) stop = true;
        (lang === "kk" ? kazakhSpellings(word) : [word]).forEach(function (spelling) {
          A.tokens(spelling, lang).forEach(function (t) { if (alternatives.indexOf(t) < 0) alternatives.push(t); });
        });
      });
      if (stop || !alternatives.length) return;
      // Every stem also finds the words that begin with it, as Pagefind does: what the stemmer
      // leaves apart (задержание / задержанного, Kazakh verb forms) still meets, and a word
      // still being typed finds its completions.
      var prefix = !cited;
      groups.push({
        terms: alternatives,
        prefix: prefix && alternatives.every(function (t) { return t.length >= MIN_PREFIX; })
      });
    });
    return groups;
  }

  function Engine(options) {
    this.dataUrl = options.data.replace(/[^\/]*$/, "");
    this.lunrUrl = options.lunr;
    this.analysisUrl = options.analysis;
    this.indexes = [];
    this.manifest = null;
    this.loads = 0;
  }

  Engine.prototype.data = function (name) {
    if (received[name]) return Promise.resolve(received[name]);
    var self = this;
    if (!waiting[name]) {
      var entry = {};
      entry.promise = new Promise(function (resolve, reject) { entry.resolve = resolve; entry.reject = reject; });
      waiting[name] = entry;
      self.loads++;
      inject(self.dataUrl + name + ".js", function () {
        if (waiting[name] === entry) { delete waiting[name]; entry.reject(new Error(name + " was empty")); }
      }, function (error) {
        if (waiting[name] === entry) delete waiting[name];
        entry.reject(error);
      });
    }
    return waiting[name].promise;
  };

  /* lunr, the analysis rules and the manifest: everything before the first shard. */
  Engine.prototype.ready = function () {
    var self = this;
    if (!self._ready) {
      self._ready = Promise.all([
        loadScript(self.lunrUrl, "lunr"),
        loadScript(self.analysisUrl, "QorgauAnalysis"),
        self.data("manifest")
      ]).then(function (loaded) {
        if (loaded[2].format !== FORMAT) throw new Error("search data of format " + loaded[2].format);
        self.manifest = loaded[2];
        return self;
      });
      self._ready.catch(function () { self._ready = null; });
    }
    return self._ready;
  };

  /* What a query needs: its groups, the citation it makes, and the shards to load. */
  Engine.prototype.plan = function (query) {
    var manifest = this.manifest, prefixes = manifest.shards;
    var cited = citationTerm(QorgauAnalysis.citation(query));
    var groups = analyse(query, manifest.langs, Boolean(cited));
    var shards = [];
    function add(list) { list.forEach(function (n) { if (n >= 0 && shards.indexOf(n) < 0) shards.push(n); }); }
    groups.forEach(function (group) {
      group.terms.forEach(function (term) {
        add(group.prefix ? shardsForPrefix(term, prefixes) : [shardOf(term, prefixes)]);
      });
    });
    if (cited) add([shardOf(cited.term, prefixes)]);
    shards.sort(function (a, b) { return a - b; });
    return { groups: groups, cited: cited, shards: shards };
  };

  Engine.prototype.index = function (numbers) {
    var key = numbers.join(",");
    for (var i = 0; i < this.indexes.length; i++) {
      if (this.indexes[i].key === key) return Promise.resolve(this.indexes[i].index);
    }
    var self = this;
    return Promise.all(numbers.map(function (n) { return self.data("shards/" + n); })).then(function (shards) {
      var index = lunr.Index.load(merge(shards));
      self.indexes.unshift({ key: key, index: index });
      self.indexes.length = Math.min(self.indexes.length, CACHE);
      return index;
    });
  };

  /* Results for `query`, best first: [{ref, score, terms: [matched index terms]}].
     Words are AND-ed: documents with every word come first; only when none has them all are
     documents with some of the words given. A cited article comes before everything. */
  Engine.prototype.search = function (query) {
    var self = this;
    return self.ready().then(function () {
      var plan = self.plan(query);
      if (!plan.groups.length && !plan.cited) return { hits: [], plan: plan };
      return self.index(plan.shards).then(function (index) {
        return { hits: rank(run(index, plan), plan), plan: plan };
      });
    });
  };

  function run(index, plan) {
    return index.query(function (q) {
      plan.groups.forEach(function (group) {
        group.terms.forEach(function (term) {
          q.term(term, { usePipeline: false, boost: group.prefix ? EXACT_BOOST : 1 });
          if (group.prefix) q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
        });
      });
      if (plan.cited) q.term(plan.cited.term, { usePipeline: false, fields: ["title"], boost: CITATION_BOOST });
    });
  }

  function rank(results, plan) {
    var hits = results.map(function (result) {
      var terms = Object.keys(result.matchData.metadata);
      var matched = 0;
      plan.groups.forEach(function (group) {
        var found = terms.some(function (term) {
          return group.terms.some(function (t) { return group.prefix ? term.lastIndexOf(t, 0) === 0 : term === t; });
        });
        if (found) matched++;
      });
      return { ref: result.ref, score: result.score, terms: terms, matched: matched,
               cited: plan.cited ? terms.indexOf(plan.cited.term) >= 0 : false };
    });
    var all = plan.groups.length;
    var cited = hits.filter(function (h) { return h.cited; });
    var rest = hits.filter(function (h) { return !h.cited; });
    var complete = rest.filter(function (h) { return h.matched === all; });
    if (complete.length || plan.cited) rest = complete;
    // Several acts have an article 146: refs follow the legal database's order of acts.
    cited.sort(function (a, b) { return plan.cited.act ? b.score - a.score : a.ref - b.ref; });
    rest.sort(function (a, b) { return b.matched - a.matched || b.score - a.score || a.ref - b.ref; });
    return cited.concat(rest);
  }

  Engine.prototype.document = function (ref) { return this.data("docs/" + ref); };
  Engine.prototype.filters = function () { return this.data("filters"); };

  root.QorgauSearch = {
    receive: receive,
    Engine: Engine,
    merge: merge,
    shardOf: shardOf,
    shardsForPrefix: shardsForPrefix
  };
  if (typeof module !== "undefined" && module.exports) module.exports = root.QorgauSearch;
})(typeof window !== "undefined" ? window : globalThis);

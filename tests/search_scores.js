// Runs queries with the browser's code in node: search.js picks and merges the shards, the
// vendored lunr.js scores. Reads {shards: [lunr JSON...], prefixes, queries} on stdin and
// prints, per query, the shard numbers it loaded and its results [[ref, score], ...].
"use strict";
const path = require("path");
const theme = path.join(__dirname, "..", "theme", "assets", "javascripts");
const lunr = require(path.join(theme, "vendor", "lunr-2.3.9.min.js"));
const search = require(path.join(theme, "qorgau", "search.js"));

let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const { shards, prefixes, queries } = JSON.parse(input);
  const out = queries.map((clauses) => {
    const wanted = new Set();
    for (const c of clauses) {
      const found = c.wildcard ? search.shardsForPrefix(c.term, prefixes) : [search.shardOf(c.term, prefixes)];
      found.filter((n) => n >= 0).forEach((n) => wanted.add(n));
    }
    const numbers = [...wanted].sort((a, b) => a - b);
    if (!numbers.length) return { shards: [], results: [] };
    const index = lunr.Index.load(search.merge(numbers.map((n) => shards[n])));
    const results = index.query((q) => {
      for (const c of clauses) {
        const options = { usePipeline: false, boost: c.boost || 1,
                          wildcard: c.wildcard ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE };
        if (c.fields) options.fields = c.fields;
        q.term(c.term, options);
      }
    });
    return { shards: numbers, results: results.map((r) => [r.ref, r.score]) };
  });
  process.stdout.write(JSON.stringify(out));
});

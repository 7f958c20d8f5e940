#!/usr/bin/env node
// Runs the shared vectors (tests/vectors/*.tsv) against analysis.js; tests/test_analysis.py runs
// the same files against Python. The header row says what a file checks:
//   lang word stem       stem(word, lang)
//   lang input tokens    tokens(input, lang), space-separated
//   input act number     citation(input), "-" for no act or no citation
// Usage: node tests/analysis_vectors.js [FILE.tsv ...]     (default: every file in tests/vectors)
//        node tests/analysis_vectors.js --stem LANG        (stems stdin lines, one per line)
//        node tests/analysis_vectors.js --bench            (timing of tokens() on queries)
"use strict";
var fs = require("fs");
var path = require("path");
var A = require("../theme/assets/javascripts/qorgau/analysis.js");

var VECTORS = path.join(__dirname, "vectors");

function actual(kind, row) {
  if (kind === "stem") return A.stem(row[1], row[0]);
  if (kind === "tokens") return A.tokens(row[1], row[0]).join(" ");
  var c = A.citation(row[0]);
  return c === null ? "- -" : (c[0] === null ? "-" : c[0]) + " " + c[1];
}

function expected(kind, row) {
  return kind === "citation" ? row[1] + " " + row[2] : row[2];
}

function runFile(file, failures) {
  var lines = fs.readFileSync(file, "utf8").split("\n");
  var header = lines[0].split("\t").join(" ");
  var kind = { "lang word stem": "stem", "lang input tokens": "tokens", "input act number": "citation" }[header];
  if (!kind) throw new Error(file + ":1: unknown header '" + header + "'");
  var passed = 0;
  for (var i = 1; i < lines.length; i++) {
    if (lines[i] === "" || lines[i].charAt(0) === "#") continue;
    var row = lines[i].split("\t").map(function (c) {
      // Invisible characters are written as \u00ad and the like.
      return c.replace(/\\u([0-9a-fA-F]{4})/g, function (m, hex) { return String.fromCharCode(parseInt(hex, 16)); });
    });
    if (row.length !== 3) throw new Error(file + ":" + (i + 1) + ": expected 3 columns, got " + row.length);
    var got = actual(kind, row), want = expected(kind, row);
    if (got === want) passed++;
    else failures.push(path.basename(file) + ":" + (i + 1) + ": " + row[0] + " | " + row[1] +
      ": expected '" + want + "', got '" + got + "'");
  }
  return passed;
}

function bench() {
  var words = fs.readFileSync(path.join(VECTORS, "ru.tsv"), "utf8").split("\n").slice(1)
    .map(function (l) { return l.split("\t")[1]; }).filter(Boolean);
  var n = 2000, start, t, i, q;
  // Cold: every query is 20 words never seen before, so nothing comes from the memo.
  start = process.hrtime.bigint();
  for (i = 0; i < n; i++) {
    q = words.slice((i * 20) % (words.length - 20), (i * 20) % (words.length - 20) + 20).join(" ");
    A.tokens(q, "ru");
  }
  t = Number(process.hrtime.bigint() - start) / 1e6 / n;
  var warmStart = process.hrtime.bigint();
  for (i = 0; i < n; i++) A.tokens(words.slice(0, 20).join(" "), "ru");
  var warm = Number(process.hrtime.bigint() - warmStart) / 1e6 / n;
  console.log(JSON.stringify({ cold_ms_per_20_word_query: t, warm_ms_per_20_word_query: warm }));
}

function main(args) {
  if (args[0] === "--stem") {
    var input = fs.readFileSync(0, "utf8").split("\n");
    input.pop();
    process.stdout.write(input.map(function (w) { return A.stem(w, args[1]); }).join("\n") + "\n");
    return 0;
  }
  if (args[0] === "--bench") { bench(); return 0; }
  var files = args.length ? args : fs.readdirSync(VECTORS).filter(function (f) { return /\.tsv$/.test(f); })
    .sort().map(function (f) { return path.join(VECTORS, f); });
  var failures = [], passed = 0;
  files.forEach(function (f) { passed += runFile(f, failures); });
  failures.slice(0, 50).forEach(function (f) { console.log(f); });
  if (failures.length > 50) console.log("... and " + (failures.length - 50) + " more");
  console.log("vectors: " + passed + " passed, " + failures.length + " failed");
  return failures.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

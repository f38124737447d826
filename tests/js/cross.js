// The browser side of tests/test_search_cross.py: reads a request as JSON on stdin,
// answers with what lunr.js + lunr-languages + the archive's scripts make of it.
"use strict";
const fs = require("node:fs");
const { lunr, pipeline, core } = require("./load.js");

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const path = require("node:path");
const manifest = JSON.parse(fs.readFileSync(request.index, "utf8"));
pipeline.register(lunr, manifest.stopWords);
const indexes = manifest.shards.map((name) => {
  const shard = JSON.parse(fs.readFileSync(path.join(path.dirname(request.index), name), "utf8"));
  return lunr.Index.load(shard.index);
});
const searchers = indexes.map((index) => new core.Searcher(index, manifest.limits));

const tokenChars = [];
for (let code = 0; code <= 0xffff; code++) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  if (pipeline.tokenize(String.fromCharCode(code)).length) tokenChars.push(code);
}

const answer = {
  tokenChars,
  tokens: request.texts.map(pipeline.tokenize),
  analysed: request.words.map(pipeline.analyse),
  prefixes: request.words.map(pipeline.prefixTerm),
  searches: request.queries.map((q) =>
    core.merge(searchers.map((searcher) => searcher.search(q))).map((r) => [r.ref, r.score])),
  raw: request.raw.map((q) =>
    core.merge(indexes.map((index) => index.search(q))).map((r) => [r.ref, r.score])),
};
process.stdout.write(JSON.stringify(answer));

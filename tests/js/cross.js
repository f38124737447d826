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
const searchers = indexes.map((index) => new core.Searcher(index, manifest.limits, manifest.aliases));

// {ref: [[word, forms]]}: the other names behind each result, shard by shard.
function explained(query) {
  const found = {};
  searchers.forEach((searcher) => {
    const words = searcher.parse(query);
    searcher.search(query).forEach((hit) => {
      found[hit.ref] = core.expansions(words, hit.terms).map((e) => [e.word, e.forms]);
    });
  });
  return found;
}

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
  explained: request.explained.map(explained),
  raw: request.raw.map((q) =>
    core.merge(indexes.map((index) => index.search(q))).map((r) => [r.ref, r.score])),
};
process.stdout.write(JSON.stringify(answer));

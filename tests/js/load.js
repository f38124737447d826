// Load lunr.js, lunr-languages and the archive's search scripts as the page does.
"use strict";
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");
const lunr = require(path.join(ROOT, "node_modules", "lunr"));
require(path.join(ROOT, "node_modules", "lunr-languages", "lunr.stemmer.support.js"))(lunr);
require(path.join(ROOT, "node_modules", "lunr-languages", "lunr.fr.js"))(lunr);
// The scripts expect lunr as a global, as in the browser.
global.lunr = lunr;
const pipeline = require(path.join(ROOT, "theme", "static", "js", "search-pipeline.js"));
const core = require(path.join(ROOT, "theme", "static", "js", "search-core.js"));
const terms = require(path.join(ROOT, "theme", "static", "js", "search-terms.js"));

// The query limits index.json carries (plugins/lunr_index/query.py LIMITS).
const LIMITS = {
  maxQueryChars: 200, maxWords: 12, minPrefix: 3, maxExpansions: 100, maxOverrun: 4, minOverrunTerm: 3,
  keyLength: 3, nearGap: 3,
};

// A small index built by lunr.js with the archive's French pipeline: title and body.
function buildIndex(documents) {
  return lunr(function () {
    const steps = ["archive-fr-elision", "archive-fr-fold", "archive-fr-stop", "stemmer-fr"]
      .map((label) => lunr.Pipeline.registeredFunctions[label]);
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(...steps);
    this.searchPipeline.add(...steps);
    this.tokenizer = (text) => (text == null ? [] : pipeline.tokenize(text).map((t) => new lunr.Token(t, {})));
    this.ref("ref");
    this.field("title", { boost: 10 });
    this.field("body");
    documents.forEach((doc, ref) => this.add({ ref: String(ref), title: doc[0], body: doc[1] }));
  });
}

module.exports = { ROOT, lunr, pipeline, core, terms, LIMITS, buildIndex };

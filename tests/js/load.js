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

module.exports = { ROOT, lunr, pipeline, core, terms };

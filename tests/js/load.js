// Load lunr.js, lunr-languages and the archive's search scripts as the page does.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "../../theme/static/js/search-core.js";
import * as pipeline from "../../theme/static/js/search-pipeline.js";
import * as terms from "../../theme/static/js/search-terms.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
// lunr.js and lunr-languages are CommonJS packages (global scripts in the page).
const require = createRequire(import.meta.url);
const lunr = require(path.join(ROOT, "node_modules", "lunr"));
require(path.join(ROOT, "node_modules", "lunr-languages", "lunr.stemmer.support.js"))(lunr);
require(path.join(ROOT, "node_modules", "lunr-languages", "lunr.fr.js"))(lunr);

// The search specification as index.json carries it, from its one place
// (plugins/lunr_index/spec.py): limits, ranking, display.
const PYTHON = process.env.ARCHIVE_PYTHON || path.join(ROOT, ".venv", "bin", "python");
const SPEC = JSON.parse(execFileSync(PYTHON, ["-m", "lunr_index.spec"], {
  cwd: ROOT, encoding: "utf8", env: { ...process.env, PYTHONPATH: path.join(ROOT, "plugins") },
}));

// A small index built by lunr.js with the archive's French pipeline: title and body.
function buildIndex(documents) {
  return lunr(function () {
    const labels = SPEC.pipelineLabels;
    const steps = [labels.elision, labels.fold, labels.stop, labels.stemmer]
      .map((label) => lunr.Pipeline.registeredFunctions[label]);
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(...steps);
    this.searchPipeline.add(...steps);
    this.tokenizer = (text) => (text == null ? [] : pipeline.tokenize(text).map((t) => new lunr.Token(t, {})));
    this.ref("ref");
    this.field("title", { boost: SPEC.ranking.fieldBoosts.title });
    this.field("body");
    documents.forEach((doc, ref) => this.add({ ref: String(ref), title: doc[0], body: doc[1] }));
  });
}

export { ROOT, lunr, pipeline, core, terms, SPEC, buildIndex };

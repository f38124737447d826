// The browser side of tests/test_search_cross.py: reads a request as JSON on stdin,
// answers with what lunr.js + lunr-languages + the archive's scripts make of it.
// Each search starts from an empty term store and loads only the term files its
// query needs, as the page does.
import fs from "node:fs";
import path from "node:path";
import { core, lunr, pipeline, terms } from "./load.js";

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const base = path.dirname(request.index) + path.sep;
const manifest = JSON.parse(fs.readFileSync(request.index, "utf8"));
pipeline.register(lunr, manifest.stopWords, manifest.pipelineLabels);
const fetched = [];
const readJson = (file) => {
  fetched.push(path.relative(base, file));
  return Promise.resolve(JSON.parse(fs.readFileSync(file, "utf8")));
};

async function search(text) {
  const store = new terms.TermStore(manifest, base, readJson, lunr);
  const keys = store.searcher(core.Searcher).termKeys(text);
  await store.load(keys);
  const searcher = store.searcher(core.Searcher);
  const results = searcher.search(text);
  // {ref: [[word, forms]]}: the other names behind each result.
  const words = searcher.parse(text);
  const explained = {};
  results.forEach((hit) => {
    explained[hit.ref] = core.expansions(words, hit.terms).map((e) => [e.word, e.forms]);
  });
  return { keys, explained, results: results.map((r) => [r.ref, r.score]) };
}

async function main() {
  const tokenChars = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (pipeline.tokenize(String.fromCharCode(code)).length) tokenChars.push(code);
  }
  const searches = [];
  const keys = [];
  for (const query of request.queries) {
    const answer = await search(query);
    searches.push(answer.results);
    keys.push(answer.keys);
  }
  const explained = [];
  for (const query of request.explained) explained.push((await search(query)).explained);
  const whole = new terms.TermStore(manifest, base, readJson, lunr);
  await whole.load(Object.keys(manifest.terms));
  const index = whole.index();
  const answer = {
    tokenChars,
    tokens: request.texts.map(pipeline.tokenize),
    analysed: request.words.map(pipeline.analyse),
    prefixes: request.words.map(pipeline.prefixTerm),
    searches,
    keys,
    explained,
    raw: request.raw.map((q) => index.search(q).map((r) => [r.ref, r.score])),
    proximity: request.proximity.map((positions) => core.smallestSpan(positions)),
  };
  process.stdout.write(JSON.stringify(answer));
}

main().catch((error) => {
  process.stderr.write(String(error.stack || error));
  process.exit(1);
});

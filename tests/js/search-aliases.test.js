// Other names of organisations and places in the browser (search-core.js): the twin of
// tests/test_search_aliases.py, on a small index built by lunr.js.
import assert from "node:assert/strict";
import test from "node:test";
import { lunr, pipeline, core, SPEC, buildIndex } from "./load.js";

const STOP = ["les", "de", "du", "la", "le", "l", "a", "et", "un", "une", "se", "des", "en", "sur", "ont"];
pipeline.register(lunr, STOP, SPEC.pipelineLabels);
// The table as index.json carries it (plugins/lunr_index/aliases.py writes it).
function form(text, exact) {
  const terms = pipeline.tokenize(text).map(pipeline.analyse).filter(Boolean);
  return exact ? { text, terms, exact: true } : { text, terms };
}
const ALIASES = [
  [form("OTAN"), form("NATO"), form("Alliance atlantique"), form("Organisation du traité de l’Atlantique nord"),
    form("Alliance", true)],
  [form("Kiev"), form("Kyiv"), form("Kyïv")],
  [form("ONU"), form("Nations unies"), form("UN", true)],
];

const index = buildIndex([
  ["Sommet de l’OTAN", "Les alliés se réunissent à Bruxelles."],
  ["Frappes sur Kiev", "Des missiles ont touché la capitale."],
  ["Une alliance commerciale", "Deux entreprises forment une alliance."],
  ["Histoire", "L’Alliance atlantique fut fondée en 1949."],
  ["Traité", "L’Organisation du traité de l’Atlantique nord se réunit."],
  ["Le nord", "Une organisation régionale du nord signe un traité."],
  ["Diplomatie", "Les Nations unies et l’ONU à New York."],
]);
const searcher = new core.Searcher(index, SPEC, ALIASES);
const found = (text) => searcher.search(text).map((r) => r.ref).sort();

test("a form finds the articles that write another", () => {
  assert.deepEqual(found("Kyiv "), ["1"]);
  assert.deepEqual(found("kyïv "), ["1"]);
  assert.deepEqual(found("Kyiv"), ["1"]);
  assert.deepEqual(found("NATO "), ["0", "3", "4"]);
  assert.deepEqual(found("l’OTAN "), ["0", "3", "4"]);
  assert.deepEqual(found("Alliance atlantique "), ["0", "3", "4"]);
  assert.deepEqual(found("organisation traité atlantique nord "), ["0", "3", "4"]);
  assert.deepEqual(found("UN "), ["6"]);
});

test("without the table nothing is expanded", () => {
  const plain = new core.Searcher(index, SPEC);
  assert.deepEqual(plain.search("Kyiv ").map((r) => r.ref), []);
  assert.deepEqual(plain.search("NATO ").map((r) => r.ref), []);
});

test("a case-exact form is expanded only as written, and never expanded to", () => {
  const expanded = (text) => searcher.parse(text).some((w) => w.alternatives.some((a) => a.form));
  for (const text of ["Alliance ", "l'Alliance ", "L’Alliance ", "UN "]) assert.ok(expanded(text), text);
  for (const text of ["alliance ", "ALLIANCE ", "un ", "Un "]) assert.ok(!expanded(text), text);
  assert.deepEqual(found("alliance "), ["2", "3"]);
  assert.deepEqual(found("Alliance "), ["0", "2", "3", "4"]);
  assert.ok(!found("NATO ").includes("2")); // never "une alliance commerciale"
});

test("a multi-word form needs all its words and counts as one word", () => {
  assert.ok(!found("NATO ").includes("5")); // organisation, traité, nord, but no atlantique
  const words = searcher.parse("Alliance atlantique sommet ");
  assert.deepEqual(words.map((w) => w.text), ["Alliance atlantique", "sommet"]);
  assert.deepEqual(found("Kyiv missiles "), ["1"]);
  assert.deepEqual(found("Kyiv Bruxelles "), []);
});

test("results say which other name they matched", () => {
  const why = (text, ref) => {
    const words = searcher.parse(text);
    const hit = searcher.search(text).find((r) => r.ref === ref);
    return core.expansions(words, hit.terms);
  };
  assert.deepEqual(why("Kyiv ", "1"), [{ word: "Kyiv", forms: ["Kiev"] }]);
  assert.deepEqual(why("NATO ", "0"), [{ word: "NATO", forms: ["OTAN"] }]);
  assert.deepEqual(why("Kiev ", "1"), []);
});

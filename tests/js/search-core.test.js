// What a query means in the browser (search-core.js), on a small index built by lunr.js.
import assert from "node:assert/strict";
import test from "node:test";
import { lunr, pipeline, core, SPEC, buildIndex } from "./load.js";

const STOP = ["les", "de", "la", "le", "l", "a", "et", "un", "en"];
pipeline.register(lunr, STOP, SPEC.pipelineLabels);
const searcher = new core.Searcher(buildIndex([
  ["Sabotages en mer Baltique", "La marine surveille les câbles."],
  ["Exercice", "L’OTAN lance un exercice nucléaire, dit Jens Stoltenberg."],
  ["Les chevaux de la Russie", "Armes chimiques à l’est de l’Ukraine."],
]), SPEC);

const refs = (text) => searcher.search(text).map((r) => r.ref);
// The index terms a query matched, as a result carries them (here: each word's own term).
const searchTerms = (text) => searcher.parse(text).flatMap((word) => word.terms);

test("accents, elisions and plurals are ignored; every word must match", () => {
  assert.deepEqual(refs("exercice nucléaire "), ["1"]);
  assert.deepEqual(refs("exercices nucleaires "), ["1"]);
  assert.deepEqual(refs("l'OTAN "), ["1"]);
  assert.deepEqual(refs("nucléaire Baltique "), []);
});

test("the word being typed matches as a prefix", () => {
  assert.deepEqual(refs("Stolten"), ["1"]);
  assert.deepEqual(refs("Russi"), ["2"]);
  assert.deepEqual(refs("chevaux"), ["2"]);
  assert.deepEqual(refs("Stolten "), []);
  assert.deepEqual(refs("s"), []);
});

test("lunr syntax and hostile input never throw and mean nothing", () => {
  for (const text of ["title:otan", "otan~2", "otan^10", "*", "+russie -otan", "\"unbalanced", "\\",
    "a".repeat(5000), ":~^*+-\"'’", "<img src=x onerror=alert(1)>", "\ud800", "\u0000"]) {
    assert.doesNotThrow(() => searcher.search(text), text);
  }
  assert.deepEqual(refs(":~^*+-\"'’ "), []);
  assert.deepEqual(refs("title:otan "), []); // "title" is a word like any other
});

test("results carry the terms they matched, for highlighting", () => {
  const [hit] = searcher.search("armes chimiques ");
  assert.deepEqual(hit.terms.sort(), ["arme", "chimiqu"]);
});

test("highlight marks the words of the matched terms, whatever their form", () => {
  const segments = core.highlight("Des armes chimiques, l’arme chimique.", ["arme", "chimiqu"]);
  assert.deepEqual(segments.filter((s) => s.mark).map((s) => s.text), ["armes", "chimiques", "l’arme", "chimique"]);
  assert.equal(segments.map((s) => s.text).join(""), "Des armes chimiques, l’arme chimique.");
});

test("highlight marks the unstemmed words of an article in another language", () => {
  // An English article's terms are its words folded, not stemmed ("sirens", not "siren").
  const segments = core.highlight("Air-raid sirens tested.", ["sirens"]);
  assert.deepEqual(segments.filter((s) => s.mark).map((s) => s.text), ["sirens"]);
});

test("a snippet is cut around the paragraph with most matches", () => {
  const long = "Début. " + "mot ".repeat(100) + "le sabotage des câbles " + "mot ".repeat(100);
  const segments = core.snippet(["Rien ici.", long], ["sabotag", "cabl"], 120);
  const text = segments.map((s) => s.text).join("");
  assert.ok(text.startsWith("… ") && text.endsWith(" …"), text);
  assert.ok(text.length < 160, text.length);
  assert.deepEqual(segments.filter((s) => s.mark).map((s) => s.text), ["sabotage", "câbles"]);
});

test("a snippet shows the paragraph where the matched words stand together", () => {
  const apart = "Une alliance, dit-il, qui assure la défense de ses membres.";
  const together = "L’OTAN se dit une « alliance de défense » depuis 1949.";
  const terms = ["allianc", "defens"];
  const shown = (paragraphs) => core.snippet(paragraphs, terms).map((s) => s.text).join("");
  assert.equal(shown([apart, together]), together);
  assert.equal(shown([together, apart]), together);
});

// An article's text file as the build writes it (lunr_index/documents.py SearchDocument.text).
const CORRECTED = {
  paragraphs: [
    "Le renseignement britannique s’inquiète.",
    "Selon le directeur du QCHQ, Jeremy Fleming, la Russie manque de munitions.",
  ],
  corrections: [{ paragraph: 1, start: 22, sourceSays: "QCHQ", shouldRead: "GCHQ" }],
};
const textOf = (segments) => segments.map((s) => s.text).join("");

test("a word only a correction gives shows the passage, the source's wording flagged, and the note", () => {
  const terms = searchTerms("GCHQ ");
  const { segments, correction } = core.articleSnippet(CORRECTED, terms);
  assert.equal(textOf(segments), CORRECTED.paragraphs[1]);
  assert.deepEqual(segments.filter((s) => s.source).map((s) => s.text), ["QCHQ"]);
  assert.equal(textOf(correction),
    "Correction de l’archive\u00a0: lire «\u00a0GCHQ\u00a0» (la source écrit «\u00a0QCHQ\u00a0»).");
  assert.deepEqual(correction.filter((s) => s.mark).map((s) => s.text), ["GCHQ"]);
});

test("a word the paragraphs hold keeps the plain snippet, with no correction line", () => {
  const { segments, correction } = core.articleSnippet(CORRECTED, searchTerms("munitions "));
  assert.equal(correction, null);
  assert.ok(segments.every((s) => !s.source));
  assert.deepEqual(segments.filter((s) => s.mark).map((s) => s.text), ["munitions"]);
  // Same choice as the snippet of the paragraphs alone.
  assert.deepEqual(segments, core.snippet(CORRECTED.paragraphs, searchTerms("munitions ")));
});

test("a correction wins only when it covers more of the query than any paragraph", () => {
  // "Fleming" is in the corrected paragraph, "GCHQ" only in the right form: two terms against one.
  const both = core.articleSnippet(CORRECTED, searchTerms("Fleming GCHQ "));
  assert.notEqual(both.correction, null);
  assert.deepEqual(both.segments.filter((s) => s.mark).map((s) => s.text), ["Fleming"]);
  const text = { paragraphs: CORRECTED.paragraphs, corrections: [] };
  assert.equal(core.articleSnippet(text, searchTerms("GCHQ ")).correction, null);
});

test("a long corrected passage is cut around the source's wording", () => {
  const before = "mot ".repeat(120), after = " fin".repeat(120);
  const paragraph = before + "du QCHQ" + after;
  const text = {
    paragraphs: [paragraph],
    corrections: [{ paragraph: 0, start: before.length + 3, sourceSays: "QCHQ", shouldRead: "GCHQ" }],
  };
  const { segments } = core.articleSnippet(text, searchTerms("GCHQ "), 120);
  const shown = textOf(segments);
  assert.ok(shown.startsWith("… ") && shown.endsWith(" …") && shown.length < 160, shown);
  assert.deepEqual(segments.filter((s) => s.source).map((s) => s.text), ["QCHQ"]);
});

test("a correction that no longer points at its wording flags nothing", () => {
  const stale = { ...CORRECTED, corrections: [{ ...CORRECTED.corrections[0], start: 3 }] };
  const { segments, correction } = core.articleSnippet(stale, searchTerms("GCHQ "));
  assert.notEqual(correction, null);
  assert.equal(textOf(segments), CORRECTED.paragraphs[1]);
  assert.ok(segments.every((s) => !s.source));
});

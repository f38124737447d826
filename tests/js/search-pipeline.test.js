// The browser's French pipeline (search-pipeline.js), on its own.
import assert from "node:assert/strict";
import test from "node:test";
import { lunr, pipeline, SPEC } from "./load.js";

pipeline.register(lunr, ["les", "de", "la", "a", "l"], SPEC.pipelineLabels);

test("tokenize splits on everything but letters, digits and apostrophes", () => {
  assert.deepEqual(pipeline.tokenize("l’OTAN, d’armes nucléaires."), ["l’otan", "d’armes", "nucléaires"]);
  assert.deepEqual(pipeline.tokenize("États-Unis"), ["états", "unis"]);
  assert.deepEqual(pipeline.tokenize("3\u202f000 soldats"), ["3", "000", "soldats"]);
  assert.deepEqual(pipeline.tokenize("title:otan~2 ^3 +a -b *"), ["title", "otan", "2", "3", "a", "b"]);
  assert.deepEqual(pipeline.tokenize("se\u0301curite\u0301"), ["sécurité"]);
  assert.deepEqual(pipeline.tokenize("Ukraine_Russie"), ["ukraine", "russie"]);
});

test("elision, folding and stemming give one term to the forms a reader types", () => {
  const groups = [
    ["nucléaire", "nucleaire", "nucléaires"],
    ["choïgou", "choigou"],
    ["sécurité", "securite"],
    ["l’otan", "otan", "l'otan"],
    ["armes", "arme", "d’armes"],
    ["cœur", "coeur"],
  ];
  for (const group of groups) {
    assert.equal(new Set(group.map(pipeline.analyse)).size, 1, group.join(", "));
  }
  assert.equal(pipeline.stripElision("aujourd'hui"), "aujourd’hui");
  assert.equal(pipeline.stripElision("jusqu’à"), "à");
});

test("stop words are dropped, not while being typed", () => {
  assert.equal(pipeline.analyse("les"), null);
  assert.equal(pipeline.analyse("l’"), null);
  assert.equal(pipeline.prefixTerm("la"), "la");
});

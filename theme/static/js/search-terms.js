/*
 * The index terms loaded so far, and a lunr index rebuilt from them: the browser's
 * twin of index.py's index_from_term_files (see index.py for why such an index
 * scores documents exactly as the whole archive's index would).
 *
 * The terms are in files grouped by their first letters (manifest.terms: key ->
 * file number); a query fetches only the files of its own words. `fetchJson` is
 * given (the page passes fetch, the Node tests a file reader).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.ArchiveTerms = factory();
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  function TermStore(manifest, base, fetchJson) {
    this.manifest = manifest;
    this.base = base;
    this.fetchJson = fetchJson;
    this.files = new Map(); // key -> Promise of the file's terms
    this.loaded = []; // the files that arrived, in the order they were asked for
    this.built = null; // the lunr index of `loaded`, until another file arrives
  }

  // Fetch the files of some keys (each once); resolves when all of them are in.
  // A key no term begins with has no file: nothing to fetch.
  TermStore.prototype.load = function (keys) {
    var store = this;
    return Promise.all(keys.map(function (key) {
      if (!Object.prototype.hasOwnProperty.call(store.manifest.terms, key)) return null;
      if (!store.files.has(key)) {
        var url = store.base + "termes/" + store.manifest.terms[key] + ".json";
        var file = store.fetchJson(url).then(function (data) {
          store.loaded.push(data);
          store.built = null;
          return data;
        });
        file.catch(function () { store.files.delete(key); }); // a later query may try again
        store.files.set(key, file);
      }
      return store.files.get(key);
    }));
  };

  TermStore.prototype.has = function (keys) {
    var store = this;
    return keys.every(function (key) {
      return !Object.prototype.hasOwnProperty.call(store.manifest.terms, key) ||
        store.loaded.some(function (file) { return file.key === key; });
    });
  };

  // A lunr index of every term loaded so far.
  TermStore.prototype.index = function () {
    if (this.built) return this.built;
    var fields = this.manifest.fields, inverted = {}, vectors = {}, terms = [];
    this.loaded.forEach(function (file) {
      file.terms.forEach(function (entry) {
        var term = entry[0], termIndex = entry[1], postings = entry[2];
        var posting = { _index: termIndex };
        fields.forEach(function (field) { posting[field] = {}; });
        Object.keys(postings).forEach(function (field) {
          var refs = postings[field];
          Object.keys(refs).forEach(function (ref) {
            var values = refs[ref];
            posting[field][ref] = { p: values.slice(1) };
            var fieldRef = field + "/" + ref;
            (vectors[fieldRef] = vectors[fieldRef] || []).push([termIndex, values[0]]);
          });
        });
        inverted[term] = posting;
        terms.push(term);
      });
    });
    var fieldVectors = {};
    Object.keys(vectors).forEach(function (fieldRef) {
      var pairs = vectors[fieldRef].sort(function (a, b) { return a[0] - b[0]; });
      var flat = [];
      pairs.forEach(function (pair) { flat.push(pair[0], pair[1]); });
      fieldVectors[fieldRef] = new lunr.Vector(flat);
    });
    this.built = new lunr.Index({
      invertedIndex: inverted,
      fieldVectors: fieldVectors,
      tokenSet: lunr.TokenSet.fromArray(terms.sort()),
      fields: fields,
      pipeline: lunr.Pipeline.load(this.manifest.pipeline),
    });
    return this.built;
  };

  return { TermStore: TermStore };
});

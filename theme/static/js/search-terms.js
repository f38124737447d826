/*
 * The index terms loaded so far, and a lunr index rebuilt from them: the browser's
 * twin of index.py's index_from_term_files (see index.py for why such an index
 * scores documents exactly as the whole archive's index would).
 *
 * The terms are in files grouped by their first letters (manifest.terms: key ->
 * file number); a query fetches only the files of its own words. `fetchJson` is
 * given (the page passes fetch, the Node tests a file reader), and so is lunr.js.
 */

function TermStore(manifest, base, fetchJson, lunr) {
  this.lunr = lunr;
  this.manifest = manifest;
  this.base = base;
  this.fetchJson = fetchJson;
  this.files = new Map(); // key -> Promise of the file
  this.keys = new Set(); // keys whose file arrived
  this.pending = []; // files arrived but not yet in the index
  // What the index is made of, grown file by file: lunr's inverted index (without
  // metadata), each field vector's [term index, weight] pairs and its lunr.Vector,
  // every term, and each term's postings as the files give them ([weight, positions...]).
  this.inverted = {};
  this.pairs = {};
  this.vectors = {};
  this.terms = [];
  this.postings = {};
  this.built = null; // the lunr index, until another file arrives
}

// Fetch the files of some keys (each once); resolves when all of them are in.
// A key no term begins with has no file: nothing to fetch.
TermStore.prototype.load = function (keys) {
  var store = this;
  return Promise.all(keys.map(function (key) {
    if (!Object.hasOwn(store.manifest.terms, key)) return null;
    if (!store.files.has(key)) {
      var url = store.base + "termes/" + store.manifest.terms[key] + ".json";
      var file = store.fetchJson(url).then(function (data) {
        store.pending.push(data);
        store.keys.add(key);
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
  return keys.every(function (key) { return !Object.hasOwn(store.manifest.terms, key) || store.keys.has(key); });
};

// Where a term stands in a document's field (undefined if it is not there).
TermStore.prototype.positions = function (term, field, ref) {
  var postings = Object.hasOwn(this.postings, term) ? this.postings[term] : {};
  var refs = Object.hasOwn(postings, field) ? postings[field] : {};
  return Object.hasOwn(refs, ref) ? refs[ref].slice(1) : undefined;
};

// A lunr index of every term loaded so far; a file that arrives adds its terms and
// remakes only the vectors of the documents it touches.
TermStore.prototype.index = function () {
  if (this.built && !this.pending.length) return this.built;
  var lunr = this.lunr, store = this, fields = this.manifest.fields, touched = new Set();
  this.pending.forEach(function (file) {
    file.terms.forEach(function (entry) {
      var term = entry[0], termIndex = entry[1], postings = entry[2];
      var posting = { _index: termIndex };
      fields.forEach(function (field) { posting[field] = {}; });
      Object.keys(postings).forEach(function (field) {
        Object.keys(postings[field]).forEach(function (ref) {
          posting[field][ref] = {};
          var fieldRef = field + "/" + ref;
          (store.pairs[fieldRef] = store.pairs[fieldRef] || []).push([termIndex, postings[field][ref][0]]);
          touched.add(fieldRef);
        });
      });
      store.inverted[term] = posting;
      store.postings[term] = postings;
      store.terms.push(term);
    });
  });
  this.pending = [];
  touched.forEach(function (fieldRef) {
    var flat = [];
    store.pairs[fieldRef].sort(function (a, b) { return a[0] - b[0]; }).forEach(function (pair) {
      flat.push(pair[0], pair[1]);
    });
    store.vectors[fieldRef] = new lunr.Vector(flat);
  });
  this.terms.sort();
  this.built = new lunr.Index({
    invertedIndex: this.inverted,
    fieldVectors: this.vectors,
    tokenSet: lunr.TokenSet.fromArray(this.terms),
    fields: fields,
    pipeline: lunr.Pipeline.load(this.manifest.pipeline),
  });
  return this.built;
};

// A searcher of the index, reading positions from the store.
TermStore.prototype.searcher = function (Searcher) {
  var store = this;
  var aliases = this.manifest.aliases;
  return new Searcher(this.index(), this.manifest, aliases, function (term, field, ref) {
    return store.positions(term, field, ref);
  });
};

export { TermStore };

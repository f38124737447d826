/*
 * How French text becomes index terms, in the browser: the twin of
 * plugins/lunr_index/french.py, which built the index. Same tokenizer, same
 * functions under the same lunr pipeline labels; tests/test_search_cross.py runs
 * both on the same words and queries.
 *
 *   tokenize   "l’OTAN, d’armes nucléaires" -> ["l’otan", "d’armes", "nucléaires"]
 *   elision    "l’otan" -> "otan"                      (archive-fr-elision)
 *   fold       "nucléaires" -> "nucleaires"            (archive-fr-fold)
 *   stop words "les" -> dropped                        (archive-fr-stop)
 *   stemmer    "nucleaires" -> "nucleair"              (stemmer-fr, from lunr-languages)
 *
 * An ES module; register() is handed lunr.js (a global script in the page, a CommonJS
 * package in Node) before anything is stemmed.
 */

// Letters, digits and apostrophes make a token (Python: [^\W_] and the apostrophes).
var TOKEN_RE = /(?:[\p{L}\p{N}]|['’‘ʼ])+/gu;
var APOSTROPHE_RE = /['’‘ʼ]/g;
var EDGE_APOSTROPHES_RE = /^’+|’+$/g;
// The words French elides before a vowel: l’, d’, j’, m’, n’, s’, t’, c’, qu’, jusqu’...
var ELIDED = "(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)";
var ELISION_RE = new RegExp("^" + ELIDED + "’(.+)$");
var MARK_RE = /\p{Mn}/gu;

var stopWords = new Set();
var stemToken = null; // lunr.fr.stemmer, once register() has run

function normalize(text) {
  return String(text).normalize("NFC");
}

function tokenize(text) {
  return normalize(text).toLowerCase().match(TOKEN_RE) || [];
}

// A token with one apostrophe (’) for all, none at its edges (aliases.py's written).
function written(token) {
  return token.replace(APOSTROPHE_RE, "’").replace(EDGE_APOSTROPHES_RE, "");
}

function stripElision(word) {
  word = written(word);
  var match = ELISION_RE.exec(word);
  return match ? match[1] : word;
}

function fold(word) {
  return word.replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(MARK_RE, "");
}

function stem(word) {
  return stemToken(new lunr.Token(word)).toString();
}

// A word being typed, as far as it can be analysed (stop words kept: "la" may become "Lavrov").
function prefixTerm(word) {
  var folded = fold(stripElision(word));
  return folded ? stem(folded) : "";
}

// A whole word as the index stores it, or null for a stop word or an empty token.
function analyse(word) {
  var folded = fold(stripElision(word));
  if (!folded || stopWords.has(folded)) return null;
  return stem(folded);
}

// A word of an article in another language: folded, not stemmed (french.py's plain_term).
function plainTerm(word) {
  var folded = fold(stripElision(word));
  return !folded || stopWords.has(folded) ? null : folded;
}

// A finished query word's terms: its stem, and itself unstemmed (word_terms).
function wordTerms(word) {
  var stemmed = analyse(word), plain = plainTerm(word);
  return stemmed ? (plain !== stemmed ? [stemmed, plain] : [stemmed]) : [];
}

// The pipeline functions, on lunr tokens.
function elisionStep(token) {
  token.update(function (word) { return stripElision(word); });
  return token.toString() ? token : undefined;
}
function foldStep(token) {
  return token.update(function (word) { return fold(word); });
}
function stopStep(token) {
  return stopWords.has(token.toString()) ? undefined : token;
}

var lunr = null;

// Register the functions with lunr.js (after lunr.stemmer.support.js and lunr.fr.js),
// with the stop words the index was built with; call before lunr.Index.load.
function register(lunrLibrary, words, labels) {
  lunr = lunrLibrary;
  if (!lunr.fr || !lunr.fr.stemmer) throw new Error("lunr.fr.js (lunr-languages) is not loaded");
  stemToken = lunr.fr.stemmer;
  stopWords = new Set(words);
  var functions = [[elisionStep, labels.elision], [foldStep, labels.fold], [stopStep, labels.stop]];
  functions.forEach(function (pair) {
    if (lunr.Pipeline.registeredFunctions[pair[1]] !== pair[0]) {
      lunr.Pipeline.registerFunction(pair[0], pair[1]);
    }
  });
}

function isStopWord(word) {
  return stopWords.has(fold(stripElision(word)));
}

export {
  TOKEN_RE, ELIDED, normalize, written, tokenize, stripElision, fold, stem, prefixTerm, analyse, plainTerm,
  wordTerms, isStopWord, register,
};

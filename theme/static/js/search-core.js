/*
 * What a reader's query means, in the browser: the twin of
 * plugins/lunr_index/query.py (see there for the rules), with word order from
 * search-phrases.js; it also hands on search-snippets.js's snippets, so that the page
 * and the tests have one module to call. No DOM here: search-page.js draws.
 *
 * A query is never given to lunr's query parser, so ':', '~', '^', '*', '+' and '-'
 * are only separators; every word must match, in any field; words next to each
 * other rank first, and quotes make a phrase that must appear as typed.
 */
import * as pipeline from "./search-pipeline.js";
import * as wordOrder from "./search-phrases.js";

function lowerBound(sorted, value) {
  var low = 0, high = sorted.length;
  while (low < high) {
    var middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1; else high = middle;
  }
  return low;
}

function has(sorted, value) {
  var position = lowerBound(sorted, value);
  return position < sorted.length && sorted[position] === value;
}

function codePoints(text) {
  return Array.from(pipeline.normalize(text));
}

// The other names of organisations and places (index.json "aliases", written by
// plugins/lunr_index/aliases.py, which explains the matching): each form with its
// words as written, for the forms a query must write with their capitals.
var ELIDED_RE = new RegExp("^" + pipeline.ELIDED + "’x$");
var written = pipeline.written;

function casedTokens(text) {
  return (pipeline.normalize(text).match(pipeline.TOKEN_RE) || []).map(written);
}

function aliasTable(data) {
  return (data || []).map(function (entry) {
    return entry.map(function (form) {
      return { text: form.text, terms: form.terms, tokens: form.exact ? casedTokens(form.text) : [] };
    });
  });
}

function exactEnd(form, cased, start) {
  var end = start + form.tokens.length;
  if (end > cased.length) return null;
  for (var i = 0; i < form.tokens.length; i++) {
    var token = form.tokens[i], typed = cased[start + i];
    if (typed === token) continue;
    var prefix = typed.slice(0, typed.length - token.length);
    if (!(typed.endsWith("’" + token) && ELIDED_RE.test(prefix.toLowerCase() + "x"))) return null;
  }
  return end;
}

function anyCaseEnd(form, analysed, start) {
  var position = start;
  for (var number = 0; number < form.terms.length; number++) {
    if (number) {
      while (position < analysed.length && analysed[position] === null) position++;
    }
    if (position >= analysed.length || analysed[position] !== form.terms[number]) return null;
    position++;
  }
  return position;
}

// [entry, form, end] of the longest form starting at the query word `start`.
function matchAlias(table, cased, analysed, start) {
  var best = null;
  table.forEach(function (entry, number) {
    entry.forEach(function (form, position) {
      var end = form.tokens.length
        ? (cased ? exactEnd(form, cased, start) : null)
        : anyCaseEnd(form, analysed, start);
      if (end !== null && (best === null || end > best[2])) best = [number, position, end];
    });
  });
  return best;
}

function alternativeMatches(alternative, matched) {
  return alternative.slots.every(function (slot) {
    return slot.some(function (term) { return Object.hasOwn(matched, term); });
  });
}

// True when the terms a document matched (an object keyed by term) satisfy the word.
function wordMatches(word, matched) {
  return word.alternatives.some(function (alternative) { return alternativeMatches(alternative, matched); });
}

function sameSlots(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function makeWord(text, alternatives) {
  var terms = [];
  alternatives.forEach(function (alternative) {
    alternative.slots.forEach(function (slot) {
      slot.forEach(function (term) { if (terms.indexOf(term) === -1) terms.push(term); });
    });
  });
  return { text: text, terms: terms, alternatives: alternatives };
}

// Words that are a form of an entry: satisfied by the words or by any other form.
function aliasWord(text, own, entry) {
  var alternatives = [];
  if (own.length && own.every(function (slot) { return slot.length; })) {
    alternatives.push({ slots: own, form: null });
  }
  entry.forEach(function (form) {
    // Never to an exact form: the index folds case, so it would find the common word too.
    if (form.tokens.length || !form.terms.length) return;
    var alternative = { slots: form.terms.map(function (term) { return [term]; }), form: form.text };
    if (alternatives.every(function (a) { return !sameSlots(a.slots, alternative.slots); })) {
      alternatives.push(alternative);
    }
  });
  return alternatives.length ? makeWord(text, alternatives) : null;
}

// Why a document matched words the reader did not write: [{word, forms}] for the
// words whose own terms it lacks (query.py's expansions); terms: those it matched.
function expansions(words, terms) {
  var matched = {}, found = [];
  terms.forEach(function (term) { matched[term] = true; });
  words.forEach(function (word) {
    var own = word.alternatives.some(function (a) { return a.form === null && alternativeMatches(a, matched); });
    if (own) return;
    var forms = word.alternatives.filter(function (a) {
      return a.form !== null && alternativeMatches(a, matched);
    }).map(function (a) { return a.form; });
    if (forms.length) found.push({ word: word.text, forms: forms });
  });
  return found;
}

// The searcher of one loaded index (a lunr.Index), with the search specification
// (spec: the manifest, or any object with its "limits" and "ranking", spec.py) and the
// table of other names (index.json "aliases"; none when absent).
// positions(term, field, ref), when given, tells where a term stands in a document's
// field (search-terms.js keeps them out of lunr, whose match data would copy them for
// every match); otherwise they are read from lunr's match data (query.py's way).
function Searcher(index, spec, aliases, positions) {
  this.index = index;
  this.limits = spec.limits;
  this.ranking = spec.ranking;
  this.aliases = aliasTable(aliases);
  this.positions = positions || null;
  // Python sorts by code point, JavaScript by UTF-16 unit: the same order for
  // the folded Latin (and any BMP) terms of the index.
  this.vocabulary = Object.keys(index.invertedIndex).sort();
}

Searcher.prototype.truncate = function (text) {
  return codePoints(text).slice(0, this.limits.maxQueryChars).join("");
};

Searcher.prototype.isTyping = function (text) {
  var chars = codePoints(this.truncate(text));
  if (!chars.length) return false;
  return pipeline.tokenize(chars[chars.length - 1]).length > 0;
};

// Index terms the word being typed could become.
Searcher.prototype.completions = function (word) {
  var limits = this.limits, vocabulary = this.vocabulary;
  var folded = pipeline.fold(pipeline.stripElision(word));
  if (codePoints(folded).length < limits.minPrefix) return [];
  var found = new Set();
  // A stem may be shorter than the folded word ("ans" -> "an"): only beginnings of
  // minPrefix letters or more are completed.
  [pipeline.prefixTerm(word), folded].filter(function (prefix) {
    return codePoints(prefix).length >= limits.minPrefix;
  }).forEach(function (prefix) {
    for (var i = lowerBound(vocabulary, prefix); i < vocabulary.length; i++) {
      if (!vocabulary[i].startsWith(prefix)) break;
      found.add(vocabulary[i]);
    }
  });
  var chars = codePoints(folded);
  var shortest = Math.max(limits.minOverrunTerm, chars.length - limits.maxOverrun);
  for (var end = shortest; end < chars.length; end++) {
    var head = chars.slice(0, end).join("");
    if (has(vocabulary, head)) found.add(head);
  }
  return Array.from(found).sort(function (a, b) {
    var byLength = codePoints(a).length - codePoints(b).length;
    return byLength || (a < b ? -1 : a > b ? 1 : 0);
  }).slice(0, limits.maxExpansions);
};

// The query's words as written (capitals kept), or null if they do not pair with words.
Searcher.prototype.casedWords = function (text, words) {
  var raw = (pipeline.normalize(this.truncate(text)).match(pipeline.TOKEN_RE) || []).slice(0, this.limits.maxWords);
  if (raw.length !== words.length) return null;
  for (var i = 0; i < raw.length; i++) if (raw[i].toLowerCase() !== words[i]) return null;
  return raw.map(written);
};

// The words a document must match: [{text, terms, alternatives}], each alternative
// {slots, form}: a term of each slot, every slot (form: null for the reader's words).
Searcher.prototype.parse = function (text) {
  var self = this;
  var words = pipeline.tokenize(this.truncate(text)).slice(0, this.limits.maxWords);
  var last = this.isTyping(text) ? words.length - 1 : -1;
  var cased = this.casedWords(text, words);
  var analysed = words.map(pipeline.analyse);
  var parsed = [];

  // The terms a word stands for; null: the word does not count (earlier: a word counted before it).
  function ownSlot(position, earlier) {
    if (position !== last) {
      var terms = pipeline.wordTerms(words[position]);
      return terms.length ? terms : null;
    }
    if (earlier && pipeline.isStopWord(words[position])) return null;
    return self.completions(words[position]);
  }

  var position = 0;
  while (position < words.length) {
    var match = matchAlias(this.aliases, cased, analysed, position);
    if (match === null) {
      var slot = ownSlot(position, parsed.length > 0);
      if (slot !== null) parsed.push(makeWord(words[position], [{ slots: [slot], form: null }]));
      position++;
      continue;
    }
    var end = match[2], own = [];
    for (var inside = position; inside < end; inside++) {
      var ownOne = ownSlot(inside, parsed.length > 0 || own.length > 0);
      if (ownOne !== null) own.push(ownOne);
    }
    var word = aliasWord((cased || words).slice(position, end).join(" "), own, this.aliases[match[0]]);
    if (word) parsed.push(word);
    position = end;
  }
  return parsed;
};

// The keys of the term files a query needs (query.py's term_keys): the terms of its
// words, and the beginnings of the word being typed.
Searcher.prototype.termKeys = function (text) {
  var limits = this.limits, keys = new Set();
  function key(term) { return codePoints(term).slice(0, limits.keyLength).join(""); }
  this.parse(text).forEach(function (word) {
    word.terms.forEach(function (term) { keys.add(key(term)); });
  });
  var words = pipeline.tokenize(this.truncate(text)).slice(0, limits.maxWords);
  if (this.isTyping(text) && words.length) {
    var last = words[words.length - 1];
    [pipeline.prefixTerm(last), pipeline.fold(pipeline.stripElision(last))].forEach(function (prefix) {
      if (codePoints(prefix).length >= limits.minPrefix) keys.add(key(prefix));
    });
  }
  keys.delete("");
  return Array.from(keys).sort();
};

// The words between each pair of quotes (an open quote runs to the end).
Searcher.prototype.quotedPhrases = function (text, words) {
  var segments = wordOrder.splitQuotes(this.truncate(text)), typing = this.isTyping(text), phrases = [];
  segments.forEach(function (segment, number) {
    if (number % 2 === 0) return;
    var phrase = [], tokens = pipeline.tokenize(segment);
    tokens.forEach(function (token, position) {
      var last = number === segments.length - 1 && position === tokens.length - 1;
      if (typing && last) {
        // The word being typed, as parse completed it (unless it skipped it).
        var typed = words[words.length - 1];
        if (typed && typed.text === token) phrase.push(typed);
      } else {
        var terms = pipeline.wordTerms(token);
        if (terms.length) phrase.push(makeWord(token, [{ slots: [terms], form: null }]));
      }
    });
    if (phrase.length > 1) phrases.push(phrase);
  });
  return phrases;
};


// Where the matched terms stand in one result's fields.
Searcher.prototype.lookup = function (result) {
  var matched = result.matchData.metadata, positions = this.positions;
  return function (term, field) {
    if (!Object.hasOwn(matched, term) || !Object.hasOwn(matched[term], field)) return undefined;
    return positions ? positions(term, field, result.ref) : matched[term][field].p;
  };
};

// [{ref, score, terms}] of the documents matching every word (and quoted phrase),
// best first: words next to each other, then near each other, then by score, then
// by ref; terms: the index terms each result matched (for highlighting).
Searcher.prototype.search = function (text) {
  var words = this.parse(text);
  if (!words.length) return [];
  var phrases = this.quotedPhrases(text, words);
  var fields = this.index.fields, ranking = this.ranking;
  var results = this.index.query(function (query) {
    words.forEach(function (word) {
      word.terms.forEach(function (term) {
        query.term(term, { usePipeline: false });
      });
    });
  });
  var ranked = [], searcher = this;
  results.forEach(function (result) {
    var matched = result.matchData.metadata;
    var all = words.every(function (word) { return wordMatches(word, matched); });
    if (!all) return;
    var lookup = searcher.lookup(result);
    var phrasesHold = phrases.every(function (phrase) {
      return wordOrder.proximity(phrase, lookup, fields, ranking) === ranking.tiers.adjacent;
    });
    if (!phrasesHold) return;
    ranked.push({
      ref: result.ref, score: result.score, terms: Object.keys(matched),
      tier: wordOrder.proximity(words, lookup, fields, ranking),
    });
  });
  return ranked.sort(function (a, b) {
    return b.tier - a.tier || b.score - a.score || Number(a.ref) - Number(b.ref);
  });
};

export { Searcher, expansions };
// The page and the tests have one module to call for snippets and word order too.
export { highlight, snippet, articleSnippet } from "./search-snippets.js";
export { proximity, smallestSpan } from "./search-phrases.js";

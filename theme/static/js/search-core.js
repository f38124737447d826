/*
 * What a reader's query means, in the browser: the twin of
 * plugins/lunr_index/query.py (see there for the rules), plus the choice of a
 * snippet for a result. No DOM here: search-page.js draws; Node tests call this.
 *
 * A query is never given to lunr's query parser, so ':', '~', '^', '*', '+', '-'
 * and quotes are only separators; every word must match, in any field.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory(require("./search-pipeline.js"));
  } else {
    root.ArchiveSearch = factory(root.ArchivePipeline);
  }
})(typeof self !== "undefined" ? self : this, function (pipeline) {
  "use strict";

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
  var APOSTROPHES_RE = /['’‘ʼ]/g;
  var EDGE_RE = /^’+|’+$/g;
  var ELIDED_RE = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)’x$/;

  function written(token) {
    return token.replace(APOSTROPHES_RE, "’").replace(EDGE_RE, "");
  }

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
      return slot.some(function (term) { return Object.prototype.hasOwnProperty.call(matched, term); });
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

  // The searcher of one loaded index: { index: lunr.Index, limits: {...} }, with the
  // table of other names (index.json "aliases"; none when absent).
  function Searcher(index, limits, aliases) {
    this.index = index;
    this.limits = limits;
    this.aliases = aliasTable(aliases);
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
    [pipeline.prefixTerm(word), folded].forEach(function (prefix) {
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
      if (position !== last) return analysed[position] ? [analysed[position]] : null;
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

  // [{ref, score, terms}] of the documents matching every word, best first;
  // terms: the index terms each result matched (for highlighting).
  Searcher.prototype.search = function (text) {
    var words = this.parse(text);
    if (!words.length) return [];
    var results = this.index.query(function (query) {
      words.forEach(function (word) {
        word.terms.forEach(function (term) {
          query.term(term, { usePipeline: false });
        });
      });
    });
    return results.filter(function (result) {
      var matched = result.matchData.metadata;
      return words.every(function (word) { return wordMatches(word, matched); });
    }).map(function (result) {
      return { ref: result.ref, score: result.score, terms: Object.keys(result.matchData.metadata) };
    });
  };

  // The results of several shards as one list: best score first, then by ref
  // (query.py's search_shards sorts the same way).
  function merge(lists) {
    return [].concat.apply([], lists).sort(function (a, b) {
      return b.score - a.score || Number(a.ref) - Number(b.ref);
    });
  }

  // Cut text into [{text, mark}] segments, marking the words whose index term is in terms.
  function highlight(text, terms) {
    var wanted = new Set(terms), segments = [], last = 0, match;
    var tokenRe = new RegExp(pipeline.TOKEN_RE.source, "gu");
    while ((match = tokenRe.exec(text)) !== null) {
      var word = match[0].normalize("NFC").toLowerCase();
      var term = pipeline.analyse(word) || pipeline.prefixTerm(word);
      if (!wanted.has(term)) continue;
      if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
      segments.push({ text: match[0], mark: true });
      last = match.index + match[0].length;
    }
    if (last < text.length) segments.push({ text: text.slice(last), mark: false });
    return segments;
  }

  function markedCount(segments) {
    return segments.filter(function (segment) { return segment.mark; }).length;
  }

  // The passage of the paragraphs with most matched words, cut to about `width`
  // characters around the first of them, as highlighted segments.
  function snippet(paragraphs, terms, width) {
    width = width || 220;
    var best = null, bestCount = -1;
    paragraphs.forEach(function (paragraph) {
      var segments = highlight(paragraph, terms), count = markedCount(segments);
      if (count > bestCount) { best = segments; bestCount = count; }
    });
    if (!best) return [];
    return cut(best, width);
  }

  function cut(segments, width) {
    var text = segments.map(function (s) { return s.text; }).join("");
    if (text.length <= width) return segments;
    var offset = 0, firstMark = 0;
    for (var i = 0; i < segments.length; i++) {
      if (segments[i].mark) { firstMark = offset; break; }
      offset += segments[i].text.length;
    }
    var start = Math.max(0, firstMark - Math.floor(width / 3));
    var boundary = text.lastIndexOf(" ", start);
    start = start === 0 ? 0 : boundary + 1;
    var end = Math.min(text.length, start + width);
    var endBoundary = text.indexOf(" ", end);
    end = endBoundary === -1 ? text.length : endBoundary;
    var out = [], position = 0;
    segments.forEach(function (segment) {
      var from = position, to = position + segment.text.length;
      position = to;
      var a = Math.max(from, start), b = Math.min(to, end);
      if (a < b) out.push({ text: segment.text.slice(a - from, b - from), mark: segment.mark });
    });
    if (start > 0) out.unshift({ text: "… ", mark: false });
    if (end < text.length) out.push({ text: " …", mark: false });
    return out;
  }

  return {
    Searcher: Searcher, merge: merge, highlight: highlight, snippet: snippet, expansions: expansions,
  };
});

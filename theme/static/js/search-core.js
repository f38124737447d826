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

  // The searcher of one loaded index: { index: lunr.Index, limits: {...} }.
  function Searcher(index, limits) {
    this.index = index;
    this.limits = limits;
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

  // The words a document must match: [{text, terms}].
  Searcher.prototype.parse = function (text) {
    var words = pipeline.tokenize(this.truncate(text)).slice(0, this.limits.maxWords);
    var typing = this.isTyping(text);
    var parsed = [];
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      if (typing && i === words.length - 1) {
        if (parsed.length && pipeline.isStopWord(word)) continue;
        parsed.push({ text: word, terms: this.completions(word) });
      } else {
        var term = pipeline.analyse(word);
        if (term) parsed.push({ text: word, terms: [term] });
      }
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
      return words.every(function (word) {
        return word.terms.some(function (term) { return Object.prototype.hasOwnProperty.call(matched, term); });
      });
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

  return { Searcher: Searcher, merge: merge, highlight: highlight, snippet: snippet };
});

/*
 * What a reader's query means, in the browser: the twin of
 * plugins/lunr_index/query.py (see there for the rules), plus the choice of a
 * snippet for a result (and of a correction of the archive to show with it).
 * No DOM here: search-page.js draws; Node tests call this.
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

  // Each word of text with where it stands and its index term (or, when the
  // word is too short for one, the term of its prefix).
  function wordsOf(text) {
    var found = [], match;
    var tokenRe = new RegExp(pipeline.TOKEN_RE.source, "gu");
    while ((match = tokenRe.exec(text)) !== null) {
      var word = match[0].normalize("NFC").toLowerCase();
      found.push({ index: match.index, text: match[0], term: pipeline.analyse(word) || pipeline.prefixTerm(word) });
    }
    return found;
  }

  // Cut text into [{text, mark}] segments, marking the words whose index term is in terms.
  function highlight(text, terms) {
    var wanted = new Set(terms), segments = [], last = 0;
    wordsOf(text).forEach(function (word) {
      if (!wanted.has(word.term)) return;
      if (word.index > last) segments.push({ text: text.slice(last, word.index), mark: false });
      segments.push({ text: word.text, mark: true });
      last = word.index + word.text.length;
    });
    if (last < text.length) segments.push({ text: text.slice(last), mark: false });
    return segments;
  }

  // The matched terms a text holds (each counted once).
  function termsIn(text, terms) {
    var wanted = new Set(terms), found = new Set();
    wordsOf(text).forEach(function (word) { if (wanted.has(word.term)) found.add(word.term); });
    return found;
  }

  function markedCount(segments) {
    return segments.filter(function (segment) { return segment.mark; }).length;
  }

  function bestParagraph(paragraphs, terms) {
    var best = -1, bestCount = -1;
    paragraphs.forEach(function (paragraph, position) {
      var count = markedCount(highlight(paragraph, terms));
      if (count > bestCount) { best = position; bestCount = count; }
    });
    return best;
  }

  // The passage of the paragraphs with most matched words, cut to about `width`
  // characters around the first of them, as highlighted segments.
  function snippet(paragraphs, terms, width) {
    var best = bestParagraph(paragraphs, terms);
    if (best === -1) return [];
    return cut(highlight(paragraphs[best], terms), width || 220);
  }

  // The paragraph of a correction as segments, the source's wording flagged
  // `source` (and matched words still marked); the whole paragraph unflagged
  // when the correction no longer points at its wording.
  function correctedPassage(paragraph, correction, terms) {
    var start = correction.start, end = start + correction.sourceSays.length;
    if (paragraph.slice(start, end) !== correction.sourceSays) return highlight(paragraph, terms);
    var wording = highlight(correction.sourceSays, terms).map(function (segment) {
      return { text: segment.text, mark: segment.mark, source: true };
    });
    return highlight(paragraph.slice(0, start), terms).concat(wording, highlight(paragraph.slice(end), terms));
  }

  // « Correction de l’archive : lire « X » (la source écrit « Y »). », the right form highlighted.
  function correctionLine(correction, terms) {
    return [{ text: "Correction de l\u2019archive\u00a0: lire «\u00a0", mark: false }]
      .concat(highlight(correction.shouldRead, terms))
      .concat([{ text: "\u00a0» (la source \u00e9crit «\u00a0" + correction.sourceSays + "\u00a0»).", mark: false }]);
  }

  // The snippet of an article from its text file ({paragraphs, corrections}):
  // {segments, correction}. The paragraph with most matched words, as `snippet`
  // chooses it, unless a correction (its right form and its paragraph) holds more
  // of the matched terms than that paragraph: a word found only in the archive's
  // correction then shows the passage it corrects, the source's wording flagged,
  // and `correction` holds the line that says what to read (else it is null).
  function articleSnippet(text, terms, width) {
    width = width || 220;
    var paragraphs = text.paragraphs, corrections = text.corrections || [];
    var best = bestParagraph(paragraphs, terms);
    var covered = best === -1 ? 0 : termsIn(paragraphs[best], terms).size;
    var chosen = null;
    corrections.forEach(function (correction) {
      var found = termsIn(correction.shouldRead, terms);
      if (correction.paragraph !== null) {
        termsIn(paragraphs[correction.paragraph], terms).forEach(function (term) { found.add(term); });
      }
      if (found.size > covered) { chosen = correction; covered = found.size; }
    });
    var plain = best === -1 ? [] : highlight(paragraphs[best], terms);
    if (!chosen) return { segments: cut(plain, width), correction: null };
    // A correction whose passage was not found in the text keeps the best paragraph.
    var passage = chosen.paragraph === null ? plain : correctedPassage(paragraphs[chosen.paragraph], chosen, terms);
    return { segments: cut(passage, width), correction: correctionLine(chosen, terms) };
  }

  // The segments cut to about `width` characters around the source's wording of a
  // correction, or else the first matched word.
  function cut(segments, width) {
    var text = segments.map(function (s) { return s.text; }).join("");
    if (text.length <= width) return segments;
    var focus = segments.some(function (s) { return s.source; })
      ? function (s) { return s.source; } : function (s) { return s.mark; };
    var offset = 0, firstMark = 0;
    for (var i = 0; i < segments.length; i++) {
      if (focus(segments[i])) { firstMark = offset; break; }
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
      if (a < b) {
        var piece = { text: segment.text.slice(a - from, b - from), mark: segment.mark };
        if (segment.source) piece.source = true;
        out.push(piece);
      }
    });
    if (start > 0) out.unshift({ text: "… ", mark: false });
    if (end < text.length) out.push({ text: " …", mark: false });
    return out;
  }

  return {
    Searcher: Searcher, merge: merge, highlight: highlight, snippet: snippet, articleSnippet: articleSnippet,
  };
});

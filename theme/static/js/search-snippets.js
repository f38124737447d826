/*
 * The snippet of a result: the passage of an article (or a page's summary) with the
 * searched words marked, and the archive's correction of it when a correction holds
 * them. No DOM here: search-page.js draws; Node tests call this.
 */
import * as pipeline from "./search-pipeline.js";

// About how many characters of a passage a result shows.
var SNIPPET_WIDTH = 220;

// Each word of text with where it stands and its index term (or, when the
// word is too short for one, the term of its prefix).
function wordsOf(text) {
  var found = [], match;
  var tokenRe = new RegExp(pipeline.TOKEN_RE.source, "gu");
  while ((match = tokenRe.exec(text)) !== null) {
    var word = match[0].normalize("NFC").toLowerCase(), term = pipeline.analyse(word);
    // indexed: false for a stop word, which has no position in the index
    found.push({ index: match.index, text: match[0], term: term || pipeline.prefixTerm(word), plain: pipeline.plainTerm(word), indexed: Boolean(term) });
  }
  return found;
}

// The matched term of a word (stem, or unstemmed form), or null.
function matchedTerm(word, wanted) {
  if (wanted.has(word.term)) return word.term;
  return word.plain !== null && wanted.has(word.plain) ? word.plain : null;
}

// Cut text into [{text, mark}] segments, marking the words whose index term is in terms.
function highlight(text, terms) {
  var wanted = new Set(terms), segments = [], last = 0;
  wordsOf(text).forEach(function (word) {
    if (matchedTerm(word, wanted) === null) return;
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
  wordsOf(text).forEach(function (word) {
    var term = matchedTerm(word, wanted);
    if (term !== null) found.add(term);
  });
  return found;
}

function markedCount(segments) {
  return segments.filter(function (segment) { return segment.mark; }).length;
}

// How many matched words follow another matched word (stop words between them aside,
// as the index counts positions): a phrase of the query in the text.
function adjacentMarks(text, terms) {
  var wanted = new Set(terms), pairs = 0, previous = false;
  wordsOf(text).forEach(function (word) {
    if (!word.indexed) return;
    var marked = matchedTerm(word, wanted) !== null;
    if (marked && previous) pairs += 1;
    previous = marked;
  });
  return pairs;
}

// The paragraph where matched words stand together most often, then with most
// matched words: for "alliance défensive", the passage with the phrase.
function bestParagraph(paragraphs, terms) {
  var best = -1, bestPairs = -1, bestCount = -1;
  paragraphs.forEach(function (paragraph, position) {
    var pairs = adjacentMarks(paragraph, terms), count = markedCount(highlight(paragraph, terms));
    if (pairs > bestPairs || (pairs === bestPairs && count > bestCount)) {
      best = position; bestPairs = pairs; bestCount = count;
    }
  });
  return best;
}

// The passage of the paragraphs where matched words stand together (then with most
// of them), cut to about `width` characters around the first of them, as highlighted
// segments.
function snippet(paragraphs, terms, width) {
  var best = bestParagraph(paragraphs, terms);
  if (best === -1) return [];
  return cut(highlight(paragraphs[best], terms), width || SNIPPET_WIDTH);
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
  width = width || SNIPPET_WIDTH;
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

export { highlight, snippet, articleSnippet };

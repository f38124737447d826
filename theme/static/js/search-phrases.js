/*
 * Word order in the browser: the twin of plugins/lunr_index/phrases.py (see there
 * for the rules). Quotes cut a query into phrases; positions tell whether a
 * document's words stand next to each other, near each other, or apart.
 */

var QUOTES = "\"\u201c\u201d\u00ab\u00bb";

function splitQuotes(text) {
  var pieces = [], current = "";
  Array.from(text).forEach(function (char) {
    if (QUOTES.indexOf(char) !== -1) { pieces.push(current); current = ""; } else current += char;
  });
  pieces.push(current);
  return pieces;
}

// Sorted positions, in one field, of any of a word's terms; lookup(term, field) gives
// one term's positions in the document (or nothing).
function positionsOf(word, lookup, field) {
  // One term: its positions are already sorted and distinct.
  if (word.terms.length === 1) return lookup(word.terms[0], field) || [];
  var found = new Set();
  word.terms.forEach(function (term) {
    (lookup(term, field) || []).forEach(function (position) { found.add(position); });
  });
  return Array.from(found).sort(function (a, b) { return a - b; });
}

function inOrder(positions) {
  var rest = positions.slice(1).map(function (list) { return new Set(list); });
  return positions[0].some(function (start) {
    return rest.every(function (later, n) { return later.has(start + n + 1); });
  });
}

// The narrowest stretch of positions holding one position of every word.
function smallestSpan(positions) {
  var merged = [];
  positions.forEach(function (list, word) {
    list.forEach(function (position) { merged.push([position, word]); });
  });
  merged.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
  var counts = positions.map(function () { return 0; });
  var missing = positions.length, best = -1, start = 0;
  merged.forEach(function (entry) {
    counts[entry[1]] += 1;
    if (counts[entry[1]] === 1) missing -= 1;
    while (missing === 0) {
      var first = merged[start], span = entry[0] - first[0];
      if (best === -1 || span < best) best = span;
      counts[first[1]] -= 1;
      if (counts[first[1]] === 0) missing += 1;
      start += 1;
    }
  });
  return best;
}

// The tier of word order (ranking: the manifest's, spec.py): tiers.adjacent, the words
// next to each other in the order typed, in one field; tiers.near, at most
// ranking.nearGap terms apart per word in one field; tiers.apart, scattered (or one
// word). phrases.py's proximity.
function proximity(words, lookup, fields, ranking) {
  var tiers = ranking.tiers;
  if (words.length < 2) return tiers.apart;
  var best = tiers.apart;
  for (var i = 0; i < fields.length; i++) {
    var positions = words.map(function (word) { return positionsOf(word, lookup, fields[i]); });
    if (!positions.every(function (list) { return list.length; })) continue;
    if (inOrder(positions)) return tiers.adjacent;
    if (smallestSpan(positions) <= ranking.nearGap * (words.length - 1)) best = tiers.near;
  }
  return best;
}

export { QUOTES, splitQuotes, proximity, smallestSpan };

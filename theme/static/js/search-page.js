/*
 * The search page (recherche.html): loads the manifest, then as the reader types
 * the term files each query needs (search-terms.js), searches, keeps the query and
 * filters in the URL (?q=&personne=&sujet=&annee=), and draws the results; an
 * article's card comes with its text, fetched when it is on screen. Text from the
 * archive is only ever set with textContent, never parsed as HTML.
 *
 * The page's one entry point (<script type="module">): it imports the other modules;
 * lunr.js and lunr-languages are classic scripts before it (global `lunr`).
 */
import * as ArchivePipeline from "./search-pipeline.js";
import * as ArchiveSearch from "./search-core.js";
import { TermStore } from "./search-terms.js";


var SNIPPET_DELAY = 300; // ms without a new search before snippets are fetched
var FILTERS = [
  { param: "personne", id: "filter-person", card: "people" },
  { param: "sujet", id: "filter-topic", card: "topics" },
  { param: "annee", id: "filter-year", card: "year" },
];

var form = document.getElementById("search-form");
var input = document.getElementById("search-input");
var status = document.getElementById("search-status");
var list = document.getElementById("search-results");
var more = document.getElementById("search-more");
var reset = document.getElementById("filter-reset");
var root = form.getAttribute("data-root");
var textsUrl = form.getAttribute("data-texts");
var cardsUrl = form.getAttribute("data-cards");

// The manifest, the term files loaded so far, the searcher of their index (rebuilt
// when a file arrives), the facets (fetched when a filter is set), and each
// article's card and paragraphs (fetched when it is on screen).
var manifest = null, store = null, searcher = null, searcherIndex = null;
var facets = null, facetsIn = false;
var results = [], shown = 0, texts = new Map(), cards = new Map(), runs = 0;
// Whether the current history entry is a search the reader committed to (opened
// from a link, Enter, a filter, Back): the next change then gets an entry of its own.
var committed = Boolean(location.search);

function setStatus(message) { status.textContent = message; }

function filterValues() {
  var values = {};
  FILTERS.forEach(function (filter) { values[filter.param] = document.getElementById(filter.id).value; });
  return values;
}

function stateFromUrl() {
  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  FILTERS.forEach(function (filter) {
    var select = document.getElementById(filter.id), value = params.get(filter.param) || "";
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    select.value = known ? value : "";
  });
}

function urlOfState() {
  var params = new URLSearchParams();
  if (input.value) params.set("q", input.value);
  var values = filterValues();
  FILTERS.forEach(function (filter) { if (values[filter.param]) params.set(filter.param, values[filter.param]); });
  var query = params.toString();
  return query ? "?" + query : "";
}

// Keystrokes of one search share a history entry (replaceState); a new search after
// a committed one, or a filter change, adds an entry (pushState). So Back returns to
// the previous search, not to each letter typed.
function saveState(commit, forceEntry) {
  var search = urlOfState();
  if (search !== location.search) {
    var url = location.pathname + search;
    if (committed || forceEntry) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }
  committed = commit;
}

function passesFilters(card, values) {
  return FILTERS.every(function (filter) {
    var wanted = values[filter.param];
    if (!wanted) return true;
    var value = card[filter.card];
    if (Array.isArray(value)) return value.indexOf(wanted) !== -1;
    return String(value) === wanted;
  });
}

function anyFilter(values) {
  return FILTERS.some(function (filter) { return values[filter.param]; });
}

function describeFilters(values) {
  var parts = [];
  FILTERS.forEach(function (filter) {
    if (!values[filter.param]) return;
    var select = document.getElementById(filter.id);
    parts.push(select.options[select.selectedIndex].textContent);
  });
  return parts.length ? " (filtres : " + parts.join(", ") + ")" : "";
}

function plural(count, singular, pluralForm) {
  return count + " " + (count > 1 ? pluralForm || singular + "s" : singular);
}

function currentSearcher() {
  var index = store.index();
  if (index !== searcherIndex) {
    searcher = store.searcher(ArchiveSearch.Searcher);
    searcherIndex = index;
  }
  return searcher;
}

// Year, people and topics of every article: fetched once, when a filter is first set.
function loadFacets() {
  if (!facets) {
    facets = fetchJson(indexBase + "facettes.json");
    facets.then(function () { facetsIn = true; }, function () { facets = null; });
  }
  return facets;
}

// Fetch what the query needs (its term files; the facets if a filter is set), then
// search; a newer keystroke supersedes an older one still waiting.
function run() {
  if (!store) return;
  var text = input.value, filtering = anyFilter(filterValues());
  var ticket = ++runs, started = performance.now();
  var keys = currentSearcher().termKeys(text);
  if (!store.has(keys) || (filtering && !facetsIn)) setStatus("Recherche en cours…");
  Promise.all([store.load(keys), filtering ? loadFacets() : null]).then(function (loaded) {
    if (ticket === runs) show(text, loaded[1], started);
  }).catch(function (error) {
    if (ticket === runs) unavailable(error);
  });
}

// started: when run() began, for the User Timing entries make bench reads
// ("archive-recherche": until the results are on screen, files and cards fetched;
// "archive-calcul": the search itself, once its files are in; "archive-premier-resultat":
// the first time a result is on screen).
function show(text, articleFacets, started) {
  var computing = performance.now();
  var values = filterValues(), filtering = anyFilter(values), searcher = currentSearcher();
  var words = searcher.parse(text);
  if (!words.length && !filtering) {
    results = [];
    draw();
    var tokens = ArchivePipeline.tokenize(text), message = "";
    if (tokens.length && tokens.every(ArchivePipeline.isStopWord) && !searcher.isTyping(text)) {
      message = "« " + text.trim() + " » : des mots trop courants pour être cherchés ; ajoutez un mot plus précis.";
    } else if (tokens.length) {
      message = "Tapez au moins trois lettres d’un mot.";
    } else if (text.trim()) {
      message = "« " + text.trim() + " » ne contient aucun mot à chercher.";
    }
    setStatus(message);
    return;
  }
  if (words.length) {
    results = searcher.search(text).map(function (hit) {
      return { ref: hit.ref, terms: hit.terms, expansions: ArchiveSearch.expansions(words, hit.terms) };
    });
  } else {
    // Filters alone: every article they keep, newest first (as the archive lists them).
    results = Object.keys(articleFacets).sort(function (a, b) { return a - b; }).map(function (ref) {
      return { ref: ref, terms: [] };
    });
  }
  if (filtering) {
    // Filters are about articles: person and topic pages leave the list.
    results = results.filter(function (hit) {
      var facet = articleFacets[hit.ref];
      return facet !== undefined && passesFilters(facet, values);
    });
  }
  var subject = words.length ? " pour « " + text.trim() + " »" : "";
  if (performance.measure) {
    performance.measure("archive-calcul", { start: computing, end: performance.now() });
  }
  draw().then(function () { timeSearch(started); });
  if (results.length) {
    setStatus(plural(results.length, "résultat") + subject + describeFilters(values) + ".");
  } else {
    setStatus("Aucun résultat" + subject + describeFilters(values) +
      ". Essayez un autre mot, moins de mots" + (filtering ? " ou moins de filtres." : "."));
  }
}

var firstResultShown = false;
function timeSearch(started) {
  if (!performance.measure) return;
  performance.measure("archive-recherche", { start: started, end: performance.now() });
  if (results.length && !firstResultShown) {
    firstResultShown = true;
    performance.mark("archive-premier-resultat");
  }
}

var snippetsDue = [], snippetTimer = null;
function fillSnippets() {
  var due = snippetsDue;
  snippetsDue = [];
  due.forEach(function (fill) { fill(); });
}

function draw() {
  clearTimeout(snippetTimer);
  snippetsDue = [];
  list.textContent = "";
  shown = 0;
  return showMore();
}

// Append the next page of results once their cards are in (articles' cards come
// with their texts); resolves when they are on screen.
function showMore() {
  var drawn = results, end = Math.min(results.length, shown + manifest.display.pageSize);
  var page = results.slice(shown, end);
  shown = end;
  more.hidden = shown >= results.length;
  list.setAttribute("aria-busy", "true");
  return Promise.all(page.map(function (hit) { return cardOf(hit.ref); })).then(function (cards) {
    if (drawn !== results) return; // another search was drawn meanwhile
    page.forEach(function (hit, n) { list.appendChild(resultItem(hit, cards[n])); });
    list.removeAttribute("aria-busy");
  }, function (error) {
    if (drawn === results) unavailable(error);
  });
}

// A result's card: person and topic pages' are in the manifest, an article's in a
// small file of its own, fetched once.
function cardOf(ref) {
  var pages = manifest.pages;
  if (Object.hasOwn(pages, ref)) return Promise.resolve(pages[ref]);
  return once(cards, ref, cardsUrl);
}

function once(cache, ref, base) {
  if (!cache.has(ref)) {
    var data = fetchJson(base + encodeURIComponent(ref) + ".json");
    data.catch(function () { cache.delete(ref); });
    cache.set(ref, data);
  }
  return cache.get(ref);
}

function element(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function fillSnippet(target, segments) {
  target.textContent = "";
  segments.forEach(function (segment) {
    var node = segment.mark ? element("mark", null, segment.text) : document.createTextNode(segment.text);
    if (segment.source) {
      // The source's wording that a correction of the archive is about, struck
      // through as the corrections page shows it.
      var wording = element("del", "source-says");
      wording.appendChild(node);
      node = wording;
    }
    target.appendChild(node);
  });
}

function resultItem(hit, card) {
  var item = element("li", "result result-" + card.kind);
  var heading = element("h2", "result-title");
  var link = element("a", null, card.title);
  link.href = root + card.url;
  heading.appendChild(link);
  item.appendChild(heading);
  var meta = element("p", "meta");
  meta.appendChild(element("span", "result-kind", manifest.display.kindLabels[card.kind] || card.kind));
  if (card.kind === "article") {
    meta.appendChild(document.createTextNode(" · "));
    if (card.date) {
      var time = element("time", null, card.dateLabel);
      time.setAttribute("datetime", card.date);
      meta.appendChild(time);
      if (card.dateApproximate) meta.appendChild(element("span", "approx", " (date approximative)"));
    } else {
      meta.appendChild(element("span", "date-unknown", manifest.display.unknownDateLabel));
    }
    meta.appendChild(document.createTextNode(" · "));
    meta.appendChild(element("span", "result-source", card.source || "source non précisée"));
  } else {
    meta.appendChild(document.createTextNode(" · " + plural(card.count, "article")));
  }
  item.appendChild(meta);
  if (hit.expansions && hit.expansions.length) item.appendChild(otherNames(hit.expansions));
  var snippet = element("p", "result-snippet");
  item.appendChild(snippet);
  if (card.summary) {
    fillSnippet(snippet, ArchiveSearch.snippet([card.summary], hit.terms));
  } else {
    snippetsDue.push(function () {
      loadText(hit.ref).then(function (text) {
        var chosen = ArchiveSearch.articleSnippet(text, hit.terms);
        fillSnippet(snippet, chosen.segments);
        if (chosen.correction) {
          var line = element("p", "result-correction");
          fillSnippet(line, chosen.correction);
          item.appendChild(line);
        }
      }, function () {
        snippet.textContent = "";
      });
    });
    clearTimeout(snippetTimer);
    snippetTimer = setTimeout(fillSnippets, SNIPPET_DELAY);
  }
  return item;
}

// Why a result matched words the reader did not write: "Autre nom : Kyiv → Kiev".
function otherNames(expansions) {
  var count = 0;
  var parts = expansions.map(function (expansion) {
    count += expansion.forms.length;
    return expansion.word + " → " + expansion.forms.join(", ");
  });
  return element("p", "meta result-aliases", (count > 1 ? "Autres noms : " : "Autre nom : ") + parts.join(" ; "));
}

// The paragraphs and corrections of one article, fetched once, when it is on screen
// and the reader has stopped typing (SNIPPET_DELAY after the results were drawn): the
// results of each keystroke do not each fetch ten articles.
function loadText(ref) {
  return once(texts, ref, textsUrl);
}

var pending = null;
function scheduleRun() {
  clearTimeout(pending);
  pending = setTimeout(function () { saveState(false); run(); }, 80);
}

function links() { return Array.prototype.slice.call(list.querySelectorAll(".result-title a")); }

input.addEventListener("input", scheduleRun);
input.addEventListener("keydown", function (event) {
  if (event.key === "ArrowDown" && links().length) {
    event.preventDefault();
    links()[0].focus();
  } else if (event.key === "Escape" && input.value) {
    event.preventDefault();
    input.value = "";
    saveState(true);
    run();
  }
});
list.addEventListener("keydown", function (event) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  var all = links(), position = all.indexOf(document.activeElement);
  if (position === -1) return;
  event.preventDefault();
  if (event.key === "ArrowDown" && position + 1 < all.length) all[position + 1].focus();
  else if (event.key === "ArrowUp") (position ? all[position - 1] : input).focus();
});
form.addEventListener("submit", function (event) {
  event.preventDefault();
  clearTimeout(pending);
  saveState(true);
  run();
});
FILTERS.forEach(function (filter) {
  document.getElementById(filter.id).addEventListener("change", function () { saveState(true, true); run(); });
});
reset.addEventListener("click", function () {
  FILTERS.forEach(function (filter) { document.getElementById(filter.id).value = ""; });
  saveState(true, true);
  run();
});
more.addEventListener("click", function () {
  var first = shown;
  showMore().then(function () {
    var all = links();
    if (all[first]) all[first].focus();
  });
});
window.addEventListener("popstate", function () {
  committed = true;
  stateFromUrl();
  if (anyFilter(filterValues())) document.getElementById("filters-panel").open = true;
  run();
});

function fetchJson(url) {
  return fetch(url).then(function (response) {
    if (!response.ok) throw new Error(url + " : " + response.status);
    return response.json();
  });
}

// The manifest (stop words, limits, fields, where each term file is, the cards of
// person and topic pages); then each query fetches what it needs.
function start(data) {
  // The page was rendered with the format of its build's index (spec.py FORMAT): another
  // one is a stale cached manifest, whose layout this script may not read.
  if (data.format !== Number(form.getAttribute("data-format"))) {
    throw new Error("format d’index inconnu " + data.format);
  }
  ArchivePipeline.register(globalThis.lunr, data.stopWords, data.pipelineLabels);
  manifest = data;
  store = new TermStore(data, indexBase, fetchJson, globalThis.lunr);
  run();
}

stateFromUrl();
// On a narrow screen the filters would push the results below the fold: fold them
// unless one is set.
if (window.matchMedia("(max-width: 40rem)").matches && !anyFilter(filterValues())) {
  document.getElementById("filters-panel").open = false;
}

var indexUrl = form.getAttribute("data-index");
var indexBase = indexUrl.slice(0, indexUrl.lastIndexOf("/") + 1);
// Opened from disk (where a browser may still run modules): search-local.js has said
// why search cannot run here.
if (location.protocol !== "file:") {
  setStatus("Chargement de l’index de recherche…");
  try {
    if (!globalThis.lunr || !globalThis.lunr.fr) throw new Error("lunr.js n’est pas chargé");
    fetchJson(indexUrl).then(start).catch(unavailable);
  } catch (error) {
    unavailable(error);
  }
}

function unavailable(error) {
  setStatus("La recherche est indisponible (" + error.message + "). Parcourez les articles depuis l’accueil.");
}

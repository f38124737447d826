/*
 * The search page (recherche.html): loads the index, searches as the reader
 * types, keeps the query and filters in the URL (?q=&personne=&sujet=&annee=),
 * and draws the results. Text from the archive is only ever set with
 * textContent, never parsed as HTML.
 */
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var FILTERS = [
    { param: "personne", id: "filter-person", card: "people" },
    { param: "sujet", id: "filter-topic", card: "topics" },
    { param: "annee", id: "filter-year", card: "year" },
  ];
  var KIND_LABELS = { article: "Article", personne: "Personne", sujet: "Sujet" };

  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var reset = document.getElementById("filter-reset");
  var root = form.getAttribute("data-root");
  var textsUrl = form.getAttribute("data-texts");

  // One searcher per shard of the index, in the order the shards arrive.
  var searchers = [], shardCount = 0, documents = {}, results = [], shown = 0, texts = new Map();
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

  function run() {
    if (!searchers.length) return;
    var text = input.value, values = filterValues(), filtering = anyFilter(values);
    var words = searchers[0].parse(text);
    if (!words.length && !filtering) {
      results = [];
      draw();
      var tokens = ArchivePipeline.tokenize(text), message = "";
      if (tokens.length && tokens.every(ArchivePipeline.isStopWord) && !searchers[0].isTyping(text)) {
        message = "« " + text.trim() + " » : des mots trop courants pour être cherchés ; ajoutez un mot plus précis.";
      } else if (tokens.length) {
        message = "Tapez au moins deux lettres d’un mot.";
      } else if (text.trim()) {
        message = "« " + text.trim() + " » ne contient aucun mot à chercher.";
      }
      setStatus(message);
      return;
    }
    if (words.length) {
      var lists = searchers.map(function (searcher) {
        // Each shard completes the word being typed from its own terms.
        var parsed = searcher.parse(text);
        return searcher.search(text).map(function (hit) {
          hit.expansions = ArchiveSearch.expansions(parsed, hit.terms);
          return hit;
        });
      });
      results = ArchiveSearch.merge(lists).map(function (hit) {
        return { card: documents[hit.ref], ref: hit.ref, terms: hit.terms, expansions: hit.expansions };
      });
    } else {
      // Filters alone: every article they keep, newest first (as the archive lists them).
      results = Object.keys(documents).sort(function (a, b) { return a - b; }).map(function (ref) {
        return { card: documents[ref], ref: ref, terms: [] };
      }).filter(function (hit) { return hit.card.kind === "article"; });
    }
    if (filtering) {
      // Filters are about articles: person and topic pages leave the list.
      results = results.filter(function (hit) {
        return hit.card.kind === "article" && passesFilters(hit.card, values);
      });
    }
    draw();
    var subject = words.length ? " pour « " + text.trim() + " »" : "";
    var loading = searchers.length < shardCount ? " Recherche en cours dans le reste de l’archive…" : "";
    if (results.length) {
      setStatus(plural(results.length, "résultat") + subject + describeFilters(values) + "." + loading);
    } else if (loading) {
      setStatus("Aucun résultat pour l’instant" + subject + describeFilters(values) + "." + loading);
    } else {
      setStatus("Aucun résultat" + subject + describeFilters(values) +
        ". Essayez un autre mot, moins de mots" + (filtering ? " ou moins de filtres." : "."));
    }
  }

  function draw() {
    list.textContent = "";
    shown = 0;
    showMore();
  }

  function showMore() {
    var end = Math.min(results.length, shown + PAGE_SIZE);
    for (var i = shown; i < end; i++) list.appendChild(resultItem(results[i]));
    shown = end;
    more.hidden = shown >= results.length;
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
      target.appendChild(segment.mark ? element("mark", null, segment.text) : document.createTextNode(segment.text));
    });
  }

  function resultItem(hit) {
    var card = hit.card;
    var item = element("li", "result result-" + card.kind);
    var heading = element("h2", "result-title");
    var link = element("a", null, card.title);
    link.href = root + card.url;
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = element("p", "meta");
    meta.appendChild(element("span", "result-kind", KIND_LABELS[card.kind] || card.kind));
    if (card.kind === "article") {
      meta.appendChild(document.createTextNode(" · "));
      if (card.date) {
        var time = element("time", null, card.dateLabel);
        time.setAttribute("datetime", card.date);
        meta.appendChild(time);
        if (card.dateApproximate) meta.appendChild(element("span", "approx", " (date approximative)"));
      } else {
        meta.appendChild(element("span", "date-unknown", "Date inconnue"));
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
      loadText(hit.ref).then(function (paragraphs) {
        fillSnippet(snippet, ArchiveSearch.snippet(paragraphs, hit.terms));
      }, function () {
        snippet.textContent = "";
      });
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

  // The paragraphs of one article, fetched once and only when it is on screen.
  function loadText(ref) {
    if (!texts.has(ref)) {
      texts.set(ref, fetch(textsUrl + encodeURIComponent(ref) + ".json").then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      }).then(function (data) { return data.paragraphs; }));
    }
    return texts.get(ref);
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
    showMore();
    var all = links();
    if (all[first]) all[first].focus();
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

  // The manifest (stop words, limits, shard list), then every shard at once:
  // results show as soon as the first shard is in, and grow as the others arrive.
  function start(manifest) {
    if (manifest.format !== 2) throw new Error("format d’index inconnu " + manifest.format);
    ArchivePipeline.register(lunr, manifest.stopWords);
    shardCount = manifest.shards.length;
    return Promise.all(manifest.shards.map(function (name) {
      return fetchJson(indexBase + name).then(function (shard) {
        searchers.push(new ArchiveSearch.Searcher(lunr.Index.load(shard.index), manifest.limits, manifest.aliases));
        Object.assign(documents, shard.documents);
        run();
      });
    }));
  }

  stateFromUrl();
  // On a narrow screen the filters would push the results below the fold: fold them
  // unless one is set.
  if (window.matchMedia("(max-width: 40rem)").matches && !anyFilter(filterValues())) {
    document.getElementById("filters-panel").open = false;
  }

  var indexUrl = form.getAttribute("data-index");
  var indexBase = indexUrl.slice(0, indexUrl.lastIndexOf("/") + 1);
  setStatus("Chargement de l’index de recherche…");
  try {
    if (typeof lunr === "undefined" || !lunr.fr) throw new Error("lunr.js n’est pas chargé");
    fetchJson(indexUrl).then(start).catch(unavailable);
  } catch (error) {
    unavailable(error);
  }

  function unavailable(error) {
    setStatus("La recherche est indisponible (" + error.message + "). Parcourez les articles depuis l’accueil.");
  }
})();

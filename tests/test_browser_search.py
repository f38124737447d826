"""The search page (recherche.html) as a reader uses it, in headless Chromium.

Queries are typed key by key, as a reader types them, against the five-seed archive served
under a sub-path, as GitHub Pages serves it. Expected results come from the built index (the
result cards of recherche/index.json and recherche/textes/*.json), never from
guesses. Every test ends with no console error and no request leaving the site.
"""

from __future__ import annotations

import json
import shutil
import unicodedata
from urllib.parse import quote, urljoin

import pytest
from conftest import FIXTURES, ROOT, SEEDS, build_site, search_cards, serve
from screenshots import page_picture_problems
from seed_reader.notes import load_notes

pytestmark = pytest.mark.browser

WIDTHS = [375, 1280]
LOADING = "Chargement de l’index de recherche…"
FETCHING = "Recherche en cours…"

# The debounced search has run for what the form holds: the term files it needs are
# loaded, and the query and filters are in the URL (saveState and run share one task).
SETTLED = """() => {
  const status = document.getElementById('search-status').textContent;
  if (status === LOADING || status === FETCHING) return false;
  // The cards of the results on screen are in (articles' come with their texts).
  if (document.getElementById('search-results').hasAttribute('aria-busy')) return false;
  const params = new URLSearchParams(location.search);
  const fields = [['q', 'search-input'], ['personne', 'filter-person'],
                  ['sujet', 'filter-topic'], ['annee', 'filter-year']];
  const value = id => document.getElementById(id).value;
  return fields.every(([name, id]) => (params.get(name) || '') === value(id));
}""".replace("LOADING", json.dumps(LOADING)).replace("FETCHING", json.dumps(FETCHING))

NOT_BUSY = "() => !document.getElementById('search-results').hasAttribute('aria-busy')"

# Article snippets arrive after a per-article fetch; person and topic ones at once.
SNIPPETS_LOADED = """() => Array.from(document.querySelectorAll('#search-results .result-snippet'))
  .every(p => p.textContent.trim() !== '')"""


# --- helpers ----------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case without accents, as the reader's 'with or without accents' means it."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def wait_settled(page) -> None:
    page.wait_for_function(SETTLED)
    page.wait_for_function(SNIPPETS_LOADED)


def open_search(page, site_url: str, query: str = "") -> None:
    """Open recherche.html (with an optional ?query) and wait for its first results."""
    page.goto(site_url + "recherche.html" + query)
    wait_settled(page)


def search(page, text: str, delay: int = 30) -> None:
    """Clear the search box, type text key by key (no Enter) and wait for the results."""
    box = page.locator("#search-input")
    if box.input_value():
        box.fill("")
        wait_settled(page)  # the empty query is in the URL: the next one will differ
    box.press_sequentially(text, delay=delay)
    wait_settled(page)


def choose(page, select_id: str, value: str) -> None:
    """Pick a filter as a reader does, unfolding the filters first if they are folded."""
    if not page.locator("#filters-panel").evaluate("panel => panel.open"):
        page.locator("#filters-panel > summary").click()
    page.locator(f"#{select_id}").select_option(value)
    wait_settled(page)


def status(page) -> str:
    return page.locator("#search-status").text_content()


def show_all(page) -> None:
    """Press "Afficher plus de résultats" until every result is listed."""
    more = page.locator("#search-more")
    while more.is_visible():
        more.click()
        page.wait_for_function(NOT_BUSY)
    page.wait_for_function(SNIPPETS_LOADED)


def results(page) -> list[dict]:
    """The listed results, as the reader sees them (textContent keeps the no-break spaces)."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('#search-results > li.result')).map(li => {
          const link = li.querySelector('h2.result-title > a');
          return {
            kind: li.className.replace('result result-', ''),
            label: li.querySelector('p.meta .result-kind').textContent,
            title: link.textContent,
            href: link.getAttribute('href'),
            url: link.href,
            date: li.querySelector('p.meta time') && li.querySelector('p.meta time').dateTime,
            snippet: li.querySelector('p.result-snippet').textContent,
            marks: Array.from(li.querySelectorAll('p.result-snippet mark'), m => m.textContent),
          };
        })"""
    )


def result_titles(page) -> list[str]:
    return [result["title"] for result in results(page)]


def article_titles(page) -> list[str]:
    return [result["title"] for result in results(page) if result["kind"] == "article"]


def wait_for_url(page, url: str) -> None:
    """Wait until the page is at exactly url (a plain string, not a glob)."""
    page.wait_for_url(lambda current: current == url)


def focused(page) -> str:
    """What has the focus: the search box, or the text of the focused link."""
    return page.evaluate(
        "document.activeElement.id === 'search-input' ? '#search-input'"
        " : document.activeElement.textContent"
    )


def assert_clean(page) -> None:
    assert page.console_errors == [], f"console errors: {page.console_errors}"
    assert page.external_requests == [], f"requests leaving the site: {page.external_requests}"


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cards(site) -> list[dict]:
    """The result cards of the built index, by ref (articles first, newest first)."""
    return search_cards(site)


@pytest.fixture(scope="module")
def articles(cards) -> list[dict]:
    return [card for card in cards if card["kind"] == "article"]


def titles_of(cards: list[dict], **wanted) -> list[str]:
    """Titles of the article cards with every wanted value (people/topics hold, year equals)."""

    def keeps(card, key, value):
        held = card[key]
        return value in held if isinstance(held, list) else held == value

    return [
        card["title"]
        for card in cards
        if card["kind"] == "article" and all(keeps(card, k, v) for k, v in wanted.items())
    ]


@pytest.fixture(scope="module")
def hostile_site_url(tmp_path_factory):
    """The five seeds plus one whose title and text hold HTML markup, built and served."""
    seeds = tmp_path_factory.mktemp("hostile-seeds")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, seeds / seed.name)
    shutil.copy(FIXTURES / "search" / "hostile.txt", seeds / "hostile.txt")
    output = build_site(tmp_path_factory.mktemp("hostile-site") / "output", seeds=seeds)
    server, url = serve(output)
    yield url
    server.shutdown()
    server.server_close()


# --- what a query finds -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "plain", "must_find"),
    [
        ("nucléaire", "nucleaire", ["Dissuasion et menace nucléaires"]),
        ("Choïgou", "Choigou", ["Sergueï Choïgou"]),
        ("l'OTAN", "OTAN", ["Sommets et réunions de l’OTAN", "Jens Stoltenberg"]),
        ("l’OTAN", "otan", ["Sommets et réunions de l’OTAN", "Jens Stoltenberg"]),
        (
            "armes chimiques",
            "arme chimique",
            [
                "Armes chimiques et biologiques",
                "L’Otan craint que la Russie ne mène une opération clandestine, sous faux drapeau",
            ],
        ),
    ],
)
def test_accents_elision_and_plurals_do_not_change_what_is_found(
    page, site_url, articles, typed, plain, must_find
):
    open_search(page, site_url)
    search(page, typed)
    show_all(page)
    first = results(page)
    search(page, plain)
    show_all(page)
    second = results(page)
    assert [r["title"] for r in first] == [r["title"] for r in second], (typed, plain)
    assert status(page).startswith(f"{len(second)} résultat")
    found = [r["title"] for r in second]
    for title in must_find:
        assert title in found, f"{plain!r} does not find {title!r}"
    # Every article whose title has the word is found (the title is indexed).
    word = fold(plain.split()[-1])[:5]
    with_word = [a["title"] for a in articles if word in fold(a["title"])]
    assert set(with_word) <= set(found), (plain, with_word, found)
    assert_clean(page)


def test_choigou_finds_his_article_and_his_person_page(page, site_url, articles):
    open_search(page, site_url)
    search(page, "Choigou")
    expected = titles_of(articles, people="serguei-choigou")
    assert len(expected) == 1
    assert [(r["label"], r["title"]) for r in results(page)] == [
        ("Personne", "Sergueï Choïgou"),
        ("Article", expected[0]),
    ]
    assert_clean(page)


def test_results_appear_while_the_last_word_is_still_being_typed(page, site_url, articles):
    open_search(page, site_url)
    page.locator("#search-input").press_sequentially("Stolten", delay=40)
    wait_settled(page)
    assert page.locator("#search-input").input_value() == "Stolten"  # no Enter pressed
    found = results(page)
    assert found[0]["title"] == "Jens Stoltenberg"
    assert set(article_titles(page)) == set(titles_of(articles, people="jens-stoltenberg"))
    assert status(page) == f"{len(found)} résultats pour « Stolten »."
    assert all("Stoltenberg" in r["marks"] for r in found if r["kind"] == "article")
    assert_clean(page)


@pytest.mark.parametrize(
    ("prefix", "word"), [("nucl", "nucléaire"), ("Choï", "Choïgou"), ("sabot", "sabotage")]
)
def test_a_prefix_finds_at_least_what_the_whole_word_finds(page, site_url, prefix, word):
    open_search(page, site_url)
    search(page, word)
    show_all(page)
    whole = result_titles(page)
    search(page, prefix)
    show_all(page)
    found = results(page)
    assert whole and set(whole) <= {r["title"] for r in found}, (prefix, word)
    for result in found:
        if result["kind"] == "article":
            assert any(fold(m).startswith(fold(prefix)) for m in result["marks"]), result
    assert_clean(page)


def test_a_name_finds_the_person_page_and_the_articles_that_mention_it(page, site_url, articles):
    open_search(page, site_url)
    search(page, "Poutine")
    found = results(page)
    people = [r for r in found if r["kind"] == "personne"]
    assert [(p["label"], p["title"]) for p in people] == [("Personne", "Vladimir Poutine")]
    assert people[0]["url"] == site_url + "personnes/vladimir-poutine.html"
    assert set(article_titles(page)) == set(titles_of(articles, people="vladimir-poutine"))
    page.locator("#search-results a", has_text="Vladimir Poutine").click()
    wait_for_url(page, site_url + "personnes/vladimir-poutine.html")
    assert page.locator("h1").text_content().strip() == "Vladimir Poutine"
    assert_clean(page)


@pytest.mark.parametrize(
    ("query", "stem"),
    [("nucleaire", "nucleair"), ("Poutine", "poutin"), ("Stoltenberg", "stoltenberg")],
)
def test_article_snippets_highlight_the_searched_word(page, site_url, articles, query, stem):
    open_search(page, site_url)
    search(page, query)
    found = [r for r in results(page) if r["kind"] == "article"]
    assert found, query
    dates = {a["title"]: a["date"] for a in articles}
    for result in found:
        assert result["label"] == "Article"
        assert result["date"] == dates[result["title"]]
        assert any(fold(mark).startswith(stem) for mark in result["marks"]), (
            f"{result['title']!r}: no <mark> on {query!r} in {result['snippet']!r}"
        )
    assert_clean(page)


def test_the_right_form_of_a_correction_finds_the_passage_it_corrects(page, site, site_url):
    """A reader who knows the right name (GCHQ) reaches the passage where the source misspelt it."""
    seed = "004_45da432d08c8721d"
    notes = load_notes(ROOT / "content" / "notes" / f"{seed}.yml")
    correction = next(note for note in notes.notes if note.should_read == "GCHQ")
    exported = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    title = next(a["title"] for a in exported if a["seed"] == f"{seed}.txt")
    # No text of the archive says GCHQ: only the correction can find the article.
    texts = [json.loads(path.read_bytes()) for path in site.glob("recherche/textes/*")]
    paragraphs = [paragraph.lower() for text in texts for paragraph in text["paragraphs"]]
    assert texts and not any("gchq" in paragraph for paragraph in paragraphs)
    open_search(page, site_url)
    search(page, correction.should_read)
    [found] = [result for result in results(page) if result["kind"] == "article"]
    assert found["title"] == title
    assert correction.quote in found["snippet"]
    item = page.locator("#search-results > li.result-article")
    assert item.locator(".result-snippet del").all_text_contents() == [correction.source_says]
    line = item.locator("p.result-correction")
    assert line.text_content() == (
        f"Correction de l’archive\u00a0: lire «\u00a0{correction.should_read}\u00a0» "
        f"(la source écrit «\u00a0{correction.source_says}\u00a0»)."
    )
    assert line.locator("mark").all_text_contents() == ["GCHQ"]
    assert_clean(page)


def test_result_links_are_relative_and_work_under_the_sub_path(page, site_url, cards):
    open_search(page, site_url)
    search(page, "Stoltenberg")
    found = results(page)
    assert {r["kind"] for r in found} == {"article", "personne"}
    urls = {card["title"]: card["url"] for card in cards}
    for result in found:
        href = result["href"]
        assert not href.startswith(("/", "http:", "https:")), f"absolute link {href}"
        assert result["url"] == urljoin(site_url, urls[result["title"]])
        response = page.request.get(result["url"])
        assert response.ok, f"{result['url']}: {response.status}"
    assert_clean(page)


def test_a_nonsense_word_finds_nothing(page, site_url):
    open_search(page, site_url)
    search(page, "zorglubovitch")
    assert status(page).startswith("Aucun résultat pour « zorglubovitch »")
    assert page.locator("#search-results > li").count() == 0
    assert page.locator("#search-more").is_hidden()
    assert_clean(page)


def test_more_results_are_shown_ten_at_a_time(page, site_url):
    open_search(page, site_url)
    search(page, "OTAN")
    total = int(status(page).split()[0])
    assert total > 10, "the query must find more than one page of results"
    assert page.locator("#search-results > li").count() == 10
    page.locator("#search-more").click()
    page.wait_for_function(NOT_BUSY)  # the next cards come with their texts
    assert page.locator("#search-results > li").count() == total
    assert page.locator("#search-more").is_hidden()
    eleventh = page.locator("#search-results .result-title a").nth(10).text_content()
    assert focused(page) == eleventh  # the reader carries on from the first new result
    assert_clean(page)


# --- filters ----------------------------------------------------------------------------

FILTERS = [
    ("filter-person", "personne", "jens-stoltenberg", "people", "Jens Stoltenberg"),
    ("filter-topic", "sujet", "dissuasion-nucleaire", "topics", "Dissuasion et menace nucléaires"),
    ("filter-topic", "sujet", "cyber", "topics", "Cyberattaques et cyberdéfense"),
    ("filter-year", "annee", "2024", "year", "2024"),
    ("filter-year", "annee", "2022", "year", "2022"),
]


@pytest.mark.parametrize(("select", "param", "value", "key", "label"), FILTERS)
def test_a_filter_alone_lists_the_articles_it_keeps(
    page, site_url, articles, select, param, value, key, label
):
    open_search(page, site_url)
    choose(page, select, value)
    wanted = value if key != "year" else int(value)
    expected = titles_of(articles, **{key: wanted})
    assert 0 < len(expected) < len(articles), "the filter must keep some articles, not all"
    assert result_titles(page) == expected  # newest first, articles only
    assert status(page) == (
        f"{len(expected)} résultat{'s' if len(expected) > 1 else ''} (filtres : {label})."
    )
    assert f"{param}={value}" in page.url
    assert_clean(page)


@pytest.mark.parametrize(("select", "param", "value", "key", "label"), FILTERS)
def test_a_filter_narrows_a_query_to_its_articles(
    page, site_url, articles, select, param, value, key, label
):
    open_search(page, site_url)
    search(page, "Russie")
    show_all(page)
    unfiltered = results(page)
    assert {r["kind"] for r in unfiltered} > {"article"}, "people or topics are found too"
    choose(page, select, value)
    show_all(page)
    wanted = value if key != "year" else int(value)
    keep = set(titles_of(articles, **{key: wanted}))
    expected = [r["title"] for r in unfiltered if r["kind"] == "article" and r["title"] in keep]
    assert expected, "the filter must keep some of the query's articles"
    assert result_titles(page) == expected
    assert status(page).endswith(f"pour « Russie » (filtres : {label}).")
    assert_clean(page)


def narrowing_person_and_year(articles) -> tuple[str, int]:
    """A person and a year that narrow each other: each filter drops an article the other
    keeps (else one filter alone would give the combination's results), and some are left."""
    people = sorted({slug for card in articles for slug in card["people"]})
    years = sorted({card["year"] for card in articles if card["year"]})
    for person in people:
        for year in years:
            both = set(titles_of(articles, people=person, year=year))
            alone = set(titles_of(articles, people=person)), set(titles_of(articles, year=year))
            if both and all(both < titles for titles in alone):
                return person, year
    pytest.skip("no person and year of this archive narrow each other")


def test_filters_combine_and_reset_brings_back_every_result(page, site_url, cards, articles):
    person, year = narrowing_person_and_year(articles)
    name = next(c["title"] for c in cards if c["url"] == f"personnes/{person}.html")
    open_search(page, site_url)
    search(page, "Russie")
    show_all(page)
    before = result_titles(page)
    choose(page, "filter-person", person)
    choose(page, "filter-year", str(year))
    show_all(page)
    expected = [t for t in before if t in titles_of(articles, people=person, year=year)]
    assert expected, f"the query finds no article of {person} in {year}"
    assert result_titles(page) == expected
    assert f"(filtres : {name}, {year})" in status(page)
    page.locator("#filter-reset").click()
    wait_settled(page)
    show_all(page)
    selects = ["#filter-person", "#filter-topic", "#filter-year"]
    assert [page.locator(s).input_value() for s in selects] == ["", "", ""]
    assert result_titles(page) == before
    assert "filtres" not in status(page)
    assert page.url == site_url + "recherche.html?q=Russie"
    assert_clean(page)


def test_a_query_with_no_article_under_the_filter_says_so(page, site_url):
    open_search(page, site_url)
    search(page, "Choïgou")
    choose(page, "filter-year", "2022")
    assert status(page).startswith("Aucun résultat pour « Choïgou » (filtres : 2022).")
    assert status(page).endswith("ou moins de filtres.")
    assert page.locator("#search-results > li").count() == 0
    assert_clean(page)


# --- the URL and the back button --------------------------------------------------------


def test_typing_keeps_the_query_in_the_url_without_adding_history(page, site_url):
    open_search(page, site_url)
    entries = page.evaluate("history.length")
    search(page, "sabotage")
    assert page.url == site_url + "recherche.html?q=sabotage"
    search(page, "Choïgou")
    assert page.url == site_url + "recherche.html?q=" + quote("Choïgou")
    assert page.evaluate("history.length") == entries, "typing must replace, not push"
    assert_clean(page)


def test_a_search_url_opens_with_its_query_filters_and_results(page, site_url, articles):
    open_search(page, site_url, "?q=sabotage&annee=2024")
    assert page.locator("#search-input").input_value() == "sabotage"
    assert page.locator("#filter-year").input_value() == "2024"
    expected = [t for t in titles_of(articles, year=2024) if "sabotage" in t]
    assert expected and result_titles(page) == expected
    assert status(page) == "1 résultat pour « sabotage » (filtres : 2024)."
    assert_clean(page)


def test_back_returns_to_the_previous_search_after_enter(page, site_url):
    page.goto(site_url + "index.html")
    open_search(page, site_url)
    search(page, "sabotage")
    page.locator("#search-input").press("Enter")
    first = result_titles(page)
    search(page, "Choïgou")
    page.locator("#search-input").press("Enter")
    assert result_titles(page) != first
    page.go_back()
    assert page.url == site_url + "recherche.html?q=sabotage", "Back left the search"
    wait_settled(page)
    assert page.locator("#search-input").input_value() == "sabotage"
    assert result_titles(page) == first
    assert_clean(page)


def test_back_after_a_filter_change_restores_the_previous_filters(page, site_url, articles):
    open_search(page, site_url)
    search(page, "Russie")
    choose(page, "filter-year", "2024")
    in_2024 = result_titles(page)
    choose(page, "filter-year", "2022")
    assert result_titles(page) != in_2024
    page.go_back()
    wait_for_url(page, site_url + "recherche.html?q=Russie&annee=2024")
    wait_settled(page)
    assert page.locator("#filter-year").input_value() == "2024"
    assert page.locator("#search-input").input_value() == "Russie"
    assert result_titles(page) == in_2024
    page.go_back()
    wait_for_url(page, site_url + "recherche.html?q=Russie")
    wait_settled(page)
    assert page.locator("#filter-year").input_value() == ""
    assert "result-personne" in page.locator("#search-results").inner_html()
    assert_clean(page)


@pytest.mark.parametrize("start", ["index.html", "articles/"])
def test_the_header_search_box_leads_to_the_results(page, site_url, articles, start):
    if start == "articles/":
        start = articles[1]["url"]  # a page one folder down
    page.goto(site_url + start)
    box = page.locator("form.header-search input[name=q]")
    box.fill("Choïgou")
    box.press("Enter")
    wait_for_url(page, site_url + "recherche.html?q=" + quote("Choïgou"))
    wait_settled(page)
    assert page.locator("#search-input").input_value() == "Choïgou"
    expected = ["Sergueï Choïgou", *titles_of(articles, people="serguei-choigou")]
    assert result_titles(page) == expected
    assert page.locator("form.header-search").count() == 0  # not twice on the search page
    assert_clean(page)


# --- queries that are not words ---------------------------------------------------------

HOSTILE = {
    "field": "title:otan",
    "fuzzy": "otan~2",
    "boost": "otan^10",
    "wildcard": "*",
    "presence": "+russie -otan",
    "quote": '"unbalanced',
    "backslash": "\\",
    "long-word": "a" * 500 + " nucléaire",
    "punctuation": ("!?.;:,()[]{}<>«»\"'’`~^*+-=/\\|&%$#@_" * 200)[:5000],
    "html": "<img src=x onerror=alert(1)>",
    "template": "${}{{7*7}}",
}


def assert_survived(page, dialogs: list) -> None:
    text = status(page)
    assert text and text != LOADING and "indisponible" not in text, text
    assert dialogs == [], f"a dialog opened: {dialogs}"
    markup = "#search-status img, #search-results img, #search-results script"
    assert page.locator(markup).count() == 0
    for result in results(page):
        assert result["title"] and result["label"] in {"Article", "Personne", "Sujet"}
    assert_clean(page)


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_query_typed_in_the_box_never_throws(page, site_url, name):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_search(page, site_url)
    page.locator("#search-input").fill(HOSTILE[name])  # the box keeps 500 characters at most
    wait_settled(page)
    assert_survived(page, dialogs)


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_query_in_a_link_never_throws(page, site_url, name):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_search(page, site_url, "?q=" + quote(HOSTILE[name], safe=""))
    assert page.locator("#search-input").input_value() == HOSTILE[name]
    assert_survived(page, dialogs)


@pytest.mark.parametrize(
    ("syntax", "words"),
    [
        ("title:otan", "title otan"),
        ("+russie -otan", "russie otan"),
        ("otan^10", "otan 10"),
        ('"Jens Stoltenberg"', "Jens Stoltenberg"),
        ("Stoltenberg*", "Stoltenberg"),
    ],
)
def test_lunr_syntax_is_read_as_plain_words(page, site_url, syntax, words):
    open_search(page, site_url)
    search(page, words)
    show_all(page)
    expected = result_titles(page)
    search(page, syntax)
    show_all(page)
    assert result_titles(page) == expected, f"{syntax!r} is not read as {words!r}"
    assert_clean(page)


def test_a_minus_sign_does_not_exclude_a_word(page, site_url, articles):
    open_search(page, site_url)
    search(page, "+russie -otan")
    show_all(page)
    # Every article is found, though some name NATO in their title: with '-' read as
    # "without", those would not be.
    assert sorted(article_titles(page)) == sorted(a["title"] for a in articles)
    assert any("otan" in fold(a["title"]) for a in articles)
    assert_clean(page)


def test_markup_in_an_article_is_shown_as_text(page, hostile_site_url):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_search(page, hostile_site_url)
    search(page, "fragment code")
    found = results(page)
    assert len(found) == 1, found
    title, snippet = found[0]["title"], found[0]["snippet"]
    assert '<img src=x onerror="window.__pwned=1">' in title
    assert "<script>window.__pwned=2</script>" in title
    assert '<img src=x onerror="window.__pwned=1">' in snippet
    assert [fold(mark) for mark in found[0]["marks"]] == ["fragment", "code"]
    search(page, "pwned")
    assert page.locator("#search-results > li").count() == 1
    assert page.locator("#search-results img, #search-results script").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
    assert_clean(page)


# --- keyboard and screen readers --------------------------------------------------------


def test_arrow_keys_walk_the_results_and_enter_opens_one(page, site_url):
    open_search(page, site_url)
    search(page, "Stoltenberg")
    titles = result_titles(page)
    assert len(titles) >= 3
    box = page.locator("#search-input")
    box.press("ArrowDown")
    assert focused(page) == titles[0]
    page.keyboard.press("ArrowDown")
    assert focused(page) == titles[1]
    page.keyboard.press("ArrowDown")
    assert focused(page) == titles[2]
    page.keyboard.press("ArrowUp")
    assert focused(page) == titles[1]
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert focused(page) == "#search-input"
    box.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    target = results(page)[1]["url"]
    page.keyboard.press("Enter")
    wait_for_url(page, target)
    assert page.locator("h1").text_content().strip() == titles[1]
    assert_clean(page)


def test_escape_clears_the_query_and_the_results(page, site_url):
    open_search(page, site_url)
    search(page, "Stoltenberg")
    assert page.locator("#search-results > li").count() > 0
    page.locator("#search-input").press("Escape")
    wait_settled(page)
    assert page.locator("#search-input").input_value() == ""
    assert page.locator("#search-results > li").count() == 0
    assert status(page) == ""
    assert page.url == site_url + "recherche.html"
    assert_clean(page)


def test_the_status_is_a_polite_live_region_that_follows_the_count(page, site_url):
    open_search(page, site_url)
    region = page.locator("#search-status")
    assert region.get_attribute("role") == "status"
    assert region.get_attribute("aria-live") == "polite"
    said = []
    for query in ["Stoltenberg", "Choïgou", "Kherson", "zorglubovitch"]:
        search(page, query)
        count = page.locator("#search-results > li").count()
        said.append(status(page))
        if count:
            plural = "s" if count > 1 else ""
            assert status(page) == f"{count} résultat{plural} pour « {query} ».", query
    assert said[2] == "1 résultat pour « Kherson »."
    assert said[3].startswith("Aucun résultat")
    assert len(set(said)) == len(said)
    assert_clean(page)


def test_without_javascript_the_page_points_to_the_archive(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url + "recherche.html")
    notice = tab.locator("p.notice", has_text="JavaScript")
    assert notice.is_visible()
    link = notice.locator("a[href$='index.html']").first
    assert link.evaluate("a => a.href") == site_url + "index.html"
    link.click()
    wait_for_url(tab, site_url + "index.html")
    assert tab.locator("h1").text_content().strip() == "Articles"
    context.close()


# --- at phone and desktop widths --------------------------------------------------------


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def assert_looks_like_a_page(page, width: int) -> None:
    """A full-page picture of the page: something rendered, no wider than the screen."""
    problems = page_picture_problems(page.context.browser, page.screenshot(full_page=True), width)
    assert not problems, f"{page.url} at {width}px: {problems}"


@pytest.mark.parametrize("width", WIDTHS)
def test_the_search_flow_fits_the_screen(page, site_url, articles, width):
    page.set_viewport_size({"width": width, "height": 900})
    open_search(page, site_url)
    assert overflow(page) <= 0, f"the empty search page scrolls sideways at {width}px"
    search(page, "OTAN")
    # On a phone the filters are folded, so the first result shows without scrolling.
    first = page.locator("#search-results > li").first.bounding_box()
    assert first["y"] + first["height"] <= 900, f"the first result is below the fold at {width}px"
    show_all(page)
    assert overflow(page) <= 0, f"the results scroll sideways at {width}px"
    assert_looks_like_a_page(page, width)
    found = article_titles(page)
    choose(page, "filter-topic", "dissuasion-nucleaire")
    show_all(page)
    keep = set(titles_of(articles, topics="dissuasion-nucleaire"))
    expected = [title for title in found if title in keep]
    assert expected, "the topic must keep some of the query's articles"
    assert result_titles(page) == expected
    assert overflow(page) <= 0, f"filtered results scroll sideways at {width}px"
    page.locator("#search-input").fill("a" * 500)  # one long word, repeated in the status
    wait_settled(page)
    assert status(page).startswith("Aucun résultat pour « aaaa")
    assert overflow(page) <= 0, f"a long query in the status scrolls sideways at {width}px"
    assert_looks_like_a_page(page, width)
    assert_clean(page)

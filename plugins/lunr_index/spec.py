"""The search specification: every number and label the browser shares with Python.

This module is the one place they are set. The build writes them into the manifest
(recherche/index.json, `manifest_spec`), and the browser's modules
(theme/static/js/search-*.js) read them from there: none of them is repeated in
JavaScript (tests/test_search_spec.py greps the scripts for them).

The rules that use these values are written twice, on purpose: query.py, phrases.py,
french.py, aliases.py and index.py's `index_from_term_files` are the executable
specification, which tests/test_search_cross.py runs against the browser's modules on
the built site's index.
"""

from __future__ import annotations

from collections.abc import Mapping

from archive_core.dates import UNKNOWN_DATE_LABEL

# Version of the layout of the search files. The search page is rendered with it
# (data-format) and refuses a manifest of another version: a stale cached index.json.
# 4: the manifest carries this specification ("ranking", "display").
FORMAT = 4

# How much a match in each field weighs (LUNR_FIELD_BOOSTS overrides them). A
# correction's right form stands for a passage of the body, and weighs as the body
# does: enough to find the article by the right name, never to outrank a title or a
# person named (a short field already scores a match higher under BM25).
FIELD_BOOSTS = {"title": 10, "people": 6, "topics": 3, "source": 2, "body": 1, "corrections": 1}

# Query limits: a query is cut to MAX_QUERY_CHARS characters and MAX_WORDS words, so
# that no input makes a search slow.
MAX_QUERY_CHARS = 200
MAX_WORDS = 12
# A word being typed is completed from its MIN_PREFIX-th letter: shorter beginnings
# would match most of the vocabulary.
MIN_PREFIX = 3
# Terms are grouped in files by their first KEY_LENGTH characters (code points): at
# most MIN_PREFIX, so that every completion of a word is in the file of its beginning.
KEY_LENGTH = MIN_PREFIX
# At most this many completions of the word being typed (the shortest first).
MAX_EXPANSIONS = 100
# How many characters a term may lack from the end of the word being typed
# ("russ" for "russi", "polit" for "politiqu"), and the shortest such term.
MAX_OVERRUN = 4
MIN_OVERRUN_TERM = 3

# Word order. How far apart (in index terms, per word) words may stand to count as
# near each other.
NEAR_GAP = 3
# The tiers of word order, best first: results are ranked by tier, then by score.
ADJACENT, NEAR, APART = 2, 1, 0

# Kinds of documents (a card's "kind") and how the results list labels them.
ARTICLE, PERSON, TOPIC = "article", "personne", "sujet"
KIND_LABELS = {ARTICLE: "Article", PERSON: "Personne", TOPIC: "Sujet"}

# Labels under which the analysis functions are serialised in the index (its
# "pipeline") and registered in lunr.js; "stemmer-fr" is lunr-languages' own.
PIPELINE_LABELS = {
    "elision": "archive-fr-elision",
    "fold": "archive-fr-fold",
    "stop": "archive-fr-stop",
    "stemmer": "stemmer-fr",
}

# Results drawn at a time; "Afficher plus de résultats" draws as many again.
PAGE_SIZE = 10

LIMITS = {
    "maxQueryChars": MAX_QUERY_CHARS,
    "maxWords": MAX_WORDS,
    "minPrefix": MIN_PREFIX,
    "maxExpansions": MAX_EXPANSIONS,
    "maxOverrun": MAX_OVERRUN,
    "minOverrunTerm": MIN_OVERRUN_TERM,
    "keyLength": KEY_LENGTH,
}


def manifest_spec(boosts: Mapping[str, float] = FIELD_BOOSTS) -> dict:
    """The specification as index.json carries it, with the field boosts the index used."""
    return {
        "format": FORMAT,
        "limits": LIMITS,
        "pipelineLabels": PIPELINE_LABELS,
        "ranking": {
            "fieldBoosts": dict(boosts),
            "nearGap": NEAR_GAP,
            "tiers": {"adjacent": ADJACENT, "near": NEAR, "apart": APART},
        },
        "display": {
            "kindLabels": KIND_LABELS,
            "unknownDateLabel": UNKNOWN_DATE_LABEL,
            "pageSize": PAGE_SIZE,
        },
    }


if __name__ == "__main__":
    # The node tests (tests/js/load.js) read the specification from here.
    import json

    print(json.dumps(manifest_spec(), ensure_ascii=False, sort_keys=True))

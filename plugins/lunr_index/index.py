"""Build the lunr index of the search documents and the files the browser fetches.

    recherche/index.json          what every search needs first: the stop words, the
                                  query limits, the fields, which file holds the terms
                                  of each three-letter beginning, and the cards of the
                                  person and topic pages (small: about 5 kB gzipped)
    recherche/termes/<n>.json     every index term beginning with the same three letters
                                  ("gue": "guerr", "guer", ...): for each, which
                                  documents hold it, in which fields, with its weight
                                  there and its positions (for phrases)
    recherche/cartes/<ref>.json   one article's result card (title, date, source...),
                                  fetched when the article is among the results on screen
    recherche/textes/<ref>.json   one article's paragraphs and corrections, fetched for
                                  its snippet once the reader stops typing
    recherche/facettes.json       year, people and topics of every article, fetched only
                                  when the reader filters

Why terms and not documents: a query needs the postings of its own terms only. lunr
scores a document by the dot product of the query's vector with the document's field
vectors, divided by the query vector's length: the weights of terms the query does not
hold never count. So an index rebuilt in the browser from the term files a query needs
scores every document exactly as the index of the whole archive would, and what a
search downloads grows with the documents its words occur in, not with the archive.
The three-letter files also hold every term a word being typed can become (its
completions begin with its first three letters: query.py), so completions are exact
too.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from importlib.metadata import version

import lunr
from analysis_cache import ResultCache, code_version, digest
from lunr.builder import Builder
from lunr.field_ref import FieldRef
from lunr.index import Index

from . import french
from .documents import ARTICLE, SearchDocument
from .french import STOP_WORDS, STOP_WORDS_PATH, french_pipeline, register_pipeline
from .phrases import POSITIONS
from .query import term_key
from .spec import FIELD_BOOSTS, manifest_spec

# The fields holding the article's own text, in its own language.
OWN_TEXT_FIELDS = frozenset({"title", "body", "corrections"})


class ArchiveBuilder(Builder):
    """lunr.py's Builder, which also takes documents already analysed and empty archives."""

    def add_terms(self, ref: str, terms: Mapping[str, Sequence[str]]) -> None:
        """Add a document by the terms of each field: lunr.py's `add` after its pipeline.

        Each term's positions in the field are kept as its metadata (POSITIONS).
        """
        self._documents[ref] = {}
        self.document_count += 1
        for field_name in self._fields:
            field_ref = str(FieldRef(ref, field_name))
            frequencies = defaultdict(int)
            self.field_term_frequencies[field_ref] = frequencies
            self.field_lengths[field_ref] = len(terms[field_name])
            for position, term in enumerate(terms[field_name]):
                frequencies[term] += 1
                if term not in self.inverted_index:
                    posting = {name: {} for name in self._fields}
                    posting["_index"] = self.term_index
                    self.term_index += 1
                    self.inverted_index[term] = posting
                metadata = self.inverted_index[term][field_name].setdefault(ref, {POSITIONS: []})
                metadata[POSITIONS].append(position)

    def _calculate_average_field_lengths(self):
        # lunr.py divides by the number of documents having each field: none, when
        # no seed could be published (lunr.js itself builds an empty index).
        if self.field_lengths:
            super()._calculate_average_field_lengths()
        else:
            self.average_field_length = dict.fromkeys(self._fields, 0)


def analysis_version() -> str:
    """What a document's terms depend on besides its text: our analysis code and lunr.py."""
    return digest(code_version(french, STOP_WORDS_PATH), version("lunr"))


def analyse_document(document: SearchDocument, names) -> dict[str, list[str]]:
    """The index terms of each field of a document, as lunr.py's pipeline makes them.

    french.terms runs the pipeline's steps word by word, remembering each word's term:
    tests/test_search_pipeline.py checks it gives what the pipeline gives, which costs
    ten times more.
    """
    fields = document.fields()
    if document.language == "fr":
        return {name: french.terms(fields[name]) for name in names}
    # The article's own words are not French: no French stemming. People, topics and
    # sources are the archive's names, analysed as everywhere else.
    return {
        name: (french.plain_terms if name in OWN_TEXT_FIELDS else french.terms)(fields[name])
        for name in names
    }


def build_index(
    documents: Sequence[SearchDocument],
    boosts: Mapping[str, float] = FIELD_BOOSTS,
    cache: ResultCache | None = None,
):
    """A lunr.py index of the documents; document n has the ref str(n).

    Each document's terms come from the cache when the same fields were analysed by
    the same code before; the index itself (idf, field lengths) is built anew.
    """
    pipeline = french_pipeline()
    builder = ArchiveBuilder()
    builder.pipeline = pipeline
    builder.search_pipeline = pipeline
    builder.ref("ref")
    for name, boost in boosts.items():
        builder.field(name, boost=boost)
    cache = cache or ResultCache(None, "search-terms")
    analysis = analysis_version()
    for ref, document in enumerate(documents):
        key = digest(analysis, document.language, to_json(document.fields()), *boosts)
        terms = cache.get(key)
        if terms is None:
            terms = analyse_document(document, boosts)
            cache.put(key, terms)
        builder.add_terms(str(ref), terms)
    return builder.build()


def term_files(serialized: dict) -> dict[str, list]:
    """The serialised index cut by term: key -> [[term, term index, postings], ...].

    postings: {field: {ref: [weight, position, ...]}}, the weight being the term's
    entry in the document's field vector (what lunr scores with).
    """
    weights: dict[int, dict[str, float]] = defaultdict(dict)
    for field_ref, vector in serialized["fieldVectors"]:
        for term_index, weight in zip(vector[::2], vector[1::2], strict=True):
            weights[term_index][field_ref] = weight
    files: dict[str, list] = defaultdict(list)
    for term, posting in serialized["invertedIndex"]:
        term_index = posting["_index"]
        postings = {
            field: {
                ref: [weights[term_index][f"{field}/{ref}"], *metadata[POSITIONS]]
                for ref, metadata in posting[field].items()
            }
            for field in serialized["fields"]
            if posting[field]
        }
        files[term_key(term)].append([term, term_index, postings])
    return dict(sorted(files.items()))


def search_files(
    documents: Sequence[SearchDocument], index, boosts: Mapping[str, float] = FIELD_BOOSTS
) -> dict[str, dict]:
    """Every file of the search, by path under LUNR_OUTPUT_DIR, as JSON-ready data.

    The manifest carries the search specification (spec.py), with the boosts the index
    was built with.
    """
    serialized = index.serialize()
    by_key = term_files(serialized)
    numbers = {key: number for number, key in enumerate(by_key)}
    files = {
        "index.json": manifest_spec(boosts)
        | {
            "stopWords": sorted(STOP_WORDS),
            "documentCount": len(documents),
            "fields": serialized["fields"],
            "pipeline": serialized["pipeline"],
            "terms": numbers,
            # Person and topic pages are few: their cards come with the manifest.
            "pages": {
                str(ref): document.card
                for ref, document in enumerate(documents)
                if document.kind != ARTICLE
            },
        },
        "facettes.json": {
            str(ref): {key: document.card[key] for key in ("year", "people", "topics")}
            for ref, document in enumerate(documents)
            if document.kind == ARTICLE
        },
    }
    for key, terms in by_key.items():
        files[f"termes/{numbers[key]}.json"] = {"key": key, "terms": terms}
    for ref, document in enumerate(documents):
        if document.kind == ARTICLE:
            files[f"cartes/{ref}.json"] = document.card
            files[f"textes/{ref}.json"] = document.text()
    return files


def index_from_term_files(manifest: dict, term_files: Sequence[dict]):
    """A lunr.py index of the terms of some term files, as the browser rebuilds it.

    The executable specification of search-terms.js's TermStore (tests/test_search_cross.py).

    It scores every document exactly as the whole index does for a query whose terms
    are all in these files (see the module's docstring).
    """
    inverted = []
    vectors: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for file in term_files:
        for term, term_index, postings in file["terms"]:
            posting = {field: {} for field in manifest["fields"]} | {"_index": term_index}
            for field, refs in postings.items():
                for ref, (weight, *positions) in refs.items():
                    posting[field][ref] = {POSITIONS: positions}
                    vectors[f"{field}/{ref}"].append((term_index, weight))
            inverted.append([term, posting])
    register_pipeline()
    return Index.load(
        {
            "version": lunr.__TARGET_JS_VERSION__,  # what lunr.py checks on load
            "fields": manifest["fields"],
            "fieldVectors": [
                [field_ref, [x for pair in sorted(pairs) for x in pair]]
                for field_ref, pairs in sorted(vectors.items())
            ],
            "invertedIndex": sorted(inverted),
            "pipeline": manifest["pipeline"],
        }
    )


def to_json(data) -> str:
    """Compact, deterministic JSON (the index is downloaded before the first result)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

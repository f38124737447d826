"""Build the lunr index of the search documents and the files the browser fetches.

    recherche/index.json        what every search needs first: the stop words, the
                                query limits and the list of shards (small, fixed size)
    recherche/shards/<n>.json   a lunr index of some of the documents, with their
                                result cards; shard 0 holds the newest articles and
                                every person and topic page
    recherche/textes/<ref>.json the paragraphs and corrections of one article, fetched
                                only when the article is among the results on screen
                                (for its snippet)

Why shards: a lunr index grows with the archive (about 1.7 kB gzipped per article,
`make bench`). The browser shows the results of shard 0 as soon as it arrives and
adds the others as they come, so what it downloads before the first result stays
the size of one shard however large the archive grows.

The shards are slices of one index of the whole archive, keeping its term numbers
and document vectors, so a document scores exactly as it would in a single index
(the idf and average field lengths are the whole archive's).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from importlib.metadata import version

from analysis_cache import ResultCache, code_version, digest
from lunr.builder import Builder
from lunr.field_ref import FieldRef

from . import french
from .documents import ARTICLE, SearchDocument
from .french import STOP_WORDS, STOP_WORDS_PATH, french_pipeline
from .query import LIMITS

# Version of the layout of the files, checked by the browser.
FORMAT = 2
# A correction's right form stands for a passage of the body, and weighs as the body
# does: enough to find the article by the right name, never to outrank a title or a
# person named (a short field already scores a match higher under BM25).
FIELD_BOOSTS = {"title": 10, "people": 6, "topics": 3, "source": 2, "body": 1, "corrections": 1}
SHARD_SIZE = 50


class ArchiveBuilder(Builder):
    """lunr.py's Builder, which also takes documents already analysed and empty archives."""

    def add_terms(self, ref: str, terms: Mapping[str, Sequence[str]]) -> None:
        """Add a document by the terms of each field: lunr.py's `add` after its pipeline."""
        assert not self.metadata_whitelist, "term metadata is not kept by add_terms"
        self._documents[ref] = {}
        self.document_count += 1
        for field_name in self._fields:
            field_ref = str(FieldRef(ref, field_name))
            frequencies = defaultdict(int)
            self.field_term_frequencies[field_ref] = frequencies
            self.field_lengths[field_ref] = len(terms[field_name])
            for term in terms[field_name]:
                frequencies[term] += 1
                if term not in self.inverted_index:
                    posting = {name: {} for name in self._fields}
                    posting["_index"] = self.term_index
                    self.term_index += 1
                    self.inverted_index[term] = posting
                self.inverted_index[term][field_name].setdefault(ref, defaultdict(list))

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
    return {name: french.terms(fields[name]) for name in names}


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
        key = digest(analysis, to_json(document.fields()), *boosts)
        terms = cache.get(key)
        if terms is None:
            terms = analyse_document(document, boosts)
            cache.put(key, terms)
        builder.add_terms(str(ref), terms)
    return builder.build()


def shard_refs(documents: Sequence[SearchDocument], size: int = SHARD_SIZE) -> list[list[int]]:
    """Refs of each shard: articles by `size` in the order given; pages join shard 0."""
    articles = [ref for ref, doc in enumerate(documents) if doc.kind == ARTICLE]
    pages = [ref for ref, doc in enumerate(documents) if doc.kind != ARTICLE]
    shards = [articles[start : start + size] for start in range(0, len(articles), size)] or [[]]
    shards[0] = sorted(shards[0] + pages)
    return shards


def slice_index(serialized: dict, refs: Sequence[int]) -> dict:
    """The part of a serialised lunr index about some documents (terms keep their numbers)."""
    wanted = {str(ref) for ref in refs}
    inverted = []
    for term, posting in serialized["invertedIndex"]:
        kept = {
            field: {ref: data for ref, data in posting[field].items() if ref in wanted}
            for field in serialized["fields"]
        }
        if any(kept.values()):
            inverted.append([term, {"_index": posting["_index"], **kept}])
    vectors = [
        [field_ref, vector]
        for field_ref, vector in serialized["fieldVectors"]
        if field_ref.split("/", 1)[1] in wanted
    ]
    return {**serialized, "invertedIndex": inverted, "fieldVectors": vectors}


def search_files(
    documents: Sequence[SearchDocument], index, shard_size: int = SHARD_SIZE
) -> dict[str, dict]:
    """Every file of the search, by path under LUNR_OUTPUT_DIR, as JSON-ready data."""
    serialized = index.serialize()
    shards = shard_refs(documents, shard_size)
    files = {
        "index.json": {
            "format": FORMAT,
            "stopWords": sorted(STOP_WORDS),
            "limits": LIMITS,
            "documentCount": len(documents),
            "shards": [f"shards/{number}.json" for number in range(len(shards))],
        }
    }
    for number, refs in enumerate(shards):
        files[f"shards/{number}.json"] = {
            "index": slice_index(serialized, refs),
            "documents": {str(ref): documents[ref].card for ref in refs},
        }
    for ref, document in enumerate(documents):
        if document.paragraphs:
            files[f"textes/{ref}.json"] = document.text()
    return files


def to_json(data) -> str:
    """Compact, deterministic JSON (the index is downloaded before the first result)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

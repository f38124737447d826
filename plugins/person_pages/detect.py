"""Who a cleaned article names: registered people, then the French model's candidates.

What the build and `make eval` report as "people of the article": the registry's
canonical names found in the body, plus the unregistered names spaCy proposes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from archive_core.people import PersonRecord, load_registry
from seed_reader.language import is_french

from .candidates import find_candidates
from .mentions import MentionFinder

DEFAULT_REGISTRY = Path("content/people.yml")


@cache
def default_registry() -> tuple[PersonRecord, ...]:
    return load_registry(DEFAULT_REGISTRY) if DEFAULT_REGISTRY.exists() else ()


def people_in_article(article, records: tuple[PersonRecord, ...] | None = None) -> list[str]:
    """Names of the people an article's body names, registered ones first."""
    records = default_registry() if records is None else records
    blocks = [block.text for block in article.blocks]
    by_id = {record.id: record.name for record in records}
    registered = dict.fromkeys(by_id[m.person] for m in MentionFinder(records).find(blocks))
    # The French model's names only for French text: it reads any text as French.
    found = find_candidates([(article.seed, blocks)], records) if is_french(article) else []
    candidates = dict.fromkeys(candidate.name for candidate in found)
    return [*registered, *candidates]

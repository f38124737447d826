"""`python -m person_pages measure SET`: `make people`'s detection against a labelled set.

The set (../shared/cleaning-dev) has, per page, `people` (canonical names of the real
people its kept text names) and `not_people` (names only its debris holds). The pages
are scanned as `make people` scans seeds; an article's people are the registry's people
and the detected people found in it. Names are compared as `make eval` compares them
(`same_person`: same folded name, or same surname).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from archive_core.people import PersonRecord
from seed_reader.corpus import folder_facts
from seed_reader.pipeline import clean_seed
from seed_reader.tools.evaluate import same_person

from .merge import merge_archive
from .scan import PEOPLE_MODEL, SeedText, known_of, scan_texts


@dataclass
class PageResult:
    name: str
    found: list[str]
    gold: list[str]
    not_people: list[str]

    @property
    def right(self) -> list[str]:
        return [f for f in self.found if any(same_person(f, g) for g in self.gold)]

    @property
    def wrong(self) -> list[str]:
        return [f for f in self.found if f not in self.right]

    @property
    def missed(self) -> list[str]:
        return [g for g in self.gold if not any(same_person(f, g) for f in self.found)]

    @property
    def from_debris(self) -> list[str]:
        """Found names that only the page's debris holds (never to get a page)."""
        return [f for f in self.wrong if any(same_person(f, n) for n in self.not_people)]


@dataclass
class Measurement:
    model: str
    pages: list[PageResult] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = sum(len(p.found) for p in self.pages)
        return sum(len(p.right) for p in self.pages) / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = sum(len(p.gold) for p in self.pages)
        return sum(len(p.gold) - len(p.missed) for p in self.pages) / gold if gold else 1.0

    def format(self) -> str:
        found = sum(len(p.found) for p in self.pages)
        gold = sum(len(p.gold) for p in self.pages)
        lines = [
            f"{self.model}: precision {self.precision:.3f} ({found} found), "
            f"recall {self.recall:.3f} ({gold} gold people), "
            f"from debris {sum(len(p.from_debris) for p in self.pages)}"
        ]
        for page in self.pages:
            if page.wrong or page.missed:
                lines.append(f"  {page.name}: wrong {page.wrong}, missed {page.missed}")
        return "\n".join(lines)


def measure(
    folder: Path,
    registry: tuple[PersonRecord, ...],
    organisations: tuple[str, ...] = (),
    model: str = PEOPLE_MODEL,
) -> Measurement:
    """Scan every page of the set with model and score the people of each."""
    facts = folder_facts(folder / "seeds")
    golds, texts = [], []
    for gold_path in sorted((folder / "gold").glob("*.yml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        seed = folder / "seeds" / gold["file"]
        cleaned = clean_seed(seed.read_bytes(), seed.name, corpus=facts)
        golds.append((gold_path.stem, gold))
        texts.append(SeedText(seed.name, "", tuple(block.text for block in cleaned.blocks)))
    found = scan_texts(texts, registry, known_of(registry, organisations), model)
    merged = merge_archive(found, registry)
    names = {record.id: record.name for record in registry}
    result = Measurement(model)
    for (stem, gold), text in zip(golds, texts, strict=True):
        people = sorted(names[i] for i in merged.registered.get(text.seed, ()))
        people += [p.name for p in merged.people if any(h.seed == text.seed for h in p.seeds)]
        result.pages.append(
            PageResult(stem, people, gold.get("people") or [], gold.get("not_people") or [])
        )
    return result

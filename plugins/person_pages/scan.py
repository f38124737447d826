"""`make people`: scan the seeds not yet scanned for people and update the detected-people file.

Stages, each seed at most once per version of its bytes:

1. hash every seed; a seed whose hash the file's `scanned:` map holds keeps its people;
2. clean the others as the build does (`clean_seed`, with their notes and the folder's facts);
3. run the French model's entity recognition on the cleaned blocks (PEOPLE_MODEL);
4. clean each PER entity's name (titles, elisions) and drop it on evidence (`evidence.py`);
5. merge the forms of a name within each article, then across the archive (`merge.py`);
6. write the file, sorted: the same seeds give the same bytes.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from archive_core.people import PersonRecord
from archive_core.text import fold_name as fold
from french_nlp import MODEL
from seed_reader.corpus import folder_facts
from seed_reader.model import SeedError
from seed_reader.notes import load_notes
from seed_reader.pipeline import clean_seed

from .candidates import clean_name
from .detected import DetectedFile, dump_detected, load_detected, seed_hash
from .evidence import Entity, Known, rejection_of
from .merge import Merged, SeedPeople, merge_archive, merge_article

# The model `make people` runs: with the evidence rules, fr_core_news_sm finds more of the
# development set's people than fr_core_news_md, as precisely (docs/people.md).
PEOPLE_MODEL = MODEL
# Characters of context the evidence rules read on each side of an entity.
CONTEXT_CHARS = 60


@dataclass(frozen=True)
class SeedText:
    """A seed to scan: its file name, the hash of its bytes and its cleaned blocks."""

    seed: str
    hash: str
    blocks: tuple[str, ...]


def known_of(registry: tuple[PersonRecord, ...], organisations: Iterable[str]) -> Known:
    return Known(
        organisations=frozenset(name.casefold() for name in organisations),
        names=frozenset(
            form.casefold() for record in registry for form in record.forms if " " not in form
        ),
    )


def entity_of(doc_text: str, start: int, end: int) -> Entity | None:
    """The entity's cleaned name with the text around the name itself (not the span)."""
    raw = doc_text[start:end]
    name = clean_name(raw)
    words = name.split()
    if not words:
        return None
    first, last = raw.find(words[0]), raw.rfind(words[-1])
    if first >= 0 and last >= 0:
        start, end = start + first, start + last + len(words[-1])
    return Entity(
        name=name,
        before=doc_text[max(0, start - CONTEXT_CHARS) : start],
        after=doc_text[end : end + CONTEXT_CHARS],
    )


def person_spans(doc) -> list[tuple[int, int]]:
    """Character spans of the PER entities, two entities only a space apart joined:
    the model cuts "Hamish de Bretton Gordon" into "Hamish de" and "Bretton Gordon"."""
    spans: list[tuple[int, int]] = []
    for entity in doc.ents:
        if entity.label_ != "PER":
            continue
        if spans and not doc.text[spans[-1][1] : entity.start_char].strip():
            spans[-1] = (spans[-1][0], entity.end_char)
        else:
            spans.append((entity.start_char, entity.end_char))
    return spans


def scan_texts(
    texts: list[SeedText],
    registry: tuple[PersonRecord, ...],
    known: Known,
    model: str = PEOPLE_MODEL,
    reasons: Counter[str] | None = None,
) -> list[SeedPeople]:
    """Each seed's people, as groups of the forms its cleaned text uses."""
    from french_nlp import ENTITIES, process  # spaCy itself: imported only to scan

    registered = {fold(form) for record in registry for form in record.forms}
    names: list[list[str]] = [[] for _ in texts]
    # Names an article shows to be things ("l'exercice Steadfast Defender"): the same
    # name elsewhere in that article ("Steadfast Defender regroupe...") is no person.
    things: list[set[str]] = [set() for _ in texts]
    blocks = [(n, block) for n, text in enumerate(texts) for block in text.blocks]
    for position, doc in process((block for _, block in blocks), ENTITIES, model):
        seed_index = blocks[position][0]
        for start, end in person_spans(doc):
            entity = entity_of(doc.text, start, end)
            if entity is None:
                continue
            # A name the registry knows is a person whatever the rules say ("Poutine").
            reason = None if fold(entity.name) in registered else rejection_of(entity, known)
            if reason is None:
                names[seed_index].append(entity.name)
            else:
                if reason in WHOLE_ARTICLE_REASONS:
                    things[seed_index].add(fold(entity.name))
                if reasons is not None:
                    reasons[reason] += 1
    return [
        SeedPeople(text.seed, text.hash, merge_article([n for n in found if fold(n) not in thing]))
        for text, found, thing in zip(texts, names, things, strict=True)
    ]


# What one mention shows of a name holds for the whole article: it names a thing.
WHOLE_ARTICLE_REASONS = frozenset({"named-thing"})


def stored_people(detected: DetectedFile, seed: str, digest: str) -> SeedPeople:
    """A scanned seed's people as the file keeps them: one group per person found there."""
    groups = tuple(
        sorted(
            hit.forms
            for person in detected.people
            for hit in person.seeds
            if hit.seed == seed and hit.hash == digest
        )
    )
    return SeedPeople(seed, digest, groups)


def read_seed(path: Path, notes_dir: Path, facts) -> tuple[str, ...]:
    notes = load_notes(notes_dir / f"{path.stem}.yml")
    cleaned = clean_seed(path.read_bytes(), path.name, notes, facts)
    return tuple(block.text for block in cleaned.blocks)


@dataclass
class ScanResult:
    detected: DetectedFile
    merged: Merged
    scanned: list[str]  # the seeds scanned this time
    kept: list[str]  # the seeds whose people were kept from the file
    reasons: Counter[str]


def update_detected(
    seeds: Path,
    notes_dir: Path,
    detected: DetectedFile,
    registry: tuple[PersonRecord, ...],
    known: Known,
    model: str = PEOPLE_MODEL,
) -> ScanResult:
    """Scan the seeds the file has not seen in their present bytes; merge with the rest."""
    hashes = {path.name: seed_hash(path.read_bytes()) for path in sorted(seeds.glob("*.txt"))}
    kept = [seed for seed, digest in hashes.items() if detected.scanned.get(seed) == digest]
    facts = folder_facts(seeds) if len(kept) < len(hashes) else None
    texts = []
    for seed, digest in hashes.items():
        if seed in kept:
            continue
        try:
            texts.append(SeedText(seed, digest, read_seed(seeds / seed, notes_dir, facts)))
        except SeedError as error:
            print(f"skipped: {error}", file=sys.stderr)
    reasons: Counter[str] = Counter()
    found = scan_texts(texts, registry, known, model, reasons) if texts else []
    found += [stored_people(detected, seed, hashes[seed]) for seed in kept]
    merged = merge_archive(found, registry, detected.rejected)
    scanned = {people.seed: people.hash for people in found}
    result = DetectedFile(tuple(merged.people), scanned, detected.rejected)
    return ScanResult(result, merged, [t.seed for t in texts], kept, reasons)


def run(
    seeds: Path,
    notes_dir: Path,
    out: Path,
    registry: tuple[PersonRecord, ...],
    organisations: Iterable[str],
    model: str = PEOPLE_MODEL,
) -> int:
    """`make people`: update out and say what changed."""
    result = update_detected(
        seeds, notes_dir, load_detected(out), registry, known_of(registry, organisations), model
    )
    text = dump_detected(result.detected)
    changed = not out.exists() or out.read_text(encoding="utf-8") != text
    if changed:
        out.write_text(text, encoding="utf-8")
    dropped = ", ".join(f"{reason} {n}" for reason, n in sorted(result.reasons.items()))
    print(
        f"{len(result.scanned)} seed(s) scanned with {model}, {len(result.kept)} unchanged; "
        f"{len(result.detected.people)} detected people; "
        f"entities dropped on evidence: {dropped or 'none'}; "
        f"{out} {'updated' if changed else 'unchanged'}"
    )
    return 0

"""Data of the cleaning pipeline: lines, their classes, and the cleaned article."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .notes import SeedNotes


class SeedError(ValueError):
    """A seed that cannot be read as an article (empty, binary, undecodable)."""

    def __init__(self, seed: str, reason: str) -> None:
        super().__init__(f"{seed}: {reason}")
        self.seed = seed
        self.reason = reason


class Kind(StrEnum):
    """What a line of the seed becomes."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    METADATA = "metadata"
    REMOVED = "removed"
    BLANK = "blank"


BODY_KINDS = frozenset({Kind.PARAGRAPH, Kind.HEADING})


@dataclass(frozen=True)
class Line:
    """One line of the seed as collected (1-based number, text without line end)."""

    number: int
    text: str


@dataclass(frozen=True)
class ClassifiedLine:
    """A line with the class it was given and the rule that gave it."""

    number: int
    text: str
    kind: Kind
    reason: str
    # For METADATA lines: the field the line feeds (title, author, ...).
    field: str | None = None
    # How sure the rule is, from 0.5 (a coin toss) to 1 (a rule that cannot be
    # wrong, such as a blank line or an editor's correction): `make review`
    # lists the least certain decisions.
    confidence: float = 1.0

    @property
    def is_body(self) -> bool:
        return self.kind in BODY_KINDS


@dataclass(frozen=True)
class Repair:
    """A change the cleaner made to the wording of a body line, with what the source had."""

    line: int
    kind: str
    before: str
    after: str


@dataclass(frozen=True)
class Block:
    """A block of the cleaned body: a paragraph or a section heading.

    A paragraph may be an item of a list inside the article: a figure of a key-figures
    box, or a line the text itself sets out with a bullet ("- ", "• ", "▪️ ").
    """

    kind: Kind
    text: str
    lines: tuple[int, ...]
    item: bool = False


@dataclass(frozen=True)
class FieldChoice:
    """The evidence behind one metadata value: the line that states it, how, how surely.

    `line` is the seed's 1-based line number (None for a value from the notes file);
    `kind` names the evidence ("byline", "copyright", "logo", "stamp", "notes"...);
    `confidence` runs from 0.5 (a guess) to 1 (the editor's notes). `make review`
    lists the values below its threshold with the notes entry that overrides them.
    """

    field: str  # the Metadata attribute: author, site, date, translator, source_credit
    value: str
    line: int | None
    text: str
    kind: str
    confidence: float


# Metadata attributes that are evidence about the values, not values a page shows.
EVIDENCE_FIELDS = frozenset({"authors", "evidence"})


@dataclass(frozen=True)
class Metadata:
    """What the seed says about itself, each value with the line(s) it came from."""

    title: str | None = None
    original_title: str | None = None
    original_language: str | None = None
    author: str | None = None
    translator: str | None = None
    site: str | None = None
    source_credit: str | None = None
    date: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    date_precision: str = "unknown"  # day, month, year or unknown
    date_evidence: str | None = None
    date_approximate: bool = False
    date_source: str = "unknown"  # text, notes or unknown: who gives the date
    updated: str | None = None  # YYYY-MM-DD of an update stamp
    # ISO 639-1 code of the article's text, decided on its title and body (language.py).
    language: str = "fr"
    # The detector's probability for that language; None when the notes set it.
    language_confidence: float | None = None
    language_source: str = "unknown"  # text, notes or unknown: who gives the language
    # The names the byline credits, one per person or newsroom ("X et Y" gives two;
    # the agencies of "X avec AFP" are left out): each can be credited on its own.
    authors: tuple[str, ...] = ()
    # One FieldChoice per value chosen from the page's evidence or the notes.
    evidence: tuple[FieldChoice, ...] = ()

    def choice(self, name: str) -> FieldChoice | None:
        """The evidence of one field's value, or None when the seed does not state it."""
        return next((choice for choice in self.evidence if choice.field == name), None)


@dataclass(frozen=True)
class SourceFormat:
    """How the seed's bytes are written: what a script needs to restore them from its lines."""

    encoding: str = "utf-8"  # utf-8, utf-8-sig (with a BOM), utf-16 (with a BOM) or cp1252
    line_end: str = "lf"  # lf, crlf, cr, mixed (then only the text can be restored) or none
    final_line_end: bool = True  # whether the last line ends with a line end


LINE_ENDS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


@dataclass(frozen=True)
class CleanedArticle:
    """A seed turned into an article: body blocks, metadata, and the account of every line."""

    seed: str
    lines: tuple[ClassifiedLine, ...]
    blocks: tuple[Block, ...]
    metadata: Metadata
    repairs: tuple[Repair, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # The curated notes the article was cleaned with (topics, passage notes...).
    notes: SeedNotes | None = None
    title_choice: TitleChoice | None = None
    source_format: SourceFormat = field(default_factory=SourceFormat)

    @property
    def title(self) -> str:
        return self.metadata.title or self.seed

    @property
    def removed(self) -> tuple[ClassifiedLine, ...]:
        return tuple(line for line in self.lines if line.kind is Kind.REMOVED)

    @property
    def text(self) -> str:
        """The body as plain text, blocks separated by blank lines."""
        return "\n\n".join(block.text for block in self.blocks)

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(block.text for block in self.blocks if block.kind is Kind.HEADING)

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class TitleChoice:
    """The header line chosen as the title, with the runner-up, for review."""

    line: int | None
    score: float
    runner_up: int | None = None
    runner_up_score: float = 0.0


@dataclass(frozen=True)
class CorpusFacts:
    """What the other seeds of the folder tell about this one.

    `furniture` holds the folded form of short, non-sentence lines that occur in
    several seeds (menu entries, footers, newsletter calls): page furniture of the
    site, never prose. A seed's result depends on these facts, so a build cache
    must key on them too (`fingerprint`).
    """

    furniture: frozenset[str] = frozenset()

    @property
    def fingerprint(self) -> str:
        import hashlib

        return hashlib.sha256("\n".join(sorted(self.furniture)).encode()).hexdigest()


@dataclass(frozen=True)
class Draft:
    """The state between two stages of the pipeline; each stage fills the next fields."""

    seed: str
    raw: bytes
    notes: SeedNotes
    corpus: CorpusFacts = field(default_factory=CorpusFacts)
    text: str = ""
    source_format: SourceFormat = field(default_factory=SourceFormat)
    lines: tuple[Line, ...] = ()
    classified: tuple[ClassifiedLine, ...] = ()
    title_choice: TitleChoice | None = None
    metadata: Metadata = field(default_factory=Metadata)
    blocks: tuple[Block, ...] = ()
    repairs: tuple[Repair, ...] = ()
    warnings: tuple[str, ...] = ()

    def but(self, **changes) -> Draft:
        return replace(self, **changes)

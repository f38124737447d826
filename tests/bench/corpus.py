"""A deterministic synthetic archive for `make bench`: raw seeds and their plain Markdown twins.

Each article is 600 to 900 words of sentences drawn from the real seeds' paragraphs
(cleaned with `seed_reader.pipeline.clean_seed`), regrouped into paragraphs and a few
section headings, so the vocabulary, names and topics are the archive's own. The raw seed
carries the kinds of debris real seeds do: a breadcrumb or a page stamp, the title
repeated, a byline and a publication stamp, "Lire aussi" teasers, advertisements, share
lines and a page footer. The Markdown twin is the same article as a clean Pelican
Markdown file (title, date, author, headings and paragraphs), what plain Pelican builds.

    python tests/bench/corpus.py N FOLDER   # writes FOLDER/seeds/*.txt and FOLDER/markdown/*.md

The same N always gives the same files, byte for byte.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from seed_reader.model import Kind  # noqa: E402
from seed_reader.pipeline import clean_seed  # noqa: E402

MIN_WORDS, MAX_WORDS = 600, 900
# A sentence ends at ., ! or ? (or a closing quote after one) before a space and a capital.
SENTENCE_END_RE = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"A-ZÀ-ÖØ-Þ])")
MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
AUTHORS = (
    "Claire Delvaux",
    "Marc Lefort",
    "Élodie Saint-Amand",
    "Julien Morel",
    "Sophie Garnier",
    "Antoine Roux",
    "Nadia Benali",
    "Thomas Keller",
)
SITES = ("lemonde-exemple.fr", "actu-exemple.fr", "info-exemple.com", "presse-exemple.fr")
SECTIONS = ("International", "Europe", "Monde", "Défense", "Politique")
# Debris lines, by kind, as real pages carry them.
ADS = ("Passer la publicité", "Publicité", "PUBLICITÉ")
SHARE_LINES = ("Partager", "Facebook Twitter LinkedIn", "Copier le lien", "Envoyer par e-mail")
FOOTERS = (
    "© {year} {site}. Tous droits réservés.",
    "Abonnez-vous à notre newsletter pour recevoir l’essentiel de l’actualité.",
)


@dataclass(frozen=True)
class BenchArticle:
    """One synthetic article: its clean form and its raw seed."""

    name: str
    title: str
    author: str
    date: str  # YYYY-MM-DD
    blocks: tuple[tuple[str, str], ...]  # (kind, text): "p" paragraph, "h" heading
    seed: str

    @property
    def words(self) -> int:
        return sum(len(text.split()) for _, text in self.blocks)

    def markdown(self) -> str:
        """The article as a plain Pelican Markdown file."""
        # The slug is the file's name: titles drawn from the same sentences can repeat.
        head = (
            f"Title: {self.title}\nDate: {self.date}\nAuthor: {self.author}\nSlug: {self.name}\n\n"
        )
        body = "\n\n".join(f"## {text}" if kind == "h" else text for kind, text in self.blocks)
        return head + body + "\n"


def seed_sentences(seeds: Path = ROOT / "seeds") -> list[str]:
    """The sentences of the real seeds' paragraphs, cleaned, in file order."""
    sentences = []
    for path in sorted(seeds.glob("*.txt")):
        article = clean_seed(path.read_bytes(), path.name)
        for block in article.blocks:
            if block.kind is Kind.PARAGRAPH:
                sentences.extend(s for s in SENTENCE_END_RE.split(block.text) if len(s) > 20)
    return sentences


def make_title(rng: random.Random, sentences: list[str]) -> str:
    words = rng.choice(sentences).rstrip('.!?»" ').split()
    start = rng.randrange(max(1, len(words) - 8))
    title = " ".join(words[start : start + rng.randint(6, 11)]).strip('.,;:!?«» "')
    return title[0].upper() + title[1:]


def make_article(number: int, sentences: list[str]) -> BenchArticle:
    rng = random.Random(f"bench-article-{number}")
    title = make_title(rng, sentences)
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    blocks: list[tuple[str, str]] = []
    words = 0
    while words < target:
        paragraph = " ".join(rng.sample(sentences, rng.randint(2, 5)))
        if words + len(paragraph.split()) > MAX_WORDS:
            fitting = [s for s in sentences if words + len(s.split()) <= MAX_WORDS]
            if not fitting or words >= MIN_WORDS:
                break
            paragraph = rng.choice(fitting)
        heading = make_title(rng, sentences) if len(blocks) >= 3 and rng.random() < 0.15 else ""
        if heading and words + len(heading.split()) + len(paragraph.split()) <= target:
            blocks.append(("h", heading))
            words += len(heading.split())
        blocks.append(("p", paragraph))
        words += len(paragraph.split())
    date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    author = rng.choice(AUTHORS)
    name = f"bench_{number:05d}"
    article = BenchArticle(name, title, author, date, tuple(blocks), "")
    return BenchArticle(**{**article.__dict__, "seed": raw_seed(article, rng, sentences)})


def raw_seed(article: BenchArticle, rng: random.Random, sentences: list[str]) -> str:
    """The article as copied from a web page: header debris, teasers, ads, share lines, footer."""
    year, month, day = (int(part) for part in article.date.split("-"))
    site = rng.choice(SITES)
    french_date = f"{day} {MONTHS[month - 1]} {year}"
    lines: list[str] = []
    if rng.random() < 0.5:
        lines.append(f"Accueil > {rng.choice(SECTIONS)} > {rng.choice(SECTIONS)}")
    else:
        minutes, number = rng.randint(2, 9), rng.randint(100_000, 999_999)
        lines.append(f"{day:02d}/{month:02d}/{year} {site}  {minutes}min #{number}")
    lines.append(article.title)
    if rng.random() < 0.3:
        lines.append(article.title)
    if rng.random() < 0.5:
        lines += [
            f"Par {article.author}",
            f"Publié le {french_date} à {rng.randint(6, 22)}h{rng.randint(0, 59):02d}",
        ]
    else:
        lines.append(f"Par {article.author}, le {french_date}")
    if rng.random() < 0.3:
        lines += SHARE_LINES
    for position, (kind, text) in enumerate(article.blocks):
        lines.append(text)
        if position == len(article.blocks) - 1 or kind == "h":
            continue
        draw = rng.random()
        if draw < 0.08:
            lines.append(rng.choice(ADS))
        elif draw < 0.14:
            lines.append(f"Lire aussi : {make_title(rng, sentences)}")
    lines += [rng.choice(FOOTERS).format(year=year, site=site)]
    return "\n\n".join(lines) + "\n"


def generate(count: int, sentences: list[str] | None = None) -> list[BenchArticle]:
    """The first `count` articles of the synthetic archive (the same for the same count)."""
    pool = sentences if sentences is not None else seed_sentences()
    return [make_article(number, pool) for number in range(count)]


def write_corpus(count: int, folder: Path) -> tuple[Path, Path]:
    """Write folder/seeds/*.txt and folder/markdown/*.md; return the two folders."""
    seeds, markdown = folder / "seeds", folder / "markdown"
    seeds.mkdir(parents=True, exist_ok=True)
    markdown.mkdir(parents=True, exist_ok=True)
    for article in generate(count):
        (seeds / f"{article.name}.txt").write_text(article.seed, encoding="utf-8")
        (markdown / f"{article.name}.md").write_text(article.markdown(), encoding="utf-8")
    return seeds, markdown


if __name__ == "__main__":
    write_corpus(int(sys.argv[1]), Path(sys.argv[2]))

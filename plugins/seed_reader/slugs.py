"""Safe, short, unique slugs for article pages."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Long enough to read the title in the URL, short enough for any file system.
MAX_SLUG_WORDS_LENGTH = 60
NON_WORD_RE = re.compile(r"[^a-z0-9]+")
WORD_SEPARATOR_RE = re.compile(r"[\W_]+")


def slugify_title(title: str, seed: str) -> str:
    """Return an ASCII slug of the title plus a stable id of the seed file name.

    The id makes two seeds with the same title get two pages; only [a-z0-9-]
    survive, so a title that looks like a path cannot leave the output folder.
    """
    # Apostrophes and other punctuation separate words ("l’OTAN" -> "l-otan")
    # before accents are folded away.
    spaced = WORD_SEPARATOR_RE.sub(" ", title)
    ascii_title = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    words = NON_WORD_RE.sub("-", ascii_title.lower()).strip("-")
    if len(words) > MAX_SLUG_WORDS_LENGTH:
        words = words[:MAX_SLUG_WORDS_LENGTH].rsplit("-", 1)[0]
    seed_id = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:8]
    return f"{words}-{seed_id}" if words else seed_id

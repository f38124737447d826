"""Other names of organisations, places and media (content/names.yml), a library, not a plugin.

- registry: the file and its validation (the search reads it: plugins/lunr_index/aliases.py;
  source_notes reads its media as the outlets a text may cite: plugins/source_notes/outlets.py);
- candidates, report: `python -m name_aliases report`, the organisations and places the
  French model finds in the seeds that the file lacks.
"""

from .registry import ANY_CASE, EXACT_CASE, MEDIA, Form, NameRecord, NamesError, load_names

__all__ = ["ANY_CASE", "EXACT_CASE", "MEDIA", "Form", "NameRecord", "NamesError", "load_names"]

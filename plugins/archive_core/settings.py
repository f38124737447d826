"""Plugin defaults in code: each plugin lifts out of this site with its own settings.

A plugin keeps a DEFAULTS dict (one settings prefix per plugin where Pelican leaves the
choice) and connects a receiver to Pelican's `initialized` signal that calls
`apply_defaults`: pelicanconf.py may change any value, and need set none.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any


def apply_defaults(settings: dict[str, Any], defaults: Mapping[str, Any]) -> None:
    """Give settings each default it lacks (a copy: a default dict is never shared)."""
    for name, value in defaults.items():
        settings.setdefault(name, copy.deepcopy(value))

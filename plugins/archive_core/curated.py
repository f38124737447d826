"""One loader for the curated YAML files (people, names, topics, a seed's notes).

Each file's own module checks its entries; this reads the file, names it in every
error, and checks the top level is the shape the file needs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def read_curated(path: Path, error: type[Exception], shape: type[list | dict], what: str) -> Any:
    """The YAML document of path: a list or a mapping (empty when the file is empty).

    Any failure raises `error` with a message that starts with the path: a file that
    cannot be read, YAML that does not parse, or a top level that is not `shape`
    ("expected {what}").
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as problem:
        raise error(f"{path}: {problem}") from None
    if data is None:
        return shape()
    if not isinstance(data, shape):
        raise error(f"{path}: expected {what}")
    return data

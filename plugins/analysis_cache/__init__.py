"""A content-addressed cache of per-article analysis results (a library, not a plugin).

A result is stored under the SHA-256 of everything it depends on: the text analysed,
the source code that analysed it, the model and its version. A changed input or
analysis gives another key, so a stale result is never found, and the folder
(ANALYSIS_CACHE_PATH, `.cache/` in this project) is safe to delete at any time.
Results are JSON files, written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from types import ModuleType


def digest(*parts: str | bytes) -> str:
    """SHA-256 of the parts, each length-prefixed (so ("ab", "c") differs from ("a", "bc"))."""
    sha = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        sha.update(f"{len(data)}:".encode())
        sha.update(data)
    return sha.hexdigest()


def code_version(*sources: ModuleType | Path) -> str:
    """A digest of the source files of an analysis: any edit of them is a new version."""
    paths = [Path(s.__file__) if isinstance(s, ModuleType) else Path(s) for s in sources]
    return digest(*(path.read_bytes() for path in paths))


class ResultCache:
    """JSON results of one kind of analysis, under folder/kind/; no folder, no cache."""

    def __init__(self, folder: str | Path | None, kind: str) -> None:
        self.folder = Path(folder) / kind if folder else None

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str):
        """The stored result, or None when there is none (or no cache)."""
        if self.folder is None:
            return None
        try:
            return json.loads(self.path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, value) -> None:
        """Store a result (atomically: a build never reads half a file)."""
        if self.folder is None:
            return
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(value, file, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)

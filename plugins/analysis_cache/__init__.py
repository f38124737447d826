"""A content-addressed cache of per-article analysis results (a library, not a plugin).

A result is stored under the SHA-256 of everything it depends on: the text analysed,
the source code that analysed it, the model and its version. A changed input or
analysis gives another key, so a stale result is never found, and the folder
(ANALYSIS_CACHE_PATH, `.cache/` in this project) is safe to delete at any time.
Results are JSON files (or pickles, for typed records), written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from enum import Enum
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


class Codec(Enum):
    """How results are stored: JSON for plain data, pickle for typed records."""

    JSON = "json"
    PICKLE = "pickle"


class ResultCache:
    """Results of one kind of analysis, under folder/kind/; no folder, no cache."""

    def __init__(self, folder: str | Path | None, kind: str, codec: Codec = Codec.JSON) -> None:
        self.folder = Path(folder) / kind if folder else None
        self.codec = codec

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.{self.codec.value}"

    def get(self, key: str):
        """The stored result, or None when there is none (or no cache)."""
        if self.folder is None:
            return None
        try:
            data = self.path(key).read_bytes()
            if self.codec is Codec.PICKLE:
                return pickle.loads(data)
            return json.loads(data.decode("utf-8"))
        # A truncated or foreign file is a miss: the result is computed again.
        except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError):
            return None

    def put(self, key: str, value) -> None:
        """Store a result (atomically: a build never reads half a file)."""
        if self.folder is None:
            return
        if self.codec is Codec.PICKLE:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        else:
            data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)

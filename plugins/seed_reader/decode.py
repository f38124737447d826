"""Stage 1: turn the seed's bytes into text, refusing what is not text."""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from .model import SeedError, SourceFormat

if TYPE_CHECKING:
    from .model import Draft

# Magic numbers of the files most likely to be renamed .txt by mistake.
BINARY_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an office document)",
    b"\x1f\x8b": "a gzip archive",
    b"RIFF": "a RIFF file (WebP image, WAV sound)",
}

# C0/C1 controls other than tab, line feed, carriage return and form feed.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

# A text with more than this share of control characters is binary data that
# happened to decode; real pages carry at most a stray one.
MAX_CONTROL_SHARE = 0.01

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode(draft: Draft) -> Draft:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252."""
    text, encoding = decode_bytes(draft.raw, draft.seed)
    warnings = draft.warnings
    if encoding != "utf-8":
        warnings += (f"decoded as {encoding}",)
    written = "utf-8-sig" if draft.raw.startswith(codecs.BOM_UTF8) else encoding
    return draft.but(text=text, warnings=warnings, source_format=SourceFormat(encoding=written))


def decode_bytes(raw: bytes, seed: str) -> tuple[str, str]:
    """Return the text and the encoding it was read with; raise SeedError if it is not text."""
    if not raw:
        raise SeedError(seed, "the file is empty")
    if raw.startswith(UTF16_BOMS):
        try:
            return _checked(raw.decode("utf-16"), seed), "utf-16"
        except UnicodeDecodeError as error:
            raise SeedError(seed, f"undecodable UTF-16 ({error.reason})") from None
    for signature, what in BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            raise SeedError(seed, f"binary file: looks like {what}, not text")
    if b"\x00" in raw:
        raise SeedError(seed, "binary file: contains NUL bytes")
    try:
        text, encoding = raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            # Windows-1252 is what French pages saved as "Latin-1" really use:
            # it adds the curly quotes, the œ and the euro sign.
            text, encoding = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise SeedError(seed, "undecodable: neither UTF-8 nor Windows-1252/Latin-1") from None
    return _checked(text, seed), encoding


def _checked(text: str, seed: str) -> str:
    if not text.strip():
        raise SeedError(seed, "the file holds only blank space")
    controls = len(CONTROL_RE.findall(text))
    if controls > max(1, MAX_CONTROL_SHARE * len(text)):
        raise SeedError(seed, f"binary file: {controls} control characters")
    return text

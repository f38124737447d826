"""Stages 1 and 2: bytes to text, text to numbered lines."""

from __future__ import annotations

import pytest
from seed_reader.decode import decode_bytes
from seed_reader.lines import to_lines
from seed_reader.model import SeedError

TEXT = "L’Otan « prévient » : œuvre, déjà.\n"


@pytest.mark.parametrize(
    ("raw", "expected_text", "expected_encoding"),
    [
        (TEXT.encode("utf-8"), TEXT, "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, "utf-8"),
        (TEXT.encode("cp1252"), TEXT, "cp1252"),
        ("Défense\n".encode("latin-1"), "Défense\n", "cp1252"),
        (TEXT.encode("utf-16"), TEXT, "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "utf16-bom"],
)
def test_decodes_the_encodings_french_pages_are_saved_in(raw, expected_text, expected_encoding):
    assert decode_bytes(raw, "x.txt") == (expected_text, expected_encoding)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "blank space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"texte\x00avec NUL", "NUL bytes"),
        (b"\x81\x8d\x8f\x90\x9d", "undecodable"),
        (bytes(range(1, 32)) * 10, "control characters"),
    ],
    ids=["empty", "blank", "png", "jpeg", "nul", "undecodable", "controls"],
)
def test_refuses_what_is_not_text_naming_the_file_and_the_reason(raw, reason):
    with pytest.raises(SeedError) as error:
        decode_bytes(raw, "bad.txt")
    assert str(error.value).startswith("bad.txt: ")
    assert reason in str(error.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\nb\n", ["a", "b"]),
        ("a\r\nb\r\n", ["a", "b"]),
        ("a\rb", ["a", "b"]),
        ("a\n\nb", ["a", "", "b"]),
        ("a\u2028b", ["a", "b"]),
        ("a\fb\x0bc", ["a\fb\x0bc"]),
        ("", []),
    ],
)
def test_splits_lines_on_every_line_end(text, expected):
    lines = to_lines(text)
    assert [line.text for line in lines] == expected
    assert [line.number for line in lines] == list(range(1, len(expected) + 1))

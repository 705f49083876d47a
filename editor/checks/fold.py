"""Folding text for comparison: what a proofreader would call "the same words" despite spaces,
full-width/half-width forms, quote styles and line breaks."""
from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "■": None,
                         "\u3000": None, "·": "·", "•": "·"})


def fold(text: str | None) -> str:
    """NFKC (full-width ASCII to half-width), typographic quotes to plain, no whitespace, no ■."""
    if not text:
        return ""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text).translate(_QUOTES))


def is_cjk(ch: str) -> bool:
    """A Han character (the letters of Chinese text); punctuation is not."""
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF
            or 0xF900 <= o <= 0xFAFF)


def squash_spaces(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def short(text: str, limit: int = 24) -> str:
    """A piece of text short enough for a message."""
    text = squash_spaces(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def similarity(a: str, b: str) -> float:
    """0..1, how much of two folded strings is the same (difflib ratio)."""
    from difflib import SequenceMatcher
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def diff_hint(printed: str, expected: str) -> tuple[str, str] | None:
    """The first stretch where two folded strings differ, as (in printed, in expected), with one
    character of context on each side so that an insertion is readable."""
    from difflib import SequenceMatcher
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, printed, expected, autojunk=False).get_opcodes():
        if tag != "equal":
            lo_a, lo_b = max(i1 - 1, 0), max(j1 - 1, 0)
            return printed[lo_a:i2 + 1], expected[lo_b:j2 + 1]
    return None

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


def describe_difference(printed: str, expected: str, here: tuple[str, str]) -> str:
    """The first difference between two folded strings in words: what `here` (the printed place,
    zh and en) has more, less, or instead. "要目少了“创新”" reads better than two long strings."""
    from difflib import SequenceMatcher

    from editor.i18n import t
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, printed, expected, autojunk=False).get_opcodes():
        a, b = printed[i1:i2], expected[j1:j2]
        if tag == "delete":
            return t("{here}多了“{a}”", "{here_en} has “{a}” extra", here=here[0], here_en=here[1], a=a)
        if tag == "insert":
            return t("{here}少了“{b}”", "{here_en} lacks “{b}”", here=here[0], here_en=here[1], b=b)
        if tag == "replace":
            return t("{here}作“{a}”，应为“{b}”", "{here_en} has “{a}” for “{b}”", here=here[0], here_en=here[1],
                     a=a, b=b)
    return ""

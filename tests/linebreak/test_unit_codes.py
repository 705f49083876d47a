"""The composer cuts text into units in bulk (a regex for Latin words, str.translate for the kind
of every other character): these tables must say what kind() says, character by character."""
from __future__ import annotations

from editor.layout import linebreak as lb

# the BMP, and a few astral characters (CJK extension B, emoji)
CHARS = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF] + ["\U00020000", "\U0001F600"]


def test_latin_runs_are_the_characters_kind_calls_latin():
    latin = "".join(ch for ch in CHARS if lb.kind(ch) == lb.LATIN)
    assert lb.LATIN_RUN.fullmatch(latin)
    others = [ch for ch in CHARS if lb.kind(ch) != lb.LATIN]
    assert not [ch for ch in others if lb.LATIN_RUN.search(ch)]


def test_unit_codes_are_kinds_with_plain_han_marked():
    codes = "".join(CHARS).translate(lb.UNIT_CODES)
    assert len(codes) == len(CHARS)
    for ch, code in zip(CHARS, codes):
        if code == lb.PLAIN:
            # between two of these a line may break and nothing is added: the composer's shortcut
            assert lb.kind(ch) == lb.IDEO, ch
            for a, b in ((ch, ch), (ch, "常"), ("常", ch)):
                assert lb.break_value(a, lb.IDEO, b, lb.IDEO, False) == lb.ALLOWED, (a, b)
        else:
            assert code == lb.kind(ch), ch
    assert "常州".translate(lb.UNIT_CODES) == "PP"
    assert "，“（２％".translate(lb.UNIT_CODES) == "MMMII"

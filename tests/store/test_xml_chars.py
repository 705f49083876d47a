"""The characters that force a string into base64 are exactly those outside XML 1.0's Char
production, over all of Unicode, and such strings still round-trip."""
from __future__ import annotations

from lxml import etree

from editor.store.xmltext import el_text, text_el, xml_illegal


def _xml_char(c: int) -> bool:
    # Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    return c in (0x9, 0xA, 0xD) or 0x20 <= c <= 0xD7FF or 0xE000 <= c <= 0xFFFD or 0x10000 <= c <= 0x10FFFF


def test_illegal_is_the_complement_of_the_char_production():
    wrong = [hex(c) for c in range(0x110000) if bool(xml_illegal().match(chr(c))) == _xml_char(c)]
    assert wrong == []


def test_strings_with_illegal_characters_round_trip():
    root = etree.Element("r")
    for value in ("正文\x0b分页", "a\ud800b", "\ufffe", "tab\tnewline\n", "𠀀汉字"):
        el = text_el(root, "t", value)
        assert (el.get("encoding") == "base64") == any(not _xml_char(ord(ch)) for ch in value)
        assert el_text(el) == value

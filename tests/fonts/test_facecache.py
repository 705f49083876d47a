"""The on-disk copy of ReportLab's font reading gives the same font as parsing the file."""
from __future__ import annotations

import shutil

from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from editor.layout import facecache, fonts


def _pdf_bytes(font, tmp_path, name) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    pdfmetrics.registerFont(font)
    out = tmp_path / f"{name}.pdf"
    c = Canvas(str(out), invariant=1)
    c.setFont(font.fontName, 12)
    c.drawString(20, 700, "期刊编排台 IssueDesk 2021年，“科技”——常州")
    c.showPage()
    c.save()
    return out.read_bytes()


def test_cached_face_is_the_parsed_face(ready_fonts, tmp_path):
    path = tmp_path / "serif.ttf"
    shutil.copy(fonts.font_file("serif"), path)
    cache = tmp_path / "faces"
    parsed = TTFont("FC-Parsed", str(path))
    first = facecache.load_ttfont("FC-First", path, 0, cache)     # parses, writes the entry
    entries = list(cache.glob("*.rlface"))
    assert len(entries) == 1
    cached = facecache.load_ttfont("FC-Cached", path, 0, cache)   # from the entry
    assert set(vars(cached)) == set(vars(parsed))
    assert set(vars(cached.face)) == set(vars(parsed.face))
    for key, value in vars(parsed.face).items():
        if key != "_pdfScale":
            assert getattr(cached.face, key) == value, key
    assert cached.face._pdfScale(2048) == parsed.face._pdfScale(2048)
    assert cached.face.name.ustr == parsed.face.name.ustr
    assert cached.stringWidth("编排 Desk", 10) == parsed.stringWidth("编排 Desk", 10)
    # same embedded subset and page, byte for byte, whatever the font's ReportLab name
    pdf_parsed = _pdf_bytes(parsed, tmp_path, "parsed").replace(b"FC-Parsed", b"FC-X")
    pdf_cached = _pdf_bytes(cached, tmp_path, "cached").replace(b"FC-Cached", b"FC-X")
    assert pdf_cached == pdf_parsed
    assert first.face.charToGlyph == parsed.face.charToGlyph


def test_stale_or_damaged_entry_is_parsed_again(ready_fonts, tmp_path):
    path = tmp_path / "sans.ttf"
    shutil.copy(fonts.font_file("sans"), path)
    cache = tmp_path / "faces"
    facecache.load_ttfont("FC-A", path, 0, cache)
    entry = next(cache.glob("*.rlface"))
    entry.write_bytes(b"\x00 not marshal")
    font = facecache.load_ttfont("FC-B", path, 0, cache)
    assert len(font.face.charToGlyph) > 20000
    # rewritten: the next load reads it back
    stamp = facecache._stamp(path, 0)
    assert facecache._read(entry, stamp) is not None
    # the file changed (other size): the old entry does not match it
    with open(path, "ab") as fh:
        fh.write(b"\0" * 4)
    assert facecache._read(entry, facecache._stamp(path, 0)) is None


def test_missing_chars_agrees_with_fonttools(ready_fonts):
    text = "期刊编排台，“科技”——常州 ABC \U00020000\ue000"
    for family, bold in (("serif", False), ("sans", True)):
        from editor.layout.fonts import _cmap, _font_location
        fonttools = {ch for ch in set(text) if ord(ch) not in _cmap(*_font_location(family, bold))}
        assert fonts.missing_chars(text, family, bold) == fonttools

"""The CFF → TrueType conversion on a tiny font built here (the real one takes a minute)."""
from __future__ import annotations

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.ttLib import TTFont

from editor.layout.fontprep import cff_to_glyf


def _glyph(curvy: bool):
    pen = T2CharStringPen(600, None)
    pen.moveTo((100, 0))
    pen.lineTo((500, 0))
    if curvy:
        pen.curveTo((600, 200), (600, 500), (500, 700))
    else:
        pen.lineTo((500, 700))
    pen.lineTo((100, 700))
    pen.closePath()
    return pen.getCharString()


def _cff_font(path):
    fb = FontBuilder(1000, isTTF=False)
    fb.setupGlyphOrder([".notdef", "A"])
    fb.setupCharacterMap({0x41: "A"})
    fb.setupCFF("TinyCFF-Regular", {"FullName": "Tiny CFF"}, {".notdef": _glyph(False), "A": _glyph(True)}, {})
    fb.setupHorizontalMetrics({".notdef": (600, 100), "A": (600, 100)})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Tiny CFF", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    fb.setupPost()
    fb.save(str(path))


def test_cff_becomes_glyf_that_reportlab_embeds(tmp_path):
    src, dst = tmp_path / "tiny.otf", tmp_path / "tiny.ttf"
    _cff_font(src)
    cff_to_glyf(src, dst)
    font = TTFont(str(dst))
    assert "glyf" in font and "CFF " not in font
    assert font.sfntVersion == "\x00\x01\x00\x00"
    assert font["post"].formatType == 2.0
    glyph = font["glyf"]["A"]
    glyph.recalcBounds(font["glyf"])
    assert (glyph.xMin, glyph.yMin, glyph.yMax) == (100, 0, 700)
    assert 570 <= glyph.xMax <= 600       # the curve, now quadratic, still bulges out to ~575
    assert font["maxp"].numGlyphs == 2 and font["maxp"].maxContours == 1

    from reportlab.pdfbase.ttfonts import TTFont as RLFont
    RLFont("TinyConverted", str(dst))   # refuses CFF outlines; accepts these

"""A Line keeps its glyphs as columns; Line.glyphs shows them as Glyph objects, and a line made
from Glyph objects is the same line."""
from __future__ import annotations

from editor.layout.compose import Glyph, Line, Span, compose_paragraph
from editor.layout.lines import style

FONT = "STSong-Light"


def test_glyphs_read_back_the_columns_and_make_the_same_line():
    spans = [Span("聚焦开放。", FONT, 10.0, bold=True), Span("新增企业 120 家——“政产学研用”。 ", FONT, 10.0)]
    for line in compose_paragraph(spans, 90.0, first_indent=20.0):
        glyphs = line.glyphs
        assert len(glyphs) == len(line.texts) and bool(glyphs)
        assert [g.text for g in glyphs] == line.texts and "".join(line.texts) == line.text
        assert [g.x for g in glyphs] == line.xs and [g.width for g in glyphs] == line.widths
        assert [g.shift for g in glyphs] == line.shifts
        assert [(g.font, g.size, g.color, g.fake_bold, g.hscale) for g in glyphs] == line.styles
        assert glyphs[-1] == list(glyphs)[-1] and glyphs[1:3] == list(glyphs)[1:3]
        again = Line(glyphs, line.width, line.natural, line.ascent, line.descent, line.last,
                     line.leading, line.justified)
        assert again == line and again.end == line.end
        assert all(a is b for a, b in zip(again.styles, line.styles))     # one object a style


def test_a_glyph_read_is_a_copy():
    line = Line([Glyph("甲", 0.0, 10.0, FONT, 10.0, None), Glyph(" ", 10.0, 0.0, FONT, 10.0, None)],
                10.0, 10.0, 8.0, 2.0, True)
    g = line.glyphs[0]
    g.x = 5.0
    assert line.xs == [0.0, 10.0] and line.glyphs[0].x == 0.0
    assert line.text == "甲 " and line.end == 10.0
    assert line.styles[0] is style(FONT, 10.0, None, False, 1.0)
    assert not Line([], 10.0, 0.0, 0.0, 0.0, True).glyphs

"""Codes handed out most used first (drawing.order_codes through redraw.LineDrawer.order): fewer
subset selections in the content stream, the same glyphs at the same places, subsets holding
only the characters drawn, and a document that carries an earlier one's codes keeps them."""
from __future__ import annotations

import importlib.util
import io
import re
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from editor.layout import redraw
from editor.layout.compose import Span, compose_paragraph
from editor.layout.fonts import register_font

pytestmark = pytest.mark.usefixtures("ready_fonts")


def _writer_tests():
    # the line writer's tests read glyphs back from a page (_shown); test modules are imported by
    # path here (--import-mode=importlib), so that one is loaded from its file
    spec = importlib.util.spec_from_file_location("_writer_tests",
                                                  Path(__file__).with_name("test_drawing_writer.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_shown = _writer_tests()._shown

LEADING = 16.0
# 300 characters each used once, then two used over and over: in order of first appearance 的
# gets a code in subset 0 and 是 one in subset 1, so each of their 400 glyphs would select a subset
RARE = "".join(chr(c) for c in range(0x4E00 + 600, 0x4E00 + 900))
TEXT = "的" + RARE + "是" + "的是" * 200


@pytest.fixture(autouse=True)
def no_memo():
    redraw.forget()
    yield
    redraw.forget()


def _lines(text: str = TEXT, font: str = "serif"):
    return compose_paragraph([Span(text, font, 10.5)], 400.0, leading=LEADING)


def _document(lines, *, order: bool, later=()) -> bytes:
    """One page drawn through a LineDrawer, as render_pdf draws; `later` lines are drawn after
    `lines` without being ordered first (as the watermark or a carried document's new text)."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(440, 4000), initialFontName=register_font("sans"))
    with redraw.LineDrawer(canvas) as drawer:
        if order:
            drawer.order(lines)
        y = 3900.0
        for line in [*lines, *later]:
            drawer.draw(canvas, line, 20.0, y)
            y -= LEADING
        canvas.showPage()
        drawer.save()
    redraw.forget()
    return buf.getvalue()


def _selections(data: bytes) -> int:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return sum(1 for _, op in pikepdf.parse_content_stream(pdf.pages[0]) if str(op) == "Tf")


def _mapped(data: bytes) -> set[str]:
    """Every character the page's fonts map a code to (their ToUnicode CMaps)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        mapped = set()
        for font in pdf.pages[0].Resources.Font.values():
            cmap = font.ToUnicode.read_bytes().decode("latin-1")
            mapped |= {chr(int(u, 16)) for u in re.findall(r"<[0-9A-F]{2}> <([0-9A-F]{4})>", cmap)}
    return mapped


def _untagged(glyphs: list[dict]) -> list[dict]:
    """Glyphs with their font's subset tag (ABCDEF+) left out: the subsets are numbered anew."""
    return [{**g, "font": g["font"].split("+", 1)[1]} for g in glyphs]


def test_the_most_used_characters_share_a_subset():
    lines = _lines()
    by_appearance, by_use = _document(lines, order=False), _document(lines, order=True)
    assert _selections(by_appearance) > 400
    assert _selections(by_use) < _selections(by_appearance) / 4
    assert _untagged(_shown(by_use)) == _untagged(_shown(by_appearance))


def test_subsets_hold_only_the_characters_drawn():
    """No places kept for ASCII the text does not use (ReportLab keeps 32-127 by default)."""
    lines = _lines("数字 2021 与 IssueDesk：" + TEXT[:40])
    drawn = {ch for line in lines for ch in line.text if not ch.isspace()}
    assert _mapped(_document(lines, order=True)) - {" ", "\0"} == drawn


def test_characters_drawn_after_the_ordered_ones_get_right_codes():
    """A face given few codes first (fewer than the 31 below the space) and more later: the
    later characters go on after code 32, each shown as itself."""
    first, later = _lines("的是", "sans"), _lines("科技创新 IssueDesk 2021" + RARE[:40], "sans")
    data = _document(first, order=True, later=later)
    expected = [ch for line in first + later for ch in line.text if not ch.isspace()]
    assert [g["ch"] for g in _shown(data)] == expected


def test_a_document_carrying_codes_keeps_them():
    """The second document of a session starts from the first's codes (its copied lines' strings
    rely on them): LineDrawer does not count its characters again, and order_codes asked anyway
    gives codes only to the new characters, after the old ones."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from editor.layout.drawing import order_codes
    lines = _lines()
    name = lines[0].styles[0][0]
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(440, 4000), initialFontName=register_font("sans"))
    with redraw.LineDrawer(canvas) as drawer:
        assert drawer.held and not drawer.carried
        drawer.order(lines)
        for n, line in enumerate(lines):
            drawer.draw(canvas, line, 20.0, 3900.0 - n * LEADING)
        before = dict(getFont(name).state[canvas._doc].assignments)
        canvas.showPage()
        drawer.save()
    again = _lines("是" * 50 + "鑫淼犇骉" * 30 + TEXT)     # other frequencies, new characters
    canvas = Canvas(io.BytesIO(), pagesize=(440, 4000), initialFontName=register_font("sans"))
    with redraw.LineDrawer(canvas) as drawer:
        assert drawer.carried
        drawer.order(again)
        order_codes(canvas._doc, again)
        for n, line in enumerate(again):
            drawer.draw(canvas, line, 20.0, 3900.0 - n * LEADING)
        now = getFont(name).state[canvas._doc].assignments
        assert before.items() <= now.items()
        assert all(ord(ch) in now for ch in "鑫淼犇骉")
        canvas.showPage()
        drawer.save()

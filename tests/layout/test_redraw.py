"""Re-export in a running session: lines drawn before are copied, and the PDF shows and says
exactly what a fresh export of the same issue shows and says."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from editor.export.render import render_pdf
from editor.layout import drawing, redraw
from editor.layout.paginate import lay_out
from editor.model import Paragraph

pytestmark = pytest.mark.usefixtures("ready_fonts")
NEW_TEXT = "编辑后补充：鑫淼犇骉，第二次修改。"       # characters no earlier page used


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout


def _pixels(pdf, folder) -> list[bytes]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "20", "-gray", str(pdf), str(folder / "p")], check=True)
    return [p.read_bytes() for p in sorted(folder.glob("p*.pgm"))]


@pytest.fixture
def counted(monkeypatch):
    calls = []                  # the lines written anew (not copied from the memo)
    real = drawing.LineWriter.draw

    def counting(writer, line, *a, **kw):
        calls.append(line)
        return real(writer, line, *a, **kw)

    monkeypatch.setattr(drawing.LineWriter, "draw", counting)
    redraw.forget()
    yield calls
    redraw.forget()


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
def test_reexport_copies_old_lines_and_matches_a_fresh_export(issue_folder, tmp_path, counted):
    issue, folder = issue_folder
    render_pdf(lay_out(issue, folder), tmp_path / "first.pdf")
    first_calls = len(counted)
    render_pdf(lay_out(issue, folder), tmp_path / "proof.pdf", mode="proof")   # other strings
    article = list(issue.articles())[-1]
    article.blocks.append(Paragraph.of(NEW_TEXT))
    laid = lay_out(issue, folder)
    counted.clear()
    render_pdf(laid, tmp_path / "again.pdf")
    redrawn = len(counted)
    assert first_calls > 50
    assert 0 < redrawn < first_calls / 3         # only the edited article's lines were set again
    assert any("鑫淼犇" in line.text for line in counted)

    redraw.forget()
    render_pdf(laid, tmp_path / "fresh.pdf")
    assert _text(tmp_path / "again.pdf") == _text(tmp_path / "fresh.pdf")
    assert "鑫淼犇骉" in _text(tmp_path / "again.pdf")
    again = _pixels(tmp_path / "again.pdf", tmp_path / "again")
    fresh = _pixels(tmp_path / "fresh.pdf", tmp_path / "fresh")
    assert len(again) == len(fresh) == len(laid.pages)
    assert again == fresh


def laid_font() -> str:
    from editor.layout.fonts import register_font
    return register_font("sans")


def test_a_canvas_with_a_standard_font_named_first_is_drawn_the_ordinary_way(tmp_path, counted):
    from reportlab.pdfgen.canvas import Canvas
    with redraw.LineDrawer(Canvas(str(tmp_path / "helvetica.pdf"))) as drawer:
        assert not drawer.held


def test_a_second_document_at_the_same_time_is_drawn_the_ordinary_way(issue_folder, tmp_path, counted):
    from reportlab.pdfgen.canvas import Canvas
    issue, folder = issue_folder
    laid = lay_out(issue, folder)
    render_pdf(laid, tmp_path / "first.pdf")
    first_calls = len(counted)
    with redraw.LineDrawer(Canvas(str(tmp_path / "other.pdf"), initialFontName=laid_font())) as other:
        assert other.held
        counted.clear()
        render_pdf(laid, tmp_path / "meanwhile.pdf")      # the memo is busy: every line drawn
        assert len(counted) == first_calls
    counted.clear()
    render_pdf(laid, tmp_path / "after.pdf")
    assert len(counted) == 0
    assert _text(tmp_path / "after.pdf") == _text(tmp_path / "first.pdf")


def test_the_memo_keeps_only_what_the_last_document_drew(issue_folder, tmp_path, counted):
    issue, folder = issue_folder
    article = list(issue.articles())[-1]
    article.blocks.append(Paragraph.of(NEW_TEXT))
    render_pdf(lay_out(issue, folder), tmp_path / "with.pdf")
    with_new = len(redraw._CARRY.lines)
    article.blocks.pop()
    laid = lay_out(issue, folder)
    render_pdf(laid, tmp_path / "without.pdf")
    drawn = sum(1 for page in laid.pages for op in page.texts() if op.line is not None and op.line.glyphs)
    assert len(redraw._CARRY.lines) == drawn < with_new
    assert not any("鑫淼犇" in entry[0].text for entry in redraw._CARRY.lines.values())


def test_a_font_registered_again_starts_the_memo_afresh(issue_folder, tmp_path, counted):
    from reportlab.pdfbase import pdfmetrics
    issue, folder = issue_folder
    laid = lay_out(issue, folder)
    render_pdf(laid, tmp_path / "first.pdf")
    first_calls = len(counted)
    name, font, _ = redraw._CARRY.fonts[0]
    twin = type(font).__new__(type(font))
    twin.__dict__.update(font.__dict__)
    twin.state = type(font.state)()
    pdfmetrics._fonts[name] = twin          # same name, another object (as after a reset)
    try:
        counted.clear()
        render_pdf(laid, tmp_path / "again.pdf")
        assert len(counted) == first_calls
        assert _text(tmp_path / "again.pdf") == _text(tmp_path / "first.pdf")
    finally:
        pdfmetrics._fonts[name] = font

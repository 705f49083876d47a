"""Drawing composed lines on a ReportLab canvas: few text runs, CMYK only, text reads back."""
from __future__ import annotations

import io
import shutil
import subprocess

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from editor.layout.compose import Span, compose_paragraph, draw_lines, resolve_font

TEXT = ("常州高新区全面推进高企三年倍增行动，高企培育数量和质量得到双提升。2020年，全区41家企业被评为"
        "瞪羚企业，新增省级企业研发机构40家，推进维尔利环保、紫龙药业等5家企业与省产研院共建联合创新中心。")


def _pdf(spans, width=200.0, leading=15.0):
    lines = compose_paragraph(spans, width, first_indent=20, leading=leading)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(300, 400), initialFontName=resolve_font(spans[0].font, False)[0])
    y = draw_lines(c, lines, 50, 350, leading)
    c.showPage()
    c.save()
    return lines, y, buf.getvalue()


def _operators(data: bytes):
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [(str(op), operands) for operands, op in pikepdf.parse_content_stream(pdf.pages[0])]


def test_lines_are_drawn_in_few_runs_and_in_cmyk(font):
    lines, y, data = _pdf([Span(TEXT, font, 10)])
    assert y == pytest.approx(350 - 15 * len(lines))
    ops = _operators(data)
    shows = [o for o, _ in ops if o in ("Tj", "TJ", "'", '"')]
    # one run per stretch of equal spacing: a justified line of Chinese is a handful, not ~20
    assert len(lines) >= 4
    assert len(shows) <= 6 * len(lines)
    assert any(o == "Tc" for o, _ in ops)
    names = {o for o, _ in ops}
    assert "k" in names and not names & {"rg", "RG", "g", "G", "sc", "scn"}


def test_colour_and_fake_bold():
    lines, _, data = _pdf([Span("聚力创新，", "STSong-Light", 10, bold=True),
                           Span("打造创新创业引领区。", "STSong-Light", 10, color=(1, 0, 0, 0))])
    assert lines[0].glyphs[0].fake_bold and not lines[0].glyphs[-1].fake_bold
    ops = _operators(data)
    modes = [float(args[0]) for o, args in ops if o == "Tr"]
    assert 2.0 in modes and 0.0 in modes
    fills = [[float(a) for a in args] for o, args in ops if o == "k"]
    assert [1.0, 0.0, 0.0, 0.0] in fills and [0.0, 0.0, 0.0, 1.0] in fills


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler's pdftotext is not installed")
def test_text_reads_back_from_the_pdf(font):
    lines, _, data = _pdf([Span(TEXT, font, 10)])
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout
    got = "".join(out.decode("utf-8").split())
    assert got == "".join(TEXT.split())


def test_marks_in_half_width_are_drawn_in_a_half_width_twin(font):
    """The PDF's own width for a compressed mark matches the room it was given, so readers of
    the PDF see no overlap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines = compose_paragraph([Span("常州。”市科", font, 10)], 200)
    g = {x.text: x for x in lines[0].glyphs}
    assert g["。"].width == pytest.approx(5)
    if font == "STSong-Light":
        assert g["。"].font == "STSong-Light"          # a CID font has no twin: drawn as it is
    else:
        assert g["。"].font.endswith("~half") and g["”"].font == g["市"].font
        assert stringWidth("。", g["。"].font, 10) == pytest.approx(5)
        assert stringWidth("市", g["。"].font, 10) == pytest.approx(10)

"""The line writer read back from the PDF: every glyph where the composer put it (to 0.01 pt), in
its own face (mixed faces, a half-width mark's twin, a stretched dash), fake bold stroked, the
text in reading order for pdftotext, the fonts embedded, CMYK text in print and RGB in a proof."""
from __future__ import annotations

import io
import re
import shutil
import subprocess

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from editor.layout.compose import Span, compose_paragraph, draw_lines
from editor.layout.drawing import FAKE_BOLD_STROKE_EM, draw_line
from editor.layout.fonts import register_font
from editor.layout.lines import Glyph, Line

pytestmark = pytest.mark.usefixtures("ready_fonts")

X0, TOP, LEADING, WIDTH = 40.0, 560.0, 16.0, 230.0
RED = (0.0, 1.0, 1.0, 0.0)
MIXED = [  # every kind of glyph the writer meets, justified over several lines
    ("常州高新区全面推进高企三年倍增行动——高企培育数量和质量得到双提升。", "serif", False, None),
    ("“IssueDesk 2021”版本支持 PDF/X-4 与 CMYK 输出，", "serif", False, None),
    ("重点项目", "serif", True, None),
    ("“早开工、早投产、早见效。”", "sans", False, RED),
    ("推进维尔利环保、紫龙药业等 5 家企业与省产研院共建联合创新中心（试点）。", "sans", False, None),
]


def _spans() -> list[Span]:
    return [Span(text, font, 10.5, bold, color) for text, font, bold, color in MIXED]


def _draw(draw, proof: bool = False) -> bytes:
    """A one-page PDF drawn by `draw(target)`, on a print canvas or through the proof's RGB
    stand-in (as render_pdf passes it)."""
    from editor.export.render import _RGBText
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(320, 600), initialFontName=register_font("sans"),
                    **({} if proof else {"enforceColorSpace": "cmyk"}))
    draw(_RGBText(canvas) if proof else canvas)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _shown(data: bytes) -> list[dict]:
    """Each glyph the page shows: its character (through the font's ToUnicode), x, y, the
    font's BaseFont, size, horizontal scale, render mode, line width and fill operator —
    worked out from the content stream's operators and the fonts' widths, as a reader does."""
    out = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        fonts = {}
        for name, font in page.Resources.Font.items():
            cmap = font.ToUnicode.read_bytes().decode("latin-1")
            uni = {int(c, 16): chr(int(u, 16)) for c, u in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4})>", cmap)}
            first = int(font.get("/FirstChar", 0))
            widths = [float(w) for w in font.Widths]
            fonts[name] = (str(font.BaseFont), uni, first, widths, "/FontFile2" in font.FontDescriptor)
        gs = {"Tc": 0.0, "Tz": 100.0, "Tr": 0, "w": 1.0, "fill": None}
        stack = []
        tx = ty = size = 0.0
        font = None
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op == "q":
                stack.append(dict(gs))
            elif op == "Q":
                gs = stack.pop()
            elif op == "BT":
                tx = ty = 0.0
            elif op == "Tm":
                a, b, c, d, tx, ty = (float(v) for v in operands)
                assert (a, b, c, d) == (1, 0, 0, 1)
            elif op == "Td":
                tx, ty = tx + float(operands[0]), ty + float(operands[1])
            elif op == "Tf":
                font, size = fonts[str(operands[0])], float(operands[1])
            elif op in ("Tc", "Tz", "Tr", "w"):
                gs[op] = float(operands[0])
            elif op in ("k", "rg", "g", "sc", "scn"):
                gs["fill"] = (op, tuple(float(v) for v in operands))
            elif op in ("Tj", "TJ"):
                items = operands[0] if op == "TJ" else [operands[0]]
                base, uni, first, widths, embedded = font
                for item in items:
                    if not isinstance(item, pikepdf.String):
                        tx -= float(item) / 1000 * size * gs["Tz"] / 100
                        continue
                    for code in bytes(item):
                        out.append({"ch": uni.get(code), "x": tx, "y": ty, "font": base, "size": size,
                                    "Tz": gs["Tz"], "Tr": gs["Tr"], "w": gs["w"], "fill": gs["fill"],
                                    "embedded": embedded})
                        tx += (widths[code - first] / 1000 * size + gs["Tc"]) * gs["Tz"] / 100
    return out


def _base_font(name: str) -> str:
    from reportlab.pdfbase.pdfmetrics import getFont
    return getFont(name).face.name.decode()


def _expected(lines: list[Line], x: float, top: float, leading: float):
    """(character, x of its glyph's ink or None inside a word, glyph) in drawing order."""
    y = top
    for line in lines:
        baseline = y - (leading - (line.ascent + line.descent)) / 2 - line.ascent
        for g in line.glyphs:
            if g.text.isspace():
                continue
            for i, ch in enumerate(g.text):
                yield ch, (x + g.x + g.shift if i == 0 else None), baseline, g
        y -= leading


def test_every_glyph_is_where_the_composer_put_it_in_its_own_face():
    lines = compose_paragraph(_spans(), WIDTH, first_indent=21, leading=LEADING)
    assert sum(line.justified for line in lines) >= 3
    glyphs = [g for line in lines for g in line.glyphs]
    assert any(g.font.endswith("~half") for g in glyphs), "no mark set in half width"
    assert any(g.hscale != 1.0 for g in glyphs), "no stretched dash"
    assert any(len(g.text) > 1 for g in glyphs), "no Latin word"
    assert len({g.font for g in glyphs}) >= 4, "not enough faces"

    shown = _shown(_draw(lambda c: draw_lines(c, lines, X0, TOP, LEADING)))
    expected = list(_expected(lines, X0, TOP, LEADING))
    assert [s["ch"] for s in shown] == [ch for ch, *_ in expected]
    for s, (ch, x, baseline, g) in zip(shown, expected):
        if x is not None:
            assert s["x"] == pytest.approx(x, abs=0.01), ch
        assert s["y"] == pytest.approx(baseline, abs=0.01)
        assert s["font"].endswith("+" + _base_font(g.font)), ch
        assert s["size"] == g.size
        assert s["Tz"] == pytest.approx(100 * g.hscale, abs=1e-3)
        assert s["Tr"] == 0
        assert s["fill"] == ("k", g.color or (0, 0, 0, 1))
        assert s["embedded"]
    # the next glyph of an evenly spaced run lands where the composer put it only if the
    # run's character spacing is right: checked above for every glyph; and runs are few
    ops = _operators(_draw(lambda c: draw_lines(c, lines, X0, TOP, LEADING)))
    assert sum(op == "Tj" for op in ops) < len(shown)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler's pdftotext is not installed")
def test_pdftotext_reads_the_lines_in_order():
    lines = compose_paragraph(_spans(), WIDTH, first_indent=21, leading=LEADING)
    data = _draw(lambda c: draw_lines(c, lines, X0, TOP, LEADING))
    got = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout
    assert [line for line in got.decode().splitlines() if line.strip()] == \
        [line.text.strip() for line in lines]


def _fake_bold_line() -> Line:
    """A TrueType face drawn fake bold (as a face with no bold of its own is), in red, between
    plain glyphs."""
    font = register_font("serif")
    glyphs = []
    x = 0.0
    for i, ch in enumerate("加粗的标题文字"):
        bold = 2 <= i <= 4
        glyphs.append(Glyph(ch, x, 12.0, font, 12.0, RED if bold else None, fake_bold=bold))
        x += 12.5
    return Line(glyphs, x, x, 10.0, 3.0, True)


def test_fake_bold_is_stroked_in_its_colour_and_only_there():
    line = _fake_bold_line()
    data = _draw(lambda c: draw_line(c, line, X0, 300.0))
    shown = _shown(data)
    assert [s["Tr"] for s in shown] == [0, 0, 2, 2, 2, 0, 0]
    assert [s["w"] for s in shown if s["Tr"] == 2] == pytest.approx([12.0 * FAKE_BOLD_STROKE_EM] * 3)
    ops = _operators(data)
    strokes = [args for op, args in ops if op == "K"]
    assert strokes and all(args == list(RED) for args in strokes)
    for s, g in zip(shown, line.glyphs):
        assert s["x"] == pytest.approx(X0 + g.x, abs=0.01)
        assert s["fill"] == ("k", g.color or (0, 0, 0, 1))


def _operators(data: bytes) -> list[tuple[str, list]]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [(str(op), [float(a) if isinstance(a, (int, float, pikepdf.Object)) and not
                           isinstance(a, (pikepdf.String, pikepdf.Name)) else a for a in operands])
                for operands, op in pikepdf.parse_content_stream(pdf.pages[0])]


def test_print_text_is_cmyk_and_proof_text_is_rgb():
    lines = compose_paragraph(_spans(), WIDTH, leading=LEADING) + [_fake_bold_line()]

    def draw(target):
        draw_lines(target, lines, X0, TOP, LEADING)

    colour_ops = {"k", "K", "rg", "RG", "g", "G", "sc", "SC", "scn", "SCN", "cs", "CS"}
    printed = {op for op, _ in _operators(_draw(draw))} & colour_ops
    proofed = {op for op, _ in _operators(_draw(draw, proof=True))} & colour_ops
    assert printed == {"k", "K"}
    assert proofed == {"rg", "RG"}
    red = [s["fill"] for s in _shown(_draw(draw, proof=True)) if s["fill"][1] != (0, 0, 0)]
    assert red and set(red) == {("rg", (1.0, 0.0, 0.0))}


def test_the_same_characters_as_reportlab_in_the_same_subsets():
    """Fonts are subset by ReportLab's own machinery: a document's subsets hold exactly the
    characters its lines show (besides the printable ASCII ReportLab always keeps readable), and
    a second document starts afresh."""
    ascii_kept = {chr(c) for c in range(32, 128)} | {"\0"}
    lines = compose_paragraph(_spans(), WIDTH, leading=LEADING)
    first = _draw(lambda c: draw_lines(c, lines, X0, TOP, LEADING))
    again = _draw(lambda c: draw_lines(c, lines[:1], X0, TOP, LEADING))
    for data, drawn in ((first, lines), (again, lines[:1])):
        with pikepdf.open(io.BytesIO(data)) as pdf:
            mapped = set()
            for font in pdf.pages[0].Resources.Font.values():
                cmap = font.ToUnicode.read_bytes().decode("latin-1")
                mapped |= {chr(int(u, 16)) for u in re.findall(r"<[0-9A-F]{2}> <([0-9A-F]{4})>", cmap)}
        text = {ch for line in drawn for ch in line.text if not ch.isspace()}
        assert text <= mapped
        assert mapped - ascii_kept == text - ascii_kept

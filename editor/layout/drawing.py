"""Drawing set lines onto a ReportLab canvas: one text object per line, glyphs that follow each
other at an even spacing joined into one string with that spacing as the PDF character spacing."""
from __future__ import annotations

from .lines import Glyph, Line
from .metrics import _WIDTHS, char_width, word_width

FAKE_BOLD_STROKE_EM = 0.03      # stroke width that thickens a face with no bold of its own


def draw_lines(canvas, lines: list[Line], x: float, y_top: float, leading: float) -> float:
    """Draw lines one under the other from y_top down, each in a band `leading` high with its
    text centred in the band; returns the top of the band below the last line."""
    y = y_top
    for line in lines:
        baseline = y - (leading - (line.ascent + line.descent)) / 2 - line.ascent
        draw_line(canvas, line, x, baseline)
        y -= leading
    return y


def draw_line(canvas, line: Line, x: float, baseline: float) -> None:
    """Draw one line with its left end at x on the baseline, in CMYK (None: pure K).

    Glyphs that follow each other at one extra spacing become one string with that spacing as
    the PDF character spacing (Tc): a justified Chinese line is then a few text runs, not one per
    character. The graphics state is restored afterwards."""
    runs = _runs(line.glyphs)
    if not runs:
        return
    canvas.saveState()
    fake_sizes = [r.size for r in runs if r.fake_bold]
    if fake_sizes:
        canvas.setLineWidth(max(fake_sizes) * FAKE_BOLD_STROKE_EM)
    text = canvas.beginText()
    font = size = tc = None
    color = ()                                  # no run has this colour: the first sets its own
    fake, hscale = False, 1.0
    for r in runs:
        if (r.font, r.size) != (font, size):
            text.setFont(r.font, r.size)
            font, size = r.font, r.size
        if r.hscale != hscale:
            text.setHorizScale(100.0 * r.hscale)
            hscale = r.hscale
        r_tc = round((r.tc or 0.0) / r.hscale, 4)      # PDF scales Tc by the horizontal scale
        if r_tc != tc:
            text.setCharSpace(r_tc)
            tc = r_tc
        if r.color != color:
            cmyk = r.color or (0, 0, 0, 1)
            text.setFillColorCMYK(*cmyk)
            if fake_sizes:
                text.setStrokeColorCMYK(*cmyk)
            color = r.color
        if r.fake_bold != fake:
            text.setTextRenderMode(2 if r.fake_bold else 0)
            fake = r.fake_bold
        text.setTextOrigin(x + r.x, baseline)
        text.textOut("".join(r.parts))
    canvas.drawText(text)
    canvas.restoreState()


class _Run:
    """Glyphs drawn as one string: same face, size, colour and scale, evenly spaced."""

    __slots__ = ("x", "parts", "font", "size", "color", "fake_bold", "hscale", "tc", "end", "words")

    def __init__(self, g: Glyph, gx: float, advance: float):
        self.x, self.parts = gx, [g.text]
        self.font, self.size, self.color, self.fake_bold, self.hscale = \
            g.font, g.size, g.color, g.fake_bold, g.hscale
        self.tc = None              # extra space after each glyph, known from the second on
        self.end = gx + advance     # where the next glyph would start with no extra space
        self.words = len(g.text) > 1


def _runs(glyphs: list[Glyph]) -> list[_Run]:
    # one pass over every glyph of every page: the run test is written out here, not in a method
    runs = []
    cur = None
    widths = _WIDTHS
    for g in glyphs:
        text = g.text
        if text.isspace():
            continue        # spaces are only room, and the room is in the next glyph's x
        gx = g.x + g.shift
        single = len(text) == 1
        if single:
            w = widths.get((g.font, text))
            if w is None:
                w = char_width(g.font, text)
        else:
            w = word_width(g.font, text)
        advance = w * g.size * g.hscale
        if cur is not None and g.font == cur.font and g.size == cur.size and g.color == cur.color \
                and g.fake_bold == cur.fake_bold and g.hscale == cur.hscale:
            tc = gx - cur.end
            run_tc = cur.tc
            if run_tc is None:
                # Tc applies inside a word too: a run with words in it can only be evenly set
                flat = -1e-4 < tc < 1e-4
                if flat or (single and not cur.words):
                    run_tc = cur.tc = 0.0 if flat else tc
                    takes = True
                else:
                    takes = False
            else:
                takes = -1e-4 < tc - run_tc < 1e-4 and (single or run_tc == 0.0)
            if takes:
                cur.parts.append(text)
                cur.end = gx + advance
                if not single:
                    cur.words = True
                continue
        cur = _Run(g, gx, advance)
        runs.append(cur)
    return runs

"""Drawing set lines onto a ReportLab canvas: each line written as PDF text operators straight into
the canvas's content stream, one q BT … ET Q per line. Glyphs that follow each other at an even
spacing are joined into one string with that spacing as the PDF character spacing (Tc).

Why not ReportLab's text object: per run it formats the same font, colour and position strings
afresh and encodes each string char by char; the sample issue's 33,000 glyphs spent ~100 ms there.
Here the character codes still come from ReportLab's subset machinery (the font's per-document
state: the font is embedded and subset exactly as by setFont/textOut), and colours from the
target's own text object once per colour, so a stand-in canvas that turns CMYK text into RGB (a
proof) is honoured."""
from __future__ import annotations

from .lines import Glyph, Line
from .metrics import _WIDTHS, char_width, word_width

FAKE_BOLD_STROKE_EM = 0.03      # stroke width that thickens a face with no bold of its own


def draw_lines(canvas, lines: list[Line], x: float, y_top: float, leading: float) -> float:
    """Draw lines one under the other from y_top down, each in a band `leading` high with its
    text centred in the band; returns the top of the band below the last line."""
    writer = LineWriter(canvas)
    y = y_top
    for line in lines:
        baseline = y - (leading - (line.ascent + line.descent)) / 2 - line.ascent
        writer.draw(line, x, baseline)
        y -= leading
    return y


def draw_line(canvas, line: Line, x: float, baseline: float) -> None:
    """Draw one line with its left end at x on the baseline, in CMYK (None: pure K)."""
    LineWriter(canvas).draw(line, x, baseline)


class LineWriter:
    """Writes lines onto one canvas, or onto a stand-in for it that writes to it (its _code, _doc,
    beginText are the canvas's). Keeps what it looked up for the document: faces, colours."""

    def __init__(self, target):
        from reportlab.lib.rl_accel import fp_str
        self.target = target
        self.doc = target._doc
        self.bottomup = target.bottomup
        self.fp_str = fp_str
        self.faces: dict[str, _Face] = {}
        self.colours: dict[tuple, tuple[str, str]] = {}

    def draw(self, line: Line, x: float, baseline: float) -> None:
        """Draw one line with its left end at x on the baseline, in CMYK (None: pure K). The
        graphics and text state are as before afterwards (the line is wrapped in q … Q)."""
        runs = _runs(line.glyphs)
        if not runs:
            return
        fp_str, faces, colours = self.fp_str, self.faces, self.colours
        out = ["q"]
        fake_sizes = [r.size for r in runs if r.fake_bold]
        if fake_sizes:
            out.append(f"{fp_str(max(fake_sizes) * FAKE_BOLD_STROKE_EM)} w")
        out.append("BT")
        tf, tf_size = None, None        # the font subset selected last, and its size
        tc = None
        color = ()                      # no run has this colour: the first sets its own
        fake, hscale = False, 1.0
        matrix = "1 0 0 1" if self.bottomup else "1 0 0 -1"
        for r in runs:
            if r.hscale != hscale:
                hscale = r.hscale
                out.append(f"{fp_str(100.0 * hscale)} Tz")
            r_tc = round((r.tc or 0.0) / hscale, 4)      # PDF scales Tc by the horizontal scale
            if r_tc != tc:
                tc = r_tc
                out.append(f"{fp_str(tc)} Tc")
            if r.color != color:
                color = r.color
                ops = colours.get(color)
                if ops is None:
                    ops = colours[color] = self._colour_ops(color or (0, 0, 0, 1))
                out.append(ops[0])
                if fake_sizes:
                    out.append(ops[1])
            if r.fake_bold != fake:
                fake = r.fake_bold
                out.append("2 Tr" if fake else "0 Tr")
            # each run placed absolutely, as ReportLab's setTextOrigin does: a relative move
            # lands a few 1e-5 pt off, enough to change pdftotext's reading order of a page
            out.append(f"{matrix} {fp_str(x + r.x, baseline)} Tm")
            face = faces.get(r.font)
            if face is None:
                face = faces[r.font] = _Face(r.font, self.doc, fp_str)
            if not face.dynamic:
                out.append(self._shown_by_reportlab(r.font, r.size, "".join(r.parts)))
                tf = None
                continue
            if r.size != tf_size:
                tf, tf_size = None, r.size
            shown, tf = face.show("".join(r.parts), r.size, tf)
            out.append(shown)
        out.append("ET Q")
        self.target._code.append(" ".join(out))

    def _colour_ops(self, cmyk: tuple) -> tuple[str, str]:
        """(fill, stroke) operators for a CMYK text colour, as the target's text object writes
        them: CMYK on a print canvas (which refuses RGB), RGB through a proof's stand-in."""
        text = self.target.beginText()
        code = text._code
        start = len(code)
        text.setFillColorCMYK(*cmyk)
        fill = " ".join(code[start:])
        start = len(code)
        text.setStrokeColorCMYK(*cmyk)
        return fill, " ".join(code[start:])

    def _shown_by_reportlab(self, font: str, size: float, text: str) -> str:
        """Font selection and text of a face without dynamic subsets (a CID or standard font)."""
        obj = self.target.beginText()
        code = obj._code
        start = len(code)
        obj.setFont(font, size)
        obj.textOut(text)
        return " ".join(code[start:])


class _Face:
    """A TrueType face in one document. Each character's code is the one ReportLab's subset
    machinery gives it in the document (font.splitString, which also adds it to a subset), asked
    once and then kept here with the name of its subset (asking for the name registers the font
    with the document, as setFont/textOut do)."""

    __slots__ = ("font", "doc", "dynamic", "fp_str", "codes", "names", "sizes")

    def __init__(self, name: str, doc, fp_str):
        from reportlab.pdfbase.pdfmetrics import getFont
        self.font = getFont(name)
        self.doc = doc
        self.dynamic = bool(getattr(self.font, "_dynamicFont", 0))
        self.fp_str = fp_str
        self.codes: dict[str, tuple[str, str]] = {}   # char -> (subset name, code in hex)
        self.names: list[str] = []      # subset index -> PDF resource name (/F1+0 ...)
        self.sizes: dict[float, str] = {}

    def show(self, text: str, size: float, selected: str | None) -> tuple[str, str]:
        """(Tf and Tj operators that show `text` at `size`, the subset selected then), given
        the subset selected before at this size (None: none or another)."""
        sz = self.sizes.get(size)
        if sz is None:
            sz = self.sizes[size] = self.fp_str(size)
        codes = self.codes
        parts = []
        add = parts.append
        for ch in text:
            code = codes.get(ch)
            if code is None:
                code = self._code(ch)
            if code[0] is not selected:
                selected = code[0]
                add(f"> Tj {selected} {sz} Tf <" if parts else f"{selected} {sz} Tf <")
            elif not parts:
                add("<")
            add(code[1])
        add("> Tj")
        return "".join(parts), selected

    def _code(self, ch: str) -> tuple[str, str]:
        ((subset, data),) = self.font.splitString(ch, self.doc)
        names = self.names
        while subset >= len(names):
            names.append(self.font.getSubsetInternalName(len(names), self.doc))
        code = self.codes[ch] = (names[subset], data.hex())
        return code


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

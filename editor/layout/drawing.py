"""Drawing set lines onto a ReportLab canvas: each line written as PDF text operators straight into
the canvas's content stream, one q BT … ET Q per line. Glyphs that follow each other at an even
spacing are joined into one run with that spacing as the PDF character spacing (Tc): a justified
Chinese line is a few runs, not one per character.

Why not ReportLab's text object: per run it formats the same font, colour and position strings
afresh and encodes each string char by char; the sample issue's 33,000 glyphs spent ~100 ms there.
Here the character codes still come from ReportLab's subset machinery (the font's per-document
state: the font is embedded and subset exactly as by setFont/textOut), asked once per character;
colours come from the target's own text object once per colour, so a stand-in canvas that turns
CMYK text into RGB (a proof) is honoured; runs are placed with the same Tm numbers as
setTextOrigin writes, so every glyph is where it was and pdftotext reads the same text."""
from __future__ import annotations

from itertools import chain
from weakref import WeakKeyDictionary

from .lines import Line
from .metrics import char_width, word_width

FAKE_BOLD_STROKE_EM = 0.03      # stroke width that thickens a face with no bold of its own
EVEN = 1e-4                     # spacings closer than this (pt) are one spacing
_LAST = ("", 0.0, None, False, 1.0)     # the style after a line's glyphs: ends its last run
_END = (("", 0.0, 0.0, _LAST),)
_WRITERS: WeakKeyDictionary = WeakKeyDictionary()      # canvas or stand-in -> its LineWriter


def draw_lines(canvas, lines: list[Line], x: float, y_top: float, leading: float) -> float:
    """Draw lines one under the other from y_top down, each in a band `leading` high with its
    text centred in the band; returns the top of the band below the last line."""
    writer = writer_for(canvas)
    y = y_top
    for line in lines:
        baseline = y - (leading - (line.ascent + line.descent)) / 2 - line.ascent
        writer.draw(line, x, baseline)
        y -= leading
    return y


def draw_line(canvas, line: Line, x: float, baseline: float) -> None:
    """Draw one line with its left end at x on the baseline, in CMYK (None: pure K)."""
    writer_for(canvas).draw(line, x, baseline)


def writer_for(target) -> "LineWriter":
    """The LineWriter of a canvas (or of a stand-in for one): what it learnt about the document's
    faces and colours serves every line drawn on it, however the lines come."""
    writer = _WRITERS.get(target)
    if writer is None:
        writer = _WRITERS[target] = LineWriter(target)
    return writer


class LineWriter:
    """Writes lines onto one canvas, or onto a stand-in for it that writes to it (its _code, _doc,
    beginText are the canvas's). Keeps what it looked up for the document: faces, colours."""

    def __init__(self, target):
        from reportlab.lib.rl_accel import fp_str
        self.target = target
        self.doc = target._doc
        self.fp_str = fp_str
        self.matrix = "1 0 0 1 " if target.bottomup else "1 0 0 -1 "
        self.faces: dict[str, _Face] = {}
        self.colours: dict[tuple, tuple[str, str]] = {}

    def draw(self, line: Line, x: float, baseline: float) -> str:
        """Draw one line with its left end at x on the baseline, in CMYK (None: pure K). The
        graphics and text state are as before afterwards (the line is wrapped in q … Q).
        Returns what was added to the content stream ("" for a line with nothing to show)."""
        # One pass over every glyph of every page: the run test and the writing are spelled out
        # here with the run's state in locals, not in methods and objects.
        fp_str, faces, matrix = self.fp_str, self.faces, self.matrix
        out = ["q ", "", "BT "]         # out[1]: the stroke width, if a run is fake bold
        add = out.append
        y = " " + fp_str(baseline) + " Tm "
        face = codes = None
        font = size = color = fake = hscale = None      # the run's
        run = None                      # its style (lines.style(): glyphs of a style share it)
        scale = 0.0                     # its size times its horizontal scale
        tc = None                       # its spacing, known from its second glyph
        tc_at = 0                       # where in `out` its Tc goes once known
        end = 0.0                       # where its next glyph would start at no spacing
        words = False                   # it holds a word (Tc would space its letters)
        start = 0                       # where in `out` its text starts
        selected, sz = None, ""         # the subset last selected and its size, as written
        set_tc, set_color, set_stroke, set_fake, set_hscale = None, (), (), False, 1.0
        fake_size = 0.0
        for text, gx, shift, st in chain(zip(line.texts, line.xs, line.shifts, line.styles), _END):
            if text.isspace():
                continue        # spaces are only room, and the room is in the next glyph's x
            gx += shift
            if st is run or (st == run and st is not _LAST):
                code = codes.get(text) or face.code(text)
                gap = gx - end
                if tc is None:
                    # Tc applies inside a word too: a run with words in it can only be evenly set
                    takes = -EVEN < gap < EVEN
                    if takes:
                        tc = 0.0
                    elif code[3] and not words:
                        tc, takes = gap, True
                else:
                    takes = -EVEN < gap - tc < EVEN and (code[3] or tc == 0.0)
                if takes:
                    end = gx + code[2] * scale
                    if not code[3]:
                        words = True
                    if code[0] is selected:
                        add(code[1])
                    elif code[0] is not None:
                        selected = code[0]
                        add(f"> Tj {selected} {sz} Tf <{code[1]}")
                    else:
                        selected = _pieces(out, code[1], sz, selected, True)
                    continue
            # a new run: the last one is complete
            if face is not None:
                tc = round((tc or 0.0) / hscale, 4)     # PDF scales Tc by the horizontal scale
                if tc != set_tc:
                    set_tc = tc
                    out[tc_at] = fp_str(tc) + " Tc "
                if selected is _PLAIN:
                    plain = "".join(out[start:])
                    del out[start:]
                    add(self._shown_by_reportlab(font, size, plain) + " ")
                else:
                    add("> Tj ")
            if st is _LAST:
                break
            run = st
            if st[0] != font or face is None:
                font = st[0]
                face = faces.get(font)
                if face is None:
                    face = faces[font] = _Face(font, self.doc)
                codes = face.codes
            if st[1] != size:
                size = st[1]
                sz = fp_str(size)
                selected = None
            color, fake, hscale = st[2], st[3], st[4]
            scale = size * hscale
            code = codes.get(text) or face.code(text)
            tc, words = None, not code[3]
            end = gx + code[2] * scale
            if hscale != set_hscale:
                set_hscale = hscale
                add(fp_str(100.0 * hscale) + " Tz ")
            tc_at = len(out)
            add("")
            if color != set_color:
                set_color = color
                add(self._colour(color)[0])
            if fake:
                fake_size = max(fake_size, size)
                if set_stroke != color:
                    set_stroke = color
                    add(self._colour(color)[1])
            if fake != set_fake:
                set_fake = fake
                add("2 Tr " if fake else "0 Tr ")
            add(matrix + fp_str(x + gx) + y)
            start = len(out)
            if code[0] is _PLAIN:
                selected = _PLAIN
                add(code[1])
            elif code[0] is selected:
                add("<" + code[1])
            elif code[0] is not None:
                selected = code[0]
                add(f"{selected} {sz} Tf <{code[1]}")
            else:
                selected = _pieces(out, code[1], sz, selected, False)
        if face is None:
            return ""
        if fake_size:
            out[1] = fp_str(fake_size * FAKE_BOLD_STROKE_EM) + " w "
        add("ET Q")
        written = "".join(out)
        self.target._code.append(written)
        return written

    def _colour(self, color) -> tuple[str, str]:
        ops = self.colours.get(color)
        if ops is None:
            ops = self.colours[color] = self._colour_ops(color or (0, 0, 0, 1))
        return ops

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
        return fill + " ", " ".join(code[start:]) + " "

    def _shown_by_reportlab(self, font: str, size: float, text: str) -> str:
        """Font selection and text of a face without dynamic subsets (a CID or standard font)."""
        obj = self.target.beginText()
        code = obj._code
        start = len(code)
        obj.setFont(font, size)
        obj.textOut(text)
        return " ".join(code[start:])


def _pieces(out, pieces, sz, selected, open_):
    """Write a word whose characters lie in more than one subset; returns the subset last
    selected. `open_`: a string is open (ends with '<')."""
    for name, hx in pieces:
        if name is selected:
            out.append(hx if open_ else "<" + hx)
        else:
            selected = name
            out.append(f"{'> Tj ' if open_ else ''}{name} {sz} Tf <{hx}")
        open_ = True
    return selected


_PLAIN = object()       # the "subset" of a face without dynamic subsets: ReportLab writes its text


class _Face:
    """A face in one document. For a TrueType face each text's codes are those ReportLab's subset
    machinery gives it in the document (font.splitString, which also adds new characters to a
    subset), asked once and then kept here with the name of their subset (asking for the name
    registers the font with the document, as setFont/textOut do)."""

    __slots__ = ("name", "font", "doc", "dynamic", "codes", "names")

    def __init__(self, name: str, doc):
        from reportlab.pdfbase.pdfmetrics import getFont
        self.name = name
        self.font = getFont(name)
        self.doc = doc
        self.dynamic = bool(getattr(self.font, "_dynamicFont", 0))
        # text -> (subset name, codes in hex, advance at size 1, one character?); a text whose
        # codes lie in several subsets: (None, ((subset name, codes in hex), ...), ...); a face
        # ReportLab must write: (_PLAIN, text, ...)
        self.codes: dict[str, tuple] = {}
        self.names: list[str] = []      # subset index -> PDF resource name (/F1+0 ...)

    def code(self, text: str) -> tuple:
        single = len(text) == 1
        width = char_width(self.name, text) if single else word_width(self.name, text)
        if not self.dynamic:
            code = (_PLAIN, text, width, single)
        else:
            pieces = self.font.splitString(text, self.doc)
            if len(pieces) == 1:
                code = (self._subset(pieces[0][0]), pieces[0][1].hex(), width, single)
            else:
                code = (None, tuple((self._subset(n), data.hex()) for n, data in pieces), width,
                        single)
        self.codes[text] = code
        return code

    def _subset(self, n: int) -> str:
        names = self.names
        while n >= len(names):
            names.append(self.font.getSubsetInternalName(len(names), self.doc))
        return names[n]

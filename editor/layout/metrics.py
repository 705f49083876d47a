"""Font metrics the composer measures with: which ReportLab face prints a span, advances, ascent
and descent, where a mark's ink lies in its em (its blank half), dashes fitted to one em, and the
half-width twin faces of closing marks. Everything is memoised per (face, character)."""
from __future__ import annotations

import copy
import struct
from weakref import WeakKeyDictionary

from . import linebreak as lb

_WIDTHS: dict[tuple[str, str], float] = {}     # (font, char) -> advance at size 1
_RESOLVED: dict[tuple[str, bool], tuple[str, bool]] = {}
_METRICS: dict[str, tuple[float, float]] = {}  # font -> (ascent, descent) at size 1, both > 0
_BLANKS: dict[tuple[str, str], tuple[float, float]] = {}
_INK: dict[tuple[str, str], tuple[float, float] | None] = {}
_DASH_FIT: dict[str, tuple[float, float]] = {}
_HALF: dict[str, str | None] = {}
HALF_SUFFIX = "~half"
HALF_BLANK_MIN = 0.45           # a mark gives up half its em only if that half is (nearly) blank


def resolve_font(font: str, bold: bool) -> tuple[str, bool]:
    """(ReportLab font name, needs fake bold) for a span's font and bold flag."""
    key = (font, bold)
    hit = _RESOLVED.get(key)
    if hit is None:
        hit = _RESOLVED[key] = _resolve(font, bold)
    return hit


def _resolve(font: str, bold: bool) -> tuple[str, bool]:
    from reportlab.pdfbase import pdfmetrics

    from .fonts import FAMILIES, register_font

    if font.strip().lower() in FAMILIES:    # ours: no need to ask ReportLab's CID fonts first
        name = None
    else:
        name = font if font in pdfmetrics.getRegisteredFontNames() else _builtin_cid(font)
    if name is None:                        # a family: the fonts module finds its real bold
        return register_font(font, bold), False
    if not bold:
        return name, False
    from reportlab.lib.fonts import tt2ps
    try:
        bold_name = tt2ps(name, 1, 0)
    except ValueError:
        bold_name = name
    if bold_name != name and bold_name in pdfmetrics.getRegisteredFontNames():
        return bold_name, False
    return name, "bold" not in name.lower()


def _builtin_cid(font: str) -> str | None:
    """ReportLab's own CID fonts (STSong-Light) need no file: register them on first use."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    except Exception:       # not a CID font name ReportLab knows: leave it to the fonts module
        return None
    return font


def char_width(font: str, ch: str) -> float:
    w = _WIDTHS.get((font, ch))
    if w is None:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = _WIDTHS[(font, ch)] = stringWidth(ch, font, 1000.0) / 1000.0
    return w


def word_width(font: str, word: str) -> float:
    get = _WIDTHS.get
    total = 0.0
    for ch in word:
        w = get((font, ch))
        if w is None:
            w = char_width(font, ch)
        total += w
    return total


def font_metrics(font: str) -> tuple[float, float]:
    m = _METRICS.get(font)
    if m is None:
        from reportlab.pdfbase.pdfmetrics import getAscentDescent
        a, d = getAscentDescent(font, 1.0)
        m = _METRICS[font] = (a, -d if d < 0 else d)
    return m


def ink(font: str, ch: str) -> tuple[float, float] | None:
    """Left and right edge of a character's ink, in ems from its origin; None where the font
    gives no outlines to read (ReportLab's CID fonts) or has no such glyph."""
    key = (font, ch)
    if key not in _INK:
        _INK[key] = _read_ink(font, ch)
    return _INK[key]


def _read_ink(font: str, ch: str):
    # ReportLab keeps the TrueType file and its glyph offsets in memory: the bounding box is the
    # second to fifth int16 of the glyph record, no need to parse the font again
    from reportlab.pdfbase.pdfmetrics import getFont
    try:
        face = getFont(font).face
        gid = face.charToGlyph[ord(ch)]
        start, end = face.glyphPos[gid], face.glyphPos[gid + 1]
        if end <= start:
            return None
        at = face.table["glyf"]["offset"] + start
        _, x_min, _, x_max, _ = struct.unpack(">hhhhh", face._ttf_data[at:at + 10])
        return x_min / face.unitsPerEm, x_max / face.unitsPerEm
    except (AttributeError, KeyError, IndexError, TypeError, struct.error):
        return None


def blanks(font: str, ch: str) -> tuple[float, float]:
    """How much of a mark's em may be given up on its left and right (as a share of the em).

    Mainland fonts put the ink of stops and closing marks in the left half of the em and that of
    opening marks in the right half; where the font's outlines can be read this is checked (some
    fonts centre ！？：；), and a mark narrower than the em (a proportional quote) has no blank
    half to give."""
    key = (font, ch)
    b = _BLANKS.get(key)
    if b is None:
        advance = char_width(font, ch)
        edges = ink(font, ch)
        left_ok = right_ok = advance >= 0.9
        if edges is not None:
            right_ok = right_ok and advance - edges[1] >= HALF_BLANK_MIN
            left_ok = left_ok and edges[0] >= HALF_BLANK_MIN
        if right_ok and ch in lb.CLOSING:
            b = (0.0, 0.5)
        elif left_ok and ch in lb.OPENING:
            b = (0.5, 0.0)
        else:
            b = (0.0, 0.0)
        _BLANKS[key] = b
    return b


def dash_fit(font: str) -> tuple[float, float]:
    """(horizontal scale, ink shift in ems) that make a dash fill its one-em slot edge to edge,
    so that —— reads as one unbroken line even in fonts whose dash is short of the em."""
    fit = _DASH_FIT.get(font)
    if fit is None:
        edges = ink(font, "—")
        fit = (1.0, 0.0)
        if edges is not None and 0.5 < edges[1] - edges[0] < 0.98:
            scale = 1.0 / (edges[1] - edges[0])
            fit = (scale, -edges[0] * scale)
        _DASH_FIT[font] = fit
    return fit


def half_face(font: str) -> str | None:
    """A twin of a TrueType font whose PDF widths give each compressible closing mark half its
    em. A mark set in half width is drawn in the twin: its box then ends where the next glyph
    starts, so text extraction (pdftotext, copy and paste) does not take the overlap for
    duplicated text and tear the mark out of its line. Same outlines, so the ink is unchanged;
    the twin embeds only the marks drawn with it. None for fonts without a TrueType face."""
    if font in _HALF:
        return _HALF[font]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    twin_name = None
    base = pdfmetrics.getFont(font)
    if isinstance(base, TTFont) and hasattr(base, "face") and hasattr(base.face, "charWidths"):
        twin = copy.copy(base)
        twin.fontName = twin_name = font + HALF_SUFFIX
        twin.state = WeakKeyDictionary()        # its own subsets in each document
        face = twin.face = copy.copy(base.face)
        face.name = base.face.name + b"-Half"   # a distinct BaseFont beside the full one
        face.charWidths = dict(base.face.charWidths)
        for ch in lb.CLOSING:
            if ord(ch) in face.charWidths and blanks(font, ch)[1] > 0:
                face.charWidths[ord(ch)] = face.charWidths[ord(ch)] - 500
        pdfmetrics.registerFont(twin)
    _HALF[font] = twin_name
    return twin_name

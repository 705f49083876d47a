"""Line composition: styled Chinese text into justified lines, by the rules of linebreak.py.

The model of a line (one rule, kept everywhere):
- every CJK character and mark is set at its font advance (one em); a Latin word or number is one
  unbreakable unit at its natural width;
- between a Han character and a Latin word or number there is a quarter em (an explicit space
  there is set as that quarter em, so "2021 年" and "2021年" look alike); none at line ends;
- of two adjacent marks (。” ，“ ）、) one gives up its blank half: together 1.5 em; an opening
  mark at the start of a line keeps its full em (our pick where mainland practice varies);
- a dash is one em and drawn edge to edge, so —— is an unbroken two-em line in any font;
- a line that would break badly is first pushed in (its last mark set in half width, then at most
  1/8 em less between units), else pushed out (the last unit goes down) and spread;
- justified lines fill the measure exactly; nothing hangs outside it; the last line of a
  paragraph is set flush left at natural spacing, and is not one lone Han character when a
  small change of spacing avoids it; a line feed in the text ends a line the same way.

Glyph x and width describe the slot a unit occupies, from the line start; `shift` is where its
ink is drawn relative to the slot (an opening mark that gave up its blank left half)."""
from __future__ import annotations

import copy
import struct
from bisect import bisect_right
from weakref import WeakKeyDictionary
from dataclasses import dataclass

from . import linebreak as lb

EPS = 1e-6
SQUEEZE_MAX_EM = 1 / 8          # push-in: the most one gap may shrink
CJK_LATIN_GAP_EM = 0.25
FAKE_BOLD_STROKE_EM = 0.03      # stroke width that thickens a face with no bold of its own
PUSH_IN_REACH = 8               # how many units past the fill point a push-in may take
# Choosing among bad breaks, costs are ems of spacing change per gap:
STRETCH_WEIGHT = 1.5            # spreading counts more than squeezing: clreq prefers push-in
DISCOURAGED_COST = 0.15         # what keeping a number with its unit is worth
LONE_CHAR_COST = 0.12           # the most spacing change spent to avoid a one-character last line
NO_GAP_COST = 1.0               # a short line that cannot be spread at all
PHRASE_MIN_FILL = 0.5           # ragged text breaks at a space between phrases past this share


@dataclass(frozen=True)
class Span:
    """A run of text in one face. `font`: a ReportLab font name or a family the fonts module knows
    ("serif", "sans", a system family). `color`: CMYK, components 0..1, None = pure K."""
    text: str
    font: str
    size: float
    bold: bool = False
    color: tuple | None = None


@dataclass(slots=True)
class Glyph:
    """One placed unit: a character, or a Latin word or number set as one piece."""
    text: str
    x: float
    width: float
    font: str
    size: float
    color: tuple | None
    fake_bold: bool = False      # the face has no bold: draw_line thickens it with a stroke
    shift: float = 0.0           # ink origin relative to x
    hscale: float = 1.0          # horizontal scale of the ink (a dash stretched to its em)


@dataclass(slots=True)
class Line:
    """One set line. `width` is the measure, `natural` the extent of its content before justifying
    (first-line indent included); `ascent` and `descent` are both positive distances from the
    baseline; `last`: last line of its paragraph; `justified`: spread or squeezed to the measure."""
    glyphs: list[Glyph]
    width: float
    natural: float
    ascent: float
    descent: float
    last: bool
    leading: float = 0.0
    justified: bool = False

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)

    @property
    def end(self) -> float:
        """Where the visible content ends (trailing spaces and line feeds take no room)."""
        for g in reversed(self.glyphs):
            if g.width > 0 or not g.text.isspace():
                return g.x + g.width
        return 0.0


# --- fonts and widths ---------------------------------------------------------------------

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

    name = font if font in pdfmetrics.getRegisteredFontNames() else _builtin_cid(font)
    if name is None:
        from .fonts import register_font     # a family: the fonts module finds its real bold
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


# --- units ----------------------------------------------------------------------------------

class _Units:
    """A paragraph cut into units, with everything the breaker needs as flat lists."""

    __slots__ = ("text", "kind", "span", "adv", "em", "gap", "shrink_a", "shrink_b", "end_comp",
                 "brk", "cum", "endpos", "cap", "spread", "newlines", "fonts", "n", "words")

    def __init__(self, spans: list[Span], split_wider_than: float, force_split=frozenset()):
        """Latin words wider than `split_wider_than`, and those whose (span, offset) is in
        `force_split`, are cut into characters that may break anywhere."""
        text, kinds, owner, adv, em = [], [], [], [], []
        fonts = []
        split_at = set()    # unit indices after which a cut-up word may break
        words = {}          # unit index of a whole Latin word -> (span, offset)

        def add(unit: str, k: str, si: int, width: float, size: float) -> None:
            text.append(unit)
            kinds.append(k)
            owner.append(si)
            adv.append(width)
            em.append(size)

        for si, sp in enumerate(spans):
            name, fake = resolve_font(sp.font, sp.bold)
            fonts.append((name, sp.size, _cmyk(sp.color), fake))
            size = sp.size
            s = sp.text
            i, n = 0, len(s)
            while i < n:
                ch = s[i]
                k = lb.kind(ch)
                if k == lb.LATIN:
                    j = i + 1
                    while j < n and lb.kind(s[j]) == lb.LATIN:
                        j += 1
                    word = s[i:j]
                    w = word_width(name, word) * size
                    if j - i > 1 and (w > split_wider_than or (si, i) in force_split):
                        for c in word:
                            split_at.add(len(text))
                            add(c, k, si, char_width(name, c) * size, size)
                        split_at.discard(len(text) - 1)
                    else:
                        words[len(text)] = (si, i)
                        add(word, k, si, w, size)
                    i = j
                    continue
                if k == lb.NEWLINE:
                    w = 0.0
                elif ch in lb.DASHES and dash_fit(name)[0] != 1.0:
                    w = size                # a dash is one em, however the font draws it
                else:
                    w = char_width(name, ch) * size
                add(ch, k, si, w, size)
                i += 1
        self.text, self.kind, self.span, self.adv, self.em = text, kinds, owner, adv, em
        self.fonts, self.words = fonts, words
        self.n = len(text)
        self._spaces()
        self._boundaries(split_at)

    def _spaces(self) -> None:
        """A space beside a CJK mark takes no room (the mark has its blank); one between Han and
        Latin is the quarter em; other spaces keep their width."""
        text, kinds, adv, em, n = self.text, self.kind, self.adv, self.em, self.n
        i = 0
        while i < n:
            if kinds[i] != lb.SPACE:
                i += 1
                continue
            j = i
            while j < n and kinds[j] == lb.SPACE:
                j += 1
            left = kinds[i - 1] if i > 0 else None
            right = kinds[j] if j < n else None
            if left == lb.MARK or right == lb.MARK:
                for k in range(i, j):
                    adv[k] = 0.0
            elif (left == lb.IDEO and right == lb.LATIN and lb.spaced_from_latin(text[i - 1][-1])) \
                    or (left == lb.LATIN and right == lb.IDEO and lb.spaced_from_latin(text[j][0])):
                adv[i] = CJK_LATIN_GAP_EM * max(em[i - 1], em[j])
                for k in range(i + 1, j):
                    adv[k] = 0.0
            i = j

    def _boundaries(self, split_at: set) -> None:
        text, kinds, adv, em, n = self.text, self.kind, self.adv, self.em, self.n
        fonts, owner = self.fonts, self.span
        gap = [0.0] * n
        shrink_a = [0.0] * n
        shrink_b = [0.0] * n
        end_comp = [0.0] * n
        brk = [lb.FORBIDDEN] * n
        spread = [0.0] * n          # 1 where a justifying gap may be added or taken
        gave_left = False           # unit i gave up its left half to the mark before it
        IDEO, LATIN, MARK, SPACE = lb.IDEO, lb.LATIN, lb.MARK, lb.SPACE
        for i in range(n):
            k = kinds[i]
            if k == MARK:
                font = fonts[owner[i]][0]
                end_comp[i] = blanks(font, text[i])[1] * em[i]
            if i == n - 1:
                brk[i] = lb.ALLOWED
                break
            k2 = kinds[i + 1]
            a, b = text[i], text[i + 1]
            # spacing
            if (k == IDEO and k2 == LATIN and lb.spaced_from_latin(a[-1])) \
                    or (k == LATIN and k2 == IDEO and lb.spaced_from_latin(b[0])):
                gap[i] = CJK_LATIN_GAP_EM * max(em[i], em[i + 1])
            elif k == MARK and k2 == MARK:
                if end_comp[i] > 0 and not gave_left:
                    shrink_a[i] = end_comp[i]
                else:
                    bl2, _ = blanks(fonts[owner[i + 1]][0], b)
                    shrink_b[i] = bl2 * em[i + 1]
            gave_left = shrink_b[i] > 0   # so it keeps its right half
            if not ((a in lb.DASHES and b in lb.DASHES) or (a in lb.ELLIPSES and b in lb.ELLIPSES)
                    or (k == LATIN and k2 == LATIN and i not in split_at)
                    or k2 == lb.NEWLINE or k2 == SPACE or (k == SPACE and adv[i] == 0.0)):
                spread[i] = 1.0         # a space and the gap after it count as one gap
            # breaks
            if i in split_at:
                brk[i] = lb.FORBIDDEN if lb.no_break_before(b[0]) else lb.ALLOWED
            elif k2 == SPACE:
                brk[i] = lb.FORBIDDEN
            else:
                j = i
                while j >= 0 and kinds[j] == SPACE:
                    j -= 1
                if j < 0:
                    brk[i] = lb.ALLOWED
                else:
                    brk[i] = lb.break_value(text[j], kinds[j], b, k2, j != i)
        self.gap, self.shrink_a, self.shrink_b, self.end_comp = gap, shrink_a, shrink_b, end_comp
        self.brk, self.spread = brk, spread
        cum = [0.0] * (n + 1)
        cap = [0.0] * (n + 1)
        c = q = 0.0
        for i in range(n):
            c += adv[i] + gap[i] - shrink_a[i] - shrink_b[i]
            q += spread[i] * em[i] * SQUEEZE_MAX_EM
            cum[i + 1] = c
            cap[i + 1] = q
        self.cum, self.cap = cum, cap
        self.endpos = [cum[i] + adv[i] for i in range(n)]
        self.newlines = [i for i in range(n) if kinds[i] == lb.NEWLINE]

    def unfit_words(self, avail: float) -> set:
        """Latin words that cannot be set whole: with the marks bound to them (（5G）, word——)
        they are wider than the line even when pushed in. Returned as (span, offset)."""
        brk, words = self.brk, self.words
        found = set()
        start = 0
        for i in range(self.n):
            if brk[i] == lb.FORBIDDEN:
                continue
            if i > start and _cost(self, start, i, avail) is None:
                inside = [k for k in range(start, i + 1) if k in words]
                if inside:
                    found.add(words[max(inside, key=lambda k: self.adv[k])])
            start = i + 1
        return found


def _cmyk(color):
    if color is None:
        return None
    c = tuple(float(v) for v in color)
    if len(c) != 4 or not all(0.0 <= v <= 1.0 for v in c):
        # layouts speak in percent; a caller that forgot to divide must hear of it, not guess
        raise ValueError(f"CMYK colour components go from 0 to 1: {color!r}")
    return c


# --- breaking -------------------------------------------------------------------------------

def compose_paragraph(spans: list[Span], width: float, *, first_indent: float = 0.0,
                      align: str = "justify", leading: float | None = None) -> list[Line]:
    """Break and set a paragraph `width` points wide. Lines' texts concatenate to the input."""
    spans = [s for s in spans if s.text]
    if not spans:
        return []
    if align not in ("justify", "left", "center", "right"):
        raise ValueError(f"align: {align!r}")
    avail = width - max(first_indent, 0.0)
    u = _Units(spans, avail)
    unfit = u.unfit_words(avail)
    if unfit:
        u = _Units(spans, avail, unfit)
    if leading is None:
        leading = 1.5 * max(s.size for s in spans)
    breaks = _break_points(u, width, first_indent, phrases=align != "justify")
    _avoid_lone_last_char(u, breaks, width, first_indent)
    lines = []
    for s, e, forced in breaks:
        indent = first_indent if s == 0 else 0.0
        lines.append(_set_line(u, s, e, width, indent, width - indent, align, leading,
                               e == u.n - 1, forced))
    return lines


def _break_points(u: _Units, width: float, first_indent: float,
                  phrases: bool = False) -> list[tuple[int, int, bool]]:
    """Greedy first fit, line by line: (first unit, last unit, ended by a line feed). With
    `phrases` (ragged text: titles, captions) a space between Chinese phrases is taken as the
    break when the line is at least half full there: 智创未来 谋局而定 | 中天钢铁为世界一流作创新注解."""
    n = u.n
    kinds, cum, endpos, brk = u.kind, u.cum, u.endpos, u.brk
    newlines = u.newlines
    breaks = []
    s = 0
    while s < n:
        avail = width - (first_indent if s == 0 else 0.0)
        target = cum[s] + avail + EPS
        e = bisect_right(endpos, target, s) - 1
        while e + 1 < n and endpos[e + 1] <= target:
            e += 1
        while e > s and endpos[e] > target:
            e -= 1
        if e < s:
            e = s
        while e + 1 < n and kinds[e + 1] == lb.SPACE:
            e += 1
        forced = False
        if newlines:
            k = bisect_right(newlines, s - 1)
            if k < len(newlines) and newlines[k] <= e:
                e, forced = newlines[k], True
        if phrases and not forced and e < n - 1:
            e = _phrase_break(u, s, e, avail)
        if not forced and e < n - 1 and brk[e] != lb.ALLOWED:
            e = _better_break(u, s, e, avail)
        breaks.append((s, e, forced))
        s = e + 1
    return breaks


def _phrase_break(u: _Units, s: int, e: int, avail: float) -> int:
    """The last space between two Chinese units in s..e, if the line is half full before it."""
    kinds, text = u.kind, u.text
    for j in range(e, s, -1):
        if kinds[j] != lb.SPACE or u.brk[j] != lb.ALLOWED or j + 1 >= u.n:
            continue
        v = _last_visible(u, s, j)
        if u.endpos[v] - u.cum[s] < PHRASE_MIN_FILL * avail:
            break
        if kinds[v] in (lb.IDEO, lb.MARK) and kinds[j + 1] in (lb.IDEO, lb.MARK) \
                and text[j + 1] not in lb.NO_LINE_START:
            return j
    return e


def _avoid_lone_last_char(u: _Units, breaks: list, width: float, first_indent: float) -> None:
    """A paragraph should not end in a line of one Han character (区。): send a unit or two down
    from the line above (which then spreads a little), or pull the character up (push in),
    whichever disturbs the spacing less, and only if that is little."""
    if len(breaks) < 2 or breaks[-2][2]:
        return
    (ps, pe, _), (ls, le, _) = breaks[-2], breaks[-1]
    kinds = u.kind
    last_kinds = [kinds[k] for k in range(ls, le + 1)]
    if last_kinds.count(lb.IDEO) != 1 or lb.LATIN in last_kinds or lb.NEWLINE in last_kinds:
        return
    avail = width - (first_indent if ps == 0 else 0.0)
    best, best_cost = None, LONE_CHAR_COST + EPS
    cost = _cost(u, ps, le, avail, last=True)
    if cost is not None and cost < best_cost:
        best, best_cost = [(ps, le, False)], cost
    for j in range(pe - 1, max(ps, pe - 5), -1):
        if u.brk[j] != lb.ALLOWED or u.endpos[_last_visible(u, j + 1, le)] - u.cum[j + 1] > width + EPS:
            continue
        cost = _cost(u, ps, j, avail)
        if cost is not None and cost < best_cost:
            best, best_cost = [(ps, j, False), (j + 1, le, False)], cost
    if best is not None:
        breaks[-2:] = best


def _last_visible(u: _Units, s: int, e: int) -> int:
    kinds = u.kind
    while e > s and kinds[e] in (lb.SPACE, lb.NEWLINE):
        e -= 1
    return e


def _cost(u: _Units, s: int, e: int, avail: float, last: bool = False) -> float | None:
    """How far units s..e set as one line stray from natural spacing, in ems per gap (spreading
    weighted up), or None if they cannot be squeezed into the measure."""
    v = _last_visible(u, s, e)
    natural = u.endpos[v] - u.cum[s]
    content = natural - (u.end_comp[v] if natural > avail + EPS else 0.0)
    slack = avail - content
    room = (u.cap[v] - u.cap[s]) / SQUEEZE_MAX_EM      # the ems of the line's gaps, summed
    if slack < -EPS:
        if room <= 0 or -slack > room * SQUEEZE_MAX_EM + EPS:
            return None
        return -slack / room
    if last or slack <= EPS:
        return 0.0
    return STRETCH_WEIGHT * slack / room if room > 0 else NO_GAP_COST


def _better_break(u: _Units, s: int, e: int, avail: float) -> int:
    """The fill point e may not end a line. Candidates: push in to the next break, push out to
    the one before, the same with breaks that split a number from its unit; the least costly
    wins, push-in first on a tie. With none, break where the line is full."""
    brk, n = u.brk, u.n
    candidates = []
    if brk[e] == lb.DISCOURAGED:
        candidates.append(e)
    for wanted in (lb.ALLOWED, lb.DISCOURAGED):
        for j in range(e + 1, min(n, e + 1 + PUSH_IN_REACH)):
            if brk[j] == wanted:
                candidates.append(j)
                break
        for j in range(e - 1, s - 1, -1):
            if brk[j] == wanted:
                candidates.append(j)
                break
    best, best_cost = e, None
    for j in candidates:
        cost = _cost(u, s, j, avail, last=j == n - 1)
        if cost is None:
            continue
        if brk[j] == lb.DISCOURAGED:
            cost += DISCOURAGED_COST
        if best_cost is None or cost < best_cost - EPS:
            best, best_cost = j, cost
    return best


def _set_line(u: _Units, s: int, e: int, width: float, indent: float, avail: float, align: str,
              leading: float, last: bool, forced: bool) -> Line:
    v = _last_visible(u, s, e)
    natural = u.endpos[v] - u.cum[s]
    end_cut = 0.0
    if natural > avail + EPS and u.end_comp[v] > 0:
        end_cut = u.end_comp[v]
    content = natural - end_cut
    slack = avail - content
    gaps = u.spread
    n_gaps = sum(gaps[s:v])
    per_gap = 0.0
    justified = False
    if n_gaps and (slack < -EPS or (align == "justify" and not last and not forced)):
        per_gap = slack / n_gaps
        justified = True
    if align == "justify" or align == "left" or justified:
        x = indent
    elif align == "center":
        x = indent + slack / 2
    else:
        x = indent + slack
    text, adv, gap, sa, sb, owner, fonts = u.text, u.adv, u.gap, u.shrink_a, u.shrink_b, u.span, u.fonts
    glyphs = []
    ascent = descent = 0.0
    prev_span = -1
    for k in range(s, e + 1):
        si = owner[k]
        font, size, color, fake = fonts[si]
        if si != prev_span:
            a, d = font_metrics(font)
            ascent = max(ascent, a * size)
            descent = max(descent, d * size)
            prev_span = si
        if k > v:
            glyphs.append(Glyph(text[k], x, 0.0, font, size, color, fake))
            continue
        w = adv[k]
        shift = 0.0
        if k > s and sb[k - 1]:
            w -= sb[k - 1]
            shift = -sb[k - 1]
        hscale = 1.0
        if text[k] in lb.DASHES:
            hscale, ink_shift = dash_fit(font)
            shift += ink_shift * size
        cut = sa[k] if k < v else end_cut
        face = font
        if cut:
            w -= cut
            face = half_face(font) or font
        glyphs.append(Glyph(text[k], x, w, face, size, color, fake, shift, hscale))
        if k < v:
            x += w + gap[k] + gaps[k] * per_gap
        else:
            x += w
    if justified:
        # float sums drift by a few 1e-14: pin the end to the measure exactly
        glyphs[v - s].x = width - glyphs[v - s].width
    return Line(glyphs, width, indent + natural, ascent, descent, last, leading, justified)


# --- drawing --------------------------------------------------------------------------------

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

    def takes(self, g: Glyph, gx: float) -> bool:
        if (g.font, g.size, g.color, g.fake_bold, g.hscale) != \
                (self.font, self.size, self.color, self.fake_bold, self.hscale):
            return False
        tc = gx - self.end
        flat = abs(tc) < 1e-4
        single = len(g.text) == 1
        if self.tc is None:
            # Tc applies inside a word too: a run with words in it can only be evenly set
            if not (flat or (single and not self.words)):
                return False
            self.tc = 0.0 if flat else tc
        return abs(tc - self.tc) < 1e-4 and (single or self.tc == 0.0)

    def add(self, g: Glyph, gx: float, advance: float) -> None:
        self.parts.append(g.text)
        self.end = gx + advance
        self.words = self.words or len(g.text) > 1


def _runs(glyphs: list[Glyph]) -> list[_Run]:
    runs = []
    cur = None
    for g in glyphs:
        if g.text.isspace():
            continue        # spaces are only room, and the room is in the next glyph's x
        gx = g.x + g.shift
        advance = word_width(g.font, g.text) * g.size * g.hscale
        if cur is not None and cur.takes(g, gx):
            cur.add(g, gx, advance)
            continue
        cur = _Run(g, gx, advance)
        runs.append(cur)
    return runs

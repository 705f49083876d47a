"""A paragraph cut into the units the line breaker works on (characters, Latin words), with
their advances, the spacing between them (quarter em by Latin, half-width mark pairs) and where a
line may end, as flat lists; and what setting a stretch of units as one line costs."""
from __future__ import annotations

import re
from itertools import accumulate, chain
from operator import add

from . import linebreak as lb
from .lines import Span, style
from .metrics import blanks, char_width, dash_fit, resolve_font, word_width

EPS = 1e-6
SQUEEZE_MAX_EM = 1 / 8          # push-in: the most one gap may shrink
CJK_LATIN_GAP_EM = 0.25
# Choosing among bad breaks, costs are ems of spacing change per gap:
STRETCH_WEIGHT = 1.5            # spreading counts more than squeezing: clreq prefers push-in
NO_GAP_COST = 1.0               # a short line that cannot be spread at all

_SPACE_RUN = re.compile(lb.SPACE + "+")
_NEWLINE = re.compile(lb.NEWLINE)
_NOT_PLAIN_RUN = re.compile("[^" + lb.PLAIN + "]+")
_DASH = re.compile("[" + "".join(sorted(lb.DASHES)) + "]")


class Units:
    """A paragraph cut into units, with everything the breaker needs as flat lists (`kind` is a
    string, one letter a unit)."""

    __slots__ = ("text", "kind", "span", "adv", "em", "gap", "shrink_a", "shrink_b", "end_comp",
                 "brk", "cum", "endpos", "cap", "spread", "newlines", "fonts", "styles", "n",
                 "words", "cuts", "dashes")

    def __init__(self, spans: list[Span], split_wider_than: float, force_split=frozenset()):
        """Latin words wider than `split_wider_than`, and those whose (span, offset) is in
        `force_split`, are cut into characters that may break anywhere."""
        text, owner, adv, em = [], [], [], []
        codes = []          # unit codes (lb.unit_code), a string per stretch
        fonts = []
        styles = []         # each span's lines.style(), as its glyphs are set
        split_at = set()    # unit indices after which a cut-up word may break
        words = {}          # unit index of a whole Latin word -> (span, offset)
        for si, sp in enumerate(spans):
            name, fake = resolve_font(sp.font, sp.bold)
            fonts.append((name, sp.size, cmyk(sp.color), fake))
            styles.append(style(*fonts[-1], 1.0))
            size = sp.size
            s = sp.text
            first = len(text)
            advance = _advances(name).__getitem__
            # Han, marks and spaces are a unit each: taken a stretch before each Latin word (and
            # after the last: the None) at a time
            pos = 0
            for m in chain(lb.LATIN_RUN.finditer(s), (None,)):
                i, j = m.span() if m else (len(s), len(s))
                if i > pos:
                    chars = s[pos:i]
                    text.extend(chars)
                    codes.append(chars.translate(lb.UNIT_CODES))
                    adv.extend([w * size for w in map(advance, chars)])
                if m is None:
                    break
                word = m.group()
                w = word_width(name, word) * size
                if j - i > 1 and (w > split_wider_than or (si, i) in force_split):
                    split_at.update(range(len(text), len(text) + j - i - 1))
                    text.extend(word)
                    codes.append(lb.LATIN * (j - i))
                    adv.extend([char_width(name, c) * size for c in word])
                else:
                    words[len(text)] = (si, i)
                    text.append(word)
                    codes.append(lb.LATIN)
                    adv.append(w)
                pos = j
            count = len(text) - first
            owner.extend([si] * count)
            em.extend([size] * count)
        code = "".join(codes)
        # units that are dashes (each set to fill its em), found only in a paragraph that has one
        self.dashes = [k for k, t in enumerate(text) if t in lb.DASHES] \
            if any(_DASH.search(sp.text) for sp in spans) else []
        self.text, self.kind, self.span, self.adv, self.em = text, code.replace(lb.PLAIN, lb.IDEO), owner, adv, em
        self.fonts, self.styles, self.words = fonts, styles, words
        self.n = len(text)
        self._spaces()
        self._boundaries(split_at, code)

    def _spaces(self) -> None:
        """A space beside a CJK mark takes no room (the mark has its blank); one between Han and
        Latin is the quarter em; other spaces keep their width."""
        text, kinds, adv, em, n = self.text, self.kind, self.adv, self.em, self.n
        if lb.SPACE not in kinds:
            return
        for m in _SPACE_RUN.finditer(kinds):
            i, j = m.span()
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

    def _boundaries(self, split_at: set, code: str) -> None:
        """Spacing, spreading and break value after each unit. Between two PLAIN units (most of
        them) they are the defaults: no gap, a justifying gap, break allowed; only the boundaries
        beside other units are worked out one by one."""
        text, kinds, adv, em, n = self.text, self.kind, self.adv, self.em, self.n
        fonts, owner = self.fonts, self.span
        gap = [0.0] * n
        shrink_a = [0.0] * n
        shrink_b = [0.0] * n
        end_comp = [0.0] * n
        brk = [lb.ALLOWED] * n
        cuts = []                   # units with shrink_a or shrink_b set, in order
        spread = [1.0] * n          # 1 where a justifying gap may be added or taken
        # what each unit adds to the running sums below, given the defaults; changed with them
        step = adv[:]
        squeeze = [e * SQUEEZE_MAX_EM for e in em] if len(fonts) > 1 else [em[0] * SQUEEZE_MAX_EM] * n
        spread[-1] = squeeze[-1] = 0.0
        IDEO, LATIN, MARK, SPACE, NEWLINE = lb.IDEO, lb.LATIN, lb.MARK, lb.SPACE, lb.NEWLINE
        DASHES, ELLIPSES, break_value = lb.DASHES, lb.ELLIPSES, lb.break_value
        last = n - 1
        if kinds[last] == MARK:
            end_comp[last] = blanks(fonts[owner[last]][0], text[last])[1] * em[last]
        for m in _NOT_PLAIN_RUN.finditer(code):
            for i in range(max(m.start() - 1, 0), min(m.end(), last)):
                k, k2 = kinds[i], kinds[i + 1]
                a, b = text[i], text[i + 1]
                # spacing, and pairs that are one unbroken piece (no justifying gap inside)
                if k == MARK:
                    end_comp[i] = blanks(fonts[owner[i]][0], a)[1] * em[i]
                    if k2 == MARK:
                        # unit i gave up its left half to the mark before it: it keeps its right half
                        gave_left = i > 0 and shrink_b[i - 1] > 0
                        if end_comp[i] > 0 and not gave_left:
                            shrink_a[i] = end_comp[i]
                        else:
                            bl2, _ = blanks(fonts[owner[i + 1]][0], b)
                            shrink_b[i] = bl2 * em[i + 1]
                        if (a in DASHES and b in DASHES) or (a in ELLIPSES and b in ELLIPSES):
                            spread[i] = squeeze[i] = 0.0
                elif k == IDEO:
                    if k2 == LATIN and lb.spaced_from_latin(a[-1]):
                        gap[i] = CJK_LATIN_GAP_EM * max(em[i], em[i + 1])
                elif k == LATIN:
                    if k2 == IDEO and lb.spaced_from_latin(b[0]):
                        gap[i] = CJK_LATIN_GAP_EM * max(em[i], em[i + 1])
                    elif k2 == LATIN and i not in split_at:
                        spread[i] = squeeze[i] = 0.0
                elif k == SPACE and adv[i] == 0.0:
                    spread[i] = squeeze[i] = 0.0    # a space and the gap after it count as one gap
                step[i] = adv[i] + gap[i] - shrink_a[i] - shrink_b[i]
                if shrink_a[i] or shrink_b[i]:
                    cuts.append(i)
                # breaks
                if k2 == SPACE or k2 == NEWLINE:
                    spread[i] = squeeze[i] = 0.0
                    brk[i] = lb.FORBIDDEN           # spaces and line feeds stay on the line
                elif i in split_at:
                    brk[i] = lb.FORBIDDEN if lb.no_break_before(b[0]) else lb.ALLOWED
                else:
                    j = i
                    if k == SPACE:
                        while j >= 0 and kinds[j] == SPACE:
                            j -= 1
                    if j >= 0:
                        brk[i] = break_value(text[j], kinds[j], b, k2, j != i)
        self.gap, self.shrink_a, self.shrink_b, self.end_comp = gap, shrink_a, shrink_b, end_comp
        self.brk, self.spread, self.cuts = brk, spread, cuts
        # running sums: where each unit starts (cum) and the squeeze the gaps before it allow (cap)
        self.cum = cum = list(accumulate(step, initial=0.0))
        self.cap = list(accumulate(squeeze, initial=0.0))
        self.endpos = list(map(add, cum, adv))
        self.newlines = [m.start() for m in _NEWLINE.finditer(kinds)] if NEWLINE in kinds else []

    def unfit_words(self, avail: float) -> set:
        """Latin words that cannot be set whole: with the marks bound to them (（5G）, word——)
        they are wider than the line even when pushed in. Returned as (span, offset)."""
        brk, words = self.brk, self.words
        found = set()
        end = -1
        for w in words:             # in unit order; each stretch between breaks is seen once
            if w <= end:
                continue
            start = end = w
            while brk[end] == lb.FORBIDDEN:     # the last unit always allows a break
                end += 1
            while start > 0 and brk[start - 1] == lb.FORBIDDEN:
                start -= 1
            if end > start and line_cost(self, start, end, avail) is None:
                inside = [k for k in range(start, end + 1) if k in words]
                found.add(words[max(inside, key=lambda k: self.adv[k])])
        return found


class _Advances(dict):
    """character -> advance of that one-character unit at size 1 in one font, filled on first
    use: a line feed takes no room, a dash is one em however the font draws it."""
    __slots__ = ("font",)

    def __missing__(self, ch: str) -> float:
        if lb.kind(ch) == lb.NEWLINE:
            w = 0.0
        elif ch in lb.DASHES and dash_fit(self.font)[0] != 1.0:
            w = 1.0
        else:
            w = char_width(self.font, ch)
        self[ch] = w
        return w


_ADVANCES: dict[str, _Advances] = {}


def _advances(font: str) -> _Advances:
    table = _ADVANCES.get(font)
    if table is None:
        table = _Advances()
        table.font = font       # before another thread (GUI layout, export) can see the table
        _ADVANCES[font] = table
    return table


def cmyk(color):
    if color is None:
        return None
    c = tuple(float(v) for v in color)
    if len(c) != 4 or not all(0.0 <= v <= 1.0 for v in c):
        # layouts speak in percent; a caller that forgot to divide must hear of it, not guess
        raise ValueError(f"CMYK colour components go from 0 to 1: {color!r}")
    return c


def last_visible(u: Units, s: int, e: int) -> int:
    kinds = u.kind
    while e > s and kinds[e] in (lb.SPACE, lb.NEWLINE):
        e -= 1
    return e


def line_cost(u: Units, s: int, e: int, avail: float, last: bool = False) -> float | None:
    """How far units s..e set as one line stray from natural spacing, in ems per gap (spreading
    weighted up), or None if they cannot be squeezed into the measure."""
    v = last_visible(u, s, e)
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

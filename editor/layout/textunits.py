"""A paragraph cut into the units the line breaker works on (characters, Latin words), with
their advances, the spacing between them (quarter em by Latin, half-width mark pairs) and where a
line may end, as flat lists; and what setting a stretch of units as one line costs."""
from __future__ import annotations

from . import linebreak as lb
from .lines import Span
from .metrics import blanks, char_width, dash_fit, resolve_font, word_width

EPS = 1e-6
SQUEEZE_MAX_EM = 1 / 8          # push-in: the most one gap may shrink
CJK_LATIN_GAP_EM = 0.25
# Choosing among bad breaks, costs are ems of spacing change per gap:
STRETCH_WEIGHT = 1.5            # spreading counts more than squeezing: clreq prefers push-in
NO_GAP_COST = 1.0               # a short line that cannot be spread at all


class Units:
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
            fonts.append((name, sp.size, cmyk(sp.color), fake))
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
            if i > start and line_cost(self, start, i, avail) is None:
                inside = [k for k in range(start, i + 1) if k in words]
                if inside:
                    found.add(words[max(inside, key=lambda k: self.adv[k])])
            start = i + 1
        return found


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

"""Line breaking and justification: styled Chinese text into lines, by the rules of linebreak.py.

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
  small change of spacing avoids it; a line feed in the text ends a line the same way."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate, repeat
from operator import add, mul

from . import linebreak as lb
from .lines import Line, Span, style
from .metrics import dash_fit, font_metrics, half_face
from .textunits import EPS, line_cost, last_visible, Units

PUSH_IN_REACH = 8               # how many units past the fill point a push-in may take
DISCOURAGED_COST = 0.15         # what keeping a number with its unit is worth
LONE_CHAR_COST = 0.12           # the most spacing change spent to avoid a one-character last line
PHRASE_MIN_FILL = 0.5           # ragged text breaks at a space between phrases past this share


def compose_paragraph(spans: list[Span], width: float, *, first_indent: float = 0.0,
                      align: str = "justify", leading: float | None = None) -> list[Line]:
    """Break and set a paragraph `width` points wide. Lines' texts concatenate to the input."""
    spans = [s for s in spans if s.text]
    if not spans:
        return []
    if align not in ("justify", "left", "center", "right"):
        raise ValueError(f"align: {align!r}")
    avail = width - max(first_indent, 0.0)
    u = Units(spans, avail)
    unfit = u.unfit_words(avail)
    if unfit:
        u = Units(spans, avail, unfit)
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


def _break_points(u: Units, width: float, first_indent: float,
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


def _phrase_break(u: Units, s: int, e: int, avail: float) -> int:
    """The last space between two Chinese units in s..e, if the line is half full before it."""
    kinds, text = u.kind, u.text
    for j in range(e, s, -1):
        if kinds[j] != lb.SPACE or u.brk[j] != lb.ALLOWED or j + 1 >= u.n:
            continue
        v = last_visible(u, s, j)
        if u.endpos[v] - u.cum[s] < PHRASE_MIN_FILL * avail:
            break
        if kinds[v] in (lb.IDEO, lb.MARK) and kinds[j + 1] in (lb.IDEO, lb.MARK) \
                and text[j + 1] not in lb.NO_LINE_START:
            return j
    return e


def _avoid_lone_last_char(u: Units, breaks: list, width: float, first_indent: float) -> None:
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
    cost = line_cost(u, ps, le, avail, last=True)
    if cost is not None and cost < best_cost:
        best, best_cost = [(ps, le, False)], cost
    for j in range(pe - 1, max(ps, pe - 5), -1):
        if u.brk[j] != lb.ALLOWED or u.endpos[last_visible(u, j + 1, le)] - u.cum[j + 1] > width + EPS:
            continue
        cost = line_cost(u, ps, j, avail)
        if cost is not None and cost < best_cost:
            best, best_cost = [(ps, j, False), (j + 1, le, False)], cost
    if best is not None:
        breaks[-2:] = best


def _better_break(u: Units, s: int, e: int, avail: float) -> int:
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
        cost = line_cost(u, s, j, avail, last=j == n - 1)
        if cost is None:
            continue
        if brk[j] == lb.DISCOURAGED:
            cost += DISCOURAGED_COST
        if best_cost is None or cost < best_cost - EPS:
            best, best_cost = j, cost
    return best


def _set_line(u: Units, s: int, e: int, width: float, indent: float, avail: float, align: str,
              leading: float, last: bool, forced: bool) -> Line:
    v = last_visible(u, s, e)
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
    # The columns are slices of the units' lists; only the few units set otherwise than at their
    # advance in their span's face (a mark beside a mark, a dash, the last mark pushed in) are
    # worked out one by one. Each x is the one before plus the same sum, in the same order, as
    # a unit-by-unit loop adds: the positions are the same to the bit.
    text, adv, owner, fonts, span_styles = u.text, u.adv, u.span, u.fonts, u.styles
    n = e - s + 1
    texts = text[s:e + 1]
    line_text = "".join(texts)
    widths = adv[s:v + 1]
    shifts = [0.0] * n
    first_span, last_span = owner[s], owner[e]
    if first_span == last_span:
        styles = [span_styles[first_span]] * n
    else:
        styles = list(map(span_styles.__getitem__, owner[s:e + 1]))
    ascent = descent = 0.0
    for si in range(first_span, last_span + 1):
        font, size = fonts[si][0], fonts[si][1]
        a, d = font_metrics(font)
        ascent = max(ascent, a * size)
        descent = max(descent, d * size)
    special = _special_units(u, s, v, end_cut)
    if special:
        sa, sb = u.shrink_a, u.shrink_b
        for k in special:
            font, size, color, fake = fonts[owner[k]]
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
            widths[k - s] = w
            shifts[k - s] = shift
            styles[k - s] = style(face, size, color, fake, hscale)
    xs = list(accumulate(map(add, map(add, widths[:v - s], u.gap[s:v]),
                             map(mul, gaps[s:v], repeat(per_gap))), initial=x))
    if e > v:       # trailing spaces and line feeds: no room, where the visible content ends
        xs += [xs[-1] + widths[-1]] * (e - v)
        widths += [0.0] * (e - v)
    if justified:
        # float sums drift by a few 1e-14: pin the end to the measure exactly
        xs[v - s] = width - widths[v - s]
    return Line.of_columns(texts, xs, widths, shifts, styles, width, indent + natural, ascent,
                           descent, last, leading, justified, line_text)


def _special_units(u: Units, s: int, v: int, end_cut: float) -> list[int]:
    """Units s..v not set at their advance in their span's face, in order: beside a mark that
    gave up half its em, a dash, the last unit pushed in by `end_cut`."""
    cuts = u.cuts
    found = set()
    if cuts:
        for c in cuts[bisect_left(cuts, s):bisect_right(cuts, v)]:
            if c < v:
                found.add(c)            # its own right half given up (shrink_a)
                found.add(c + 1)        # the next one's left half (shrink_b of c)
    if end_cut:
        found.add(v)
    dashes = u.dashes
    if dashes:
        found.update(dashes[bisect_left(dashes, s):bisect_right(dashes, v)])
    return sorted(found)

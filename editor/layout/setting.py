"""Setting text in a paragraph style: the one door from pagination to the line breaker.

Composed paragraphs are memoised by their content, style and width, so laying the issue out again
after one article changed re-composes only that article's paragraphs; and kept on disk
(composecache.py), so that a fresh process composes only the paragraphs that changed since."""
from __future__ import annotations

import threading
from collections import OrderedDict

from . import composecache
from .template import Layout, ParaStyle

PT_PER_MM = 72 / 25.4
MM_PER_PT = 25.4 / 72
_MEMO: OrderedDict = OrderedDict()
_MEMO_MAX = 20000
_LOCK = threading.Lock()


def pt(mm: float) -> float:
    return mm * PT_PER_MM


def mm(points: float) -> float:
    return points * MM_PER_PT


def span_key(text: str, style: ParaStyle, layout: Layout, bold: bool | None = None):
    """A hashable description of one run of text: (text, font, size, bold, colour)."""
    # compose takes colour components 0..1; the layout's are percentages
    return (text, layout.font_name(style.font), style.size_pt,
            style.bold if bold is None else bold, tuple(v / 100.0 for v in style.color))


def set_spans(spans: tuple, width_mm: float, style: ParaStyle, *, first_indent_em: float | None = None,
              align: str | None = None) -> list:
    """Compose spans (tuples from span_key) into lines `width_mm` wide, in the style's leading."""
    indent = style.first_indent_em if first_indent_em is None else first_indent_em
    key = (spans, round(width_mm, 3), indent * style.size_pt, align or style.align, style.leading_pt)
    with _LOCK:   # the GUI lays out in a worker thread while the export may run in another
        lines = _MEMO.get(key)
        if lines is not None:
            _MEMO.move_to_end(key)
            return lines
    if not any(span[0] for span in spans):
        lines = []          # nothing to set (and no font to ask for)
    else:
        lines = composecache.lookup(key)
        if lines is None:
            from .compose import Span, compose_paragraph
            objs = [Span(text, font, size, bold, color) for text, font, size, bold, color in spans if text]
            lines = compose_paragraph(objs, pt(width_mm), first_indent=indent * style.size_pt,
                                      align=align or style.align, leading=style.leading_pt)
            composecache.store(key, lines)
    with _LOCK:
        _MEMO[key] = lines
        if len(_MEMO) > _MEMO_MAX:
            _MEMO.popitem(last=False)
    return lines


def set_text(text: str, style: ParaStyle, layout: Layout, width_mm: float, **kw) -> list:
    return set_spans((span_key(text, style, layout),), width_mm, style, **kw)


def line_width_mm(line) -> float:
    return mm(line.width)

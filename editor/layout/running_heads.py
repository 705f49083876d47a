"""Running heads and folios (GB/T 3179): even folios carry the masthead title with year and
number, odd folios the section name (the article title when there is no section); the folio
stands at the outer bottom corner."""
from __future__ import annotations

from .display import RuleOp, TextOp
from .setting import set_text
from .template import Layout


def running_head_text(meta, folio: int, section: str | None, title: str | None) -> str:
    if folio % 2 == 0:
        return f"{meta.title} {meta.year}年第{meta.number}期"
    return section or title or meta.title


def furniture(layout: Layout, index: int, folio: int, head: str) -> list:
    """Running head, its rule and the folio of one page (index decides which side is outer)."""
    recto = index % 2 == 1
    m = layout.margins
    x0 = m.inner if recto else m.outer
    width = layout.body_w_mm
    ops: list = []
    hs = layout.style("running_head")
    y = layout.trim_h_mm - layout.running_head_mm
    lines = set_text(head, hs, layout, width, align="right" if recto else "left")
    if lines:
        ops.append(TextOp(x0, y, lines[0]))
    rule_y = y - 1.8
    ops.append(RuleOp(x0, rule_y, x0 + width, rule_y, layout.colour("rule"), layout.head_rule_pt))
    fs = layout.style("folio")
    text = f"{folio:02d}"
    flines = set_text(text, fs, layout, width, align="right" if recto else "left", first_indent_em=0)
    if flines:
        ops.append(TextOp(x0, layout.folio_mm, flines[0]))
    return ops



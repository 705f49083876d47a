"""The title block of an article: section tag, kicker, title and subtitle across the columns."""
from __future__ import annotations

from .display import RectOp, RuleOp, TextOp
from .setting import mm, set_text
from .template import Layout
from .units import baseline_offset, stack_lines


def title_block(article, section_name: str | None, layout: Layout, width: float,
                show_section: bool) -> tuple[list, float]:
    """Ops relative to the block's top-left (y negative downwards) and the block's height in mm."""
    ops: list = []
    y = 0.0
    if show_section and section_name:
        st = layout.style("section_banner")
        lines = set_text(section_name, st, layout, width)
        if lines:
            tag_w = mm(lines[0].natural if hasattr(lines[0], "natural") else lines[0].width) + 6
            h = mm(st.leading_pt) + 1.5
            ops.append(RectOp(0, y - h, tag_w, h, fill=layout.colour("accent")))
            ops.append(RuleOp(0, y - h, width, y - h, layout.colour("accent"), 1.0))
            ops.append(TextOp(3, y - 0.75 - baseline_offset(st), lines[0]))
            y -= h + 3
    for name, text in (("kicker", article.kicker), ("title", article.title), ("subtitle", article.subtitle)):
        if not text:
            continue
        st = layout.style(name)
        new, y = stack_lines(set_text(text, st, layout, width), st, 0, y - mm(st.space_before_pt))
        ops += new
        y -= mm(st.space_after_pt)
    return ops, -y

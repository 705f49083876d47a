"""Photo pages (封二, 封三, 封底): a title and a grid of photos, each with its caption below.
A photo the editor made wider than a grid cell takes a whole row."""
from __future__ import annotations

from pathlib import Path

from .display import ImageOp
from .pages_cover import fill_crop
from .setting import mm, set_spans, set_text, span_key
from .template import Layout
from .units import image_path, image_pixels, stack_lines


def photo_page_ops(page, layout: Layout, folder: Path, index: int) -> list:
    m = layout.margins
    x0 = m.inner if index % 2 == 1 else m.outer
    width = layout.body_w_mm
    top = layout.trim_h_mm - m.top
    ops: list = []
    if page.title:
        st = layout.style("photo_title")
        new, top = stack_lines(set_text(page.title, st, layout, width), st, x0, top)
        ops += new
        top -= 4
    ncols = max(1, layout.photo_columns)
    gutter = layout.gutter_mm
    cell_w = (width - (ncols - 1) * gutter) / ncols
    rows: list[list] = []
    for fig in page.figures:
        wide = bool(fig.width_mm and fig.width_mm > cell_w * 1.3)
        if wide or not rows or len(rows[-1]) >= ncols or _is_wide(rows[-1], cell_w):
            rows.append([fig])
        else:
            rows[-1].append(fig)
    cap = layout.style("caption")
    cap_h = 2 * mm(cap.leading_pt) + 2 + 4
    natural = [(width if _is_wide(r, cell_w) else cell_w) * 2 / 3 for r in rows]
    room = top - m.bottom - cap_h * len(rows)
    scale = min(1.0, room / sum(natural)) if natural and sum(natural) > 0 else 1.0
    y = top
    for row, nat in zip(rows, natural):
        h = nat * scale
        w = width if _is_wide(row, cell_w) else cell_w
        for k, fig in enumerate(row):
            x = x0 + k * (cell_w + gutter)
            px = image_pixels(fig, folder)
            ops.append(ImageOp(fig.id, image_path(fig, folder), x, y - h, w, h,
                               crop=fill_crop(px, w, h), pixels=px))
            spans = (span_key(fig.caption, cap, layout),)
            if fig.credit:
                spans += (span_key(fig.credit, layout.style("credit"), layout),)
            ops += stack_lines(set_spans(spans, w, cap)[:2], cap, x, y - h - 2)[0]
        y -= h + cap_h
    return ops


def _is_wide(row: list, cell_w: float) -> bool:
    return len(row) == 1 and bool(row[0].width_mm and row[0].width_mm > cell_w * 1.3)

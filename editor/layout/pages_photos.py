"""Photo pages (封二, 封三, 封底): a title and a grid of photos, each with its caption below.
A photo the editor made wider than a grid cell takes a whole row."""
from __future__ import annotations

from pathlib import Path

from .display import ImageOp
from .setting import mm, set_spans, set_text
from .template import Layout
from .units import caption_spans, fill_crop, image_path, image_pixels, stack_lines


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
    frames = [[_frame(fig, folder, width if _is_wide(row, cell_w) else cell_w) for fig in row] for row in rows]
    captions = [[_caption(fig, w, layout) for fig, (w, _h, _px) in zip(row, fr)]
                for row, fr in zip(rows, frames)]
    cap_hs = [max(len(c) for c in caps) * mm(cap.leading_pt) + 6 for caps in captions]
    photo_hs = [max(h for _, h, _ in fr) for fr in frames]
    room = top - m.bottom - sum(cap_hs)
    scale = min(1.0, room / sum(photo_hs)) if photo_hs and sum(photo_hs) > 0 else 1.0
    y = top
    for row, fr, caps, row_h, cap_h in zip(rows, frames, captions, photo_hs, cap_hs):
        cell = width if _is_wide(row, cell_w) else cell_w
        for k, (fig, (w, h, px), lines) in enumerate(zip(row, fr, caps)):
            w, h = w * scale, h * scale
            x = x0 + k * (cell_w + gutter) + (cell - w) / 2
            ops.append(ImageOp(fig.id, image_path(fig, folder), x, y - h, w, h,
                               crop=fill_crop(px, w, h), pixels=px))
            if scale < 1.0:
                lines = _caption(fig, w, layout)
            ops += stack_lines(lines, cap, x, y - h - 2)[0]
        y -= row_h * scale + cap_h
    return ops


def _frame(fig, folder: Path, cell: float) -> tuple[float, float, tuple[int, int] | None]:
    """The photo's size as the editor asked (within the cell), else the cell width at its own
    proportions."""
    px = image_pixels(fig, folder)
    w = min(fig.width_mm or cell, cell)
    ratio = (px[1] / px[0]) if px and px[0] else 2 / 3
    h = fig.height_mm * w / fig.width_mm if fig.height_mm and fig.width_mm else w * ratio
    return w, h, px


def _caption(fig, width: float, layout: Layout) -> list:
    return set_spans(caption_spans(fig, layout), width, layout.style("caption"))


def _is_wide(row: list, cell_w: float) -> bool:
    return len(row) == 1 and bool(row[0].width_mm and row[0].width_mm > cell_w * 1.3)

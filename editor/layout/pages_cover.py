"""The front cover: masthead, year and number, cumulative number, permit and internal marking,
a photo bleeding off three edges, and a band of cover lines."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from .display import ImageOp, RectOp
from .setting import mm, set_text
from .template import Layout
from .units import fill_crop, stack_lines


def cover_ops(meta, layout: Layout, folder: Path) -> list:
    W, H, b = layout.trim_w_mm, layout.trim_h_mm, layout.bleed_mm
    left, right = layout.margins.inner, layout.margins.outer   # the cover is a recto
    width = W - left - right
    ops: list = []

    def put(text: str, style, x: float, top: float, w: float, **kw) -> float:
        st = layout.style(style) if isinstance(style, str) else style
        new, y = stack_lines(set_text(text, st, layout, w, **kw), st, x, top)
        ops.extend(new)
        return y

    band = layout.cover_masthead_mm
    top = H - 12
    photo_top = H - band
    # masthead block: title left, numbers right
    right_w = 62
    put(meta.title, "masthead", left, top, width - right_w - 4)
    y = put(f"{meta.year}年第{meta.number}期", "cover_number", W - right - right_w, top - 2, right_w)
    if meta.cumulative:
        y = put(f"总第{meta.cumulative}期", "cover_number", W - right - right_w, y, right_w)
    small = [s for s in (f"准印证号：{meta.permit}" if meta.permit else None, meta.internal_marking) if s]
    for text in small:
        y = put(text, "cover_small", W - right - right_w, y, right_w)
    publisher = next((r for r in meta.publishers if r.role.startswith("主办")), None)
    info_top = photo_top + 14
    if publisher and publisher.names:
        put(f"{publisher.names[0]}主办", "cover_small", left, info_top, width, align="left")
    if meta.cover.slogan:
        put(meta.cover.slogan, "cover_slogan", left, info_top - 5, width)
    # the photo runs into the bleed on three sides, at its own proportions up to the masthead area
    path, px = _cover_image(meta.cover.image, folder)
    img_w = W + 2 * b
    ratio = (px[1] / px[0]) if px and px[0] else 2 / 3
    img_h = min(img_w * ratio, photo_top + b)
    ops.append(ImageOp("cover", path, -b, -b, img_w, img_h, crop=fill_crop(px, img_w, img_h),
                       bleeds=("left", "right", "bottom"), pixels=px))
    lines = meta.cover.lines[:5]
    st = layout.style("cover_line")
    free_top, free_bottom = info_top - 14, img_h - b + 4
    if lines and (free_top - free_bottom) >= len(lines) * mm(st.leading_pt):
        # cover lines in the paper above the photo, in the accent colour
        y = free_bottom + len(lines) * mm(st.leading_pt)
        on_paper = dataclasses.replace(st, color=layout.colour("accent"))
        for text in lines:
            y = put(text, on_paper, left, y, width)
    elif lines:
        band_h = layout.cover_lines_mm
        ops.append(RectOp(-b, -b, W + 2 * b, band_h + b, fill=layout.colour("accent")))
        y = band_h - 6
        for text in lines:
            if y - mm(st.leading_pt) < 4:
                break
            y = put(text, "cover_line", left, y, width)
    return ops


def _cover_image(rel: str | None, folder: Path) -> tuple[str | None, tuple[int, int] | None]:
    if not rel:
        return None, None
    p = (Path(folder) / rel)
    if not p.is_file():
        return None, None
    try:
        from PIL import Image
        with Image.open(p) as im:
            return str(p.resolve()), im.size
    except Exception:   # an unreadable photo is reported by FIGURE-MISSING; the cover shows a stand-in
        return None, None

"""An article's blocks cut into flow units (see flow.py), for one column width.

Units of an article are memoised by a hash of its content, the layout and the width: re-laying
an issue after one article changed rebuilds only that article's units."""
from __future__ import annotations

from pathlib import Path

from editor.model import Figure, JumpLine, Note, Paragraph, Sidebar, Subhead, Table

from .display import ImageOp, RectOp, RuleOp, TextOp
from .flow import Unit
from .setting import mm, set_spans, set_text, span_key
from .template import Layout, ParaStyle

_UNITS: dict = {}


def baseline_offset(style: ParaStyle) -> float:
    """Distance in mm from the top of a line's slot to its baseline (ideographic em box centred)."""
    return mm((style.leading_pt - style.size_pt) / 2 + style.size_pt * 0.88)


def stack_lines(lines: list, style: ParaStyle, x: float, top: float) -> tuple[list, float]:
    """TextOps for lines set one under another from `top` down; returns them and the y below."""
    ops, base, step = [], baseline_offset(style), mm(style.leading_pt)
    for k, line in enumerate(lines):
        ops.append(TextOp(x, top - base - k * step, line, first=k == 0))
    return ops, top - len(lines) * step


def line_units(lines: list, style: ParaStyle, *, x: float = 0.0, block: int = -1, box=None,
               keep_all: bool = False) -> list[Unit]:
    h, base = mm(style.leading_pt), baseline_offset(style)
    units = []
    for k, line in enumerate(lines):
        units.append(Unit(h, [TextOp(x, -base, line, first=k == 0)], block=block, box=box,
                          keep_next=keep_all or (k == 0 and len(lines) > 1),
                          chars=len(line.text)))
    if units:
        units[0].space_before = mm(style.space_before_pt)
        units[-1].height += mm(style.space_after_pt)
        if len(units) > 2:
            units[-2].keep_next = True   # no widow: the last line never stands alone
    return units


def article_units(article, layout: Layout, width: float, folder: Path, key: str,
                  fingerprint: str | None = None) -> list[Unit]:
    """`fingerprint`: layout.fingerprint(), when the caller has it (it is the repr of all the
    styles, worth making once per issue rather than once per article)."""
    cache_key = (key, fingerprint or layout.fingerprint(), round(width, 3), str(folder))
    units = _UNITS.get(cache_key)
    if units is None:
        units = _build(article, layout, width, folder)
        if len(_UNITS) > 400:
            _UNITS.clear()
        _UNITS[cache_key] = units
    return units


def _build(article, layout: Layout, width: float, folder: Path) -> list[Unit]:
    units: list[Unit] = []
    lead_done = not article.lead_mark
    for i, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            spans = paragraph_spans(block, layout, "body")
            if not lead_done:
                lead_done = True
                if not block.text.lstrip().startswith("■"):
                    spans = (span_key("■ ", layout.style("runin"), layout),) + spans
            units += line_units(set_spans(spans, width, layout.style("body")), layout.style("body"), block=i)
        elif isinstance(block, Subhead):
            st = layout.style("subhead")
            units += line_units(set_text(block.text, st, layout, width), st, block=i, keep_all=True)
        elif isinstance(block, Figure):
            wide = bool(block.width_mm and block.width_mm > width * 1.3 and width < layout.body_w_mm - 1)
            unit = figure_unit(block, layout, layout.body_w_mm if wide else width, folder, i)
            unit.span = wide
            units.append(unit)
        elif isinstance(block, (Sidebar, Note)):
            units += box_units(block, layout, width, i)
        elif isinstance(block, Table):
            units += table_units(block, layout, width, i)
        elif isinstance(block, JumpLine):
            continue   # the engine writes its own jump lines
    if article.source:
        st = layout.style("source")
        src = article.source.strip().strip("■").strip().strip("（）()")
        units += line_units(set_text(f"■（{src}）", st, layout, width), st, block=len(article.blocks))
    return units


def paragraph_spans(par: Paragraph, layout: Layout, style_name: str) -> tuple:
    st, head = layout.style(style_name), layout.style("runin")
    return tuple(span_key(r.text, head, layout) if r.bold else span_key(r.text, st, layout)
                 for r in par.runs if r.text)


def image_pixels(fig: Figure, folder: Path) -> tuple[int, int] | None:
    if fig.info:
        return fig.info.width_px, fig.info.height_px
    if not fig.image:
        return None
    try:
        from PIL import Image
        with Image.open(Path(folder) / fig.image) as im:
            return im.size
    except Exception:   # unreadable or missing: FIGURE-MISSING reports it, the page shows a stand-in
        return None


def image_path(fig: Figure, folder: Path) -> str | None:
    if not fig.image:
        return None
    p = (Path(folder) / fig.image).resolve()
    return str(p) if p.is_file() else None


def figure_unit(fig: Figure, layout: Layout, width: float, folder: Path, block: int) -> Unit:
    px = image_pixels(fig, folder)
    w = min(width, fig.width_mm or width)
    ratio = (px[1] / px[0]) if px and px[0] else 2 / 3
    h = fig.height_mm or w * ratio
    max_h = layout.figure_max_height * layout.body_h_mm
    if h > max_h:
        w, h = w * max_h / h, max_h
    x = (width - w) / 2
    ops: list = [ImageOp(fig.id, image_path(fig, folder), x, -h, w, h, crop=fill_crop(px, w, h), pixels=px)]
    cap = layout.style("caption")
    lines = set_spans(caption_spans(fig, layout), width, cap)
    text_ops, y = stack_lines(lines, cap, 0.0, -h - mm(cap.space_before_pt))
    ops += text_ops
    chars = sum(len(line.text) for line in lines)
    return Unit(-y + mm(cap.space_after_pt), ops, block=block, figure=fig.id, ppi_px=px, chars=chars,
                space_before=mm(cap.space_after_pt))


def caption_spans(fig: Figure, layout: Layout) -> tuple:
    """Caption, then the credit in its smaller style, then the ■ that closes a photo group."""
    cap = layout.style("caption")
    spans = (span_key(fig.caption, cap, layout),) if fig.caption else ()
    if fig.credit:
        spans += (span_key(fig.credit, layout.style("credit"), layout),)
    if fig.group_end and spans and not fig.full_caption.rstrip().endswith("■"):
        spans += (span_key(" ■", cap, layout),)
    return spans


_box_ids = iter(range(1, 1 << 30))


def box_units(block, layout: Layout, width: float, index: int) -> list[Unit]:
    box = next(_box_ids)
    pad = layout.box_padding_mm
    inner = width - 2 * pad
    is_note = isinstance(block, Note)
    body = layout.style("note" if is_note else "sidebar")
    head = layout.style("sidebar_title")
    label = block.label or ("附注" if is_note else "链接")
    units = [Unit(pad, block=index, box=box, keep_next=True, space_before=mm(body.leading_pt) / 2)]
    heading = f"■ {label} >>" + (f"  {block.title}" if block.title else "")
    units += line_units(set_text(heading, head, layout, inner), head, x=pad, block=index, box=box,
                        keep_all=True)
    for inner_block in block.blocks:
        if isinstance(inner_block, Subhead):
            units += line_units(set_text(inner_block.text, head, layout, inner), head, x=pad,
                                block=index, box=box, keep_all=True)
        else:
            spans = paragraph_spans(inner_block, layout, "note" if is_note else "sidebar")
            units += line_units(set_spans(spans, inner, body), body, x=pad, block=index, box=box)
    units[-1].keep_next = False
    units.append(Unit(pad, block=index, box=box))
    units.append(Unit(mm(body.leading_pt) / 2, block=index))
    return units


def table_units(table: Table, layout: Layout, width: float, index: int) -> list[Unit]:
    st = layout.style("table")
    rule = layout.colour("rule")
    units: list[Unit] = []
    if table.title:
        head = layout.style("subhead")
        units += line_units(set_text(table.title, head, layout, width), head, block=index, keep_all=True)
    ncols = max((len(r) for r in table.rows), default=1) or 1
    cell_w = width / ncols
    base = baseline_offset(st)
    for r, row in enumerate(table.rows):
        bold = r < table.header_rows
        cells = [set_spans((span_key(c, st, layout, bold=bold),), cell_w - 1.5, st) for c in row]
        nlines = max((len(c) for c in cells), default=1) or 1
        h = nlines * mm(st.leading_pt) + 1.5
        ops: list = [RuleOp(0, -h, width, -h, rule, 0.5 if bold else 0.3)]
        if r == 0:
            ops.append(RuleOp(0, 0, width, 0, rule, 0.8))
        if bold:
            ops.insert(0, RectOp(0, -h, width, h, fill=layout.colour("accent_light")))
        for c, lines in enumerate(cells):
            for k, line in enumerate(lines):
                ops.append(TextOp(c * cell_w + 0.75, -0.75 - base - k * mm(st.leading_pt), line,
                                  first=k == 0))
        units.append(Unit(h, ops, block=index, keep_next=bold, chars=sum(len(x) for x in row)))
    if units:
        units[-1].height += mm(st.leading_pt) / 2
    return units


def fill_crop(px: tuple[int, int] | None, w: float, h: float) -> tuple[float, float, float, float]:
    """Shares to cut (left, bottom, right, top) so the image fills a w × h frame, centred."""
    if not px or not px[0] or not px[1]:
        return (0.0, 0.0, 0.0, 0.0)
    img_ratio, frame_ratio = px[0] / px[1], w / h
    if img_ratio > frame_ratio:
        cut = (1 - frame_ratio / img_ratio) / 2
        return (cut, 0.0, cut, 0.0)
    cut = (1 - img_ratio / frame_ratio) / 2
    return (0.0, cut, 0.0, cut)

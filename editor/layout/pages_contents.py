"""The contents page (目录 / CONTENTS), laid out from the article pages: each article where it
really starts, in section order and page order; the editorial board and colophon beside it."""
from __future__ import annotations

from .display import RuleOp
from .pagemap import ContentsLine
from .setting import mm, set_text
from .template import Layout
from .units import stack_lines

PAGE_COL_MM = 11


def contents_lines(issue, starts: dict[str, int]) -> list[ContentsLine]:
    """One line per article, its text from the contents entry linked to it where there is one."""
    by_article = {e.article: e for e in issue.contents if e.article}
    out: list[ContentsLine] = []
    for section in issue.sections:
        arts = [a for a in section.articles if a.id in starts]
        arts.sort(key=lambda a: starts[a.id])   # stable: articles sharing a page keep their order
        for art in arts:
            entry = by_article.get(art.id)
            if entry:
                title = entry.title
            else:
                title = art.contents_title + (f"\n{art.subtitle}" if art.subtitle else "")
            out.append(ContentsLine(entry.id if entry else None, art.id, section.name, title, starts[art.id]))
    return out


def colophon_items(meta) -> list[tuple[str, str]]:
    """(kind, text) pairs: 'head' for a heading, 'text' for a line of the colophon."""
    items: list[tuple[str, str]] = []
    if meta.board:
        items.append(("head", "编辑委员会"))
        for role in meta.board:
            names = "  ".join(role.names)
            if role.note:   # 副主任（以姓氏笔画为序）: the remark on its own line, names below
                note = role.note if role.note.startswith(("（", "(")) else f"（{role.note}）"
                items += [("text", f"{role.role}{note}"), ("text", names)]
            else:
                items.append(("text", f"{role.role}  {names}"))
    for role in meta.publishers:
        items.append(("head", f"{role.role}单位" if not role.role.endswith("单位") else role.role))
        items += [("text", name) for name in role.names]
    c = meta.contact
    facts = [("地址", c.address), ("邮编", c.postcode), ("电话", c.phone), ("传真", c.fax),
             ("网址", c.website), ("邮箱", c.email), ("承印", meta.printer),
             ("印数", f"{meta.print_run} 本" if meta.print_run else None), ("印刷日期", meta.print_date),
             ("出版周期", meta.cycle), ("发送对象", meta.distribution), ("准印证号", meta.permit)]
    facts = [(k, v) for k, v in facts if v]
    if facts or meta.internal_marking:
        items.append(("head", f"{meta.title}  {meta.year}年第{meta.number}期"
                      + (f"（总第{meta.cumulative}期）" if meta.cumulative else "")))
        items += [("text", f"{k}：{v}") for k, v in facts]
        if meta.internal_marking:
            items.append(("text", meta.internal_marking))
    if meta.cover.description:
        items.append(("head", "封面说明"))
        items.append(("text", meta.cover.description + (meta.cover.credit or "")))
    return items


def contents_pages(issue, lines: list[ContentsLine], layout: Layout, first_index: int) -> list[list]:
    """The ops of each contents page (one or more)."""
    meta = issue.meta
    m = layout.margins
    board_w = layout.board_width_mm
    list_w = layout.body_w_mm - board_w - 2 * layout.gutter_mm
    pages: list[list] = []
    ops: list = []
    index = first_index
    x0 = m.inner if index % 2 == 1 else m.outer
    top = layout.trim_h_mm - m.top

    def put(text, style_name, x, y, w, **kw):
        st = layout.style(style_name)
        new, y = stack_lines(set_text(text, st, layout, w, **kw), st, x, y - mm(st.space_before_pt))
        ops.extend(new)
        return y - mm(st.space_after_pt)

    def start_page():
        nonlocal ops, x0
        ops = []
        x0 = m.inner if index % 2 == 1 else m.outer
        title = "目录 / CONTENTS" if not pages else "目录（续）/ CONTENTS"
        y = put(title, "contents_title", x0, top, list_w)
        y = put(meta.label + (f"  总第{meta.cumulative}期" if meta.cumulative else ""),
                "running_head", x0, y - 1, list_w)
        ops.append(RuleOp(x0, y - 1, x0 + list_w, y - 1, layout.colour("accent"), 1.2))
        if not pages:   # the board and colophon stand beside the first page of the contents
            _board(ops, meta, layout, x0 + list_w + 2 * layout.gutter_mm, top, board_w, put)
        return y - 3

    y = start_page()
    section = None
    entry_h = mm(layout.style("contents_entry").leading_pt)
    sec_h = mm(layout.style("contents_section").leading_pt) + 4
    for cl in lines:
        parts = cl.title.split("\n")
        need = entry_h * len(parts) + (sec_h if cl.section != section else 0) + 1
        if y - need < m.bottom:
            pages.append(ops)
            index += 1
            y = start_page()
            section = None
        if cl.section != section:
            section = cl.section
            y = put(f"■ {section}", "contents_section", x0, y, list_w)
        put(f"{cl.folio:02d}" if cl.folio is not None else "--", "contents_page", x0, y, PAGE_COL_MM)
        for k, part in enumerate(parts):
            style = "contents_entry" if k == 0 else "colophon"
            y = put(part, style, x0 + PAGE_COL_MM, y, list_w - PAGE_COL_MM)
        y -= 1.0
    pages.append(ops)
    return pages


def _board(ops: list, meta, layout: Layout, x: float, top: float, width: float, put) -> None:
    ops.append(RuleOp(x - layout.gutter_mm, top, x - layout.gutter_mm, layout.margins.bottom,
                      layout.colour("rule"), 0.4))
    y = top
    for kind, text in colophon_items(meta):
        style = "colophon_head" if kind == "head" else "colophon"
        if y - mm(layout.style(style).leading_pt) < layout.margins.bottom:
            break
        y = put(text, style, x, y, width)

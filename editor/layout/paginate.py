"""Laying out a whole issue: cover, photo pages, contents and articles into pages and a PageMap.

Physical order: cover, inside-front photo pages, contents page(s), article pages (folio 1 on the
first unless the layout says otherwise), inside-back and back photo pages. The articles are laid
out first; the contents come from where they really start, and if the contents need another
page than assumed the articles are laid out again (their units are cached, so that is cheap)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import composecache
from .display import PageDraw, PendingLine, TextOp
from .pages_article import ArticleFlow
from .pages_contents import colophon_items, contents_lines, contents_pages
from .pages_cover import cover_ops
from .pages_photos import photo_page_ops
from .pagemap import LineRecord, PageInfo, PageMap, PlacedFigure
from .running_heads import furniture, running_head_text
from .setting import set_text
from .template import Layout, load_layout


class Cancelled(Exception):
    """The caller's cancel() returned True: the layout stopped part-way."""


@dataclass
class LaidOutIssue:
    """An issue laid out: its pages' display lists and the page map."""
    layout: Layout
    pagemap: PageMap
    pages: list[PageDraw] = field(default_factory=list)
    title: str = ""                  # the issue's label, for the PDF's metadata


def lay_out(issue, folder, layout=None, *, cancel=None, pad_to_4: bool = False) -> LaidOutIssue:
    if not isinstance(layout, Layout):
        layout = load_layout(layout or issue.meta.layout or "magazine-16k")
    folder = Path(folder)
    front_photos = [p for p in issue.photo_pages if p.position == "inside-front"]
    back_photos = [p for p in issue.photo_pages if p.position != "inside-front"]
    back_photos.sort(key=lambda p: p.position == "back")

    n_contents = 1
    for _attempt in range(3):
        first_article = 1 + len(front_photos) + n_contents + 1
        first_folio = 1 if layout.folio_start is None else first_article - layout.folio_start + 1
        flow = ArticleFlow(layout, folder, first_article, first_folio, cancel)
        flow.place_all(issue)
        starts = {a: s.start_folio for a, s in flow.spans.items()}
        clines = contents_lines(issue, starts)
        cpages = contents_pages(issue, clines, layout, 2 + len(front_photos))
        if len(cpages) == n_contents:
            break
        n_contents = len(cpages)

    _resolve_jump_lines(flow.pending, layout, issue)
    pm = PageMap(layout.name, articles=flow.spans, jumps=flow.jumps, overset=flow.overset,
                 contents=clines)
    pages: list[PageDraw] = []

    def add(kind: str, ops: list, folio=None, **info) -> None:
        index = len(pages) + 1
        pages.append(PageDraw(index, ops))
        pm.pages.append(PageInfo(index, folio, kind, **info))

    add("cover", cover_ops(issue.meta, layout, folder))
    for p in front_photos:
        add("photos", photo_page_ops(p, layout, folder, len(pages) + 1))
    for ops in cpages:
        add("contents", ops)
    for ap in flow.pages:
        section = ap.sections[0] if ap.sections else None
        head = None
        ops = list(ap.ops)
        if ap.kind == "article":
            head = running_head_text(issue.meta, ap.folio, section, ap.titles[0] if ap.titles else None)
            ops += furniture(layout, len(pages) + 1, ap.folio, head)
        add(ap.kind, ops, ap.folio, articles=list(ap.articles), section=section, running_head=head)
    if pad_to_4:
        while (len(pages) + len(back_photos)) % 4:
            add("blank", [])
    for p in back_photos:
        add("back-cover" if p.position == "back" else "photos", photo_page_ops(p, layout, folder, len(pages) + 1))
    _records(pm, pages, issue, folder)
    _missing_glyphs(pm, issue, layout)
    composecache.flush()        # the paragraphs set anew, for the next process
    return LaidOutIssue(layout, pm, pages, issue.meta.label)


def _resolve_jump_lines(pending: list[PendingLine], layout: Layout, issue) -> None:
    style = layout.style("jump")
    for p in pending:   # 下转 closes a part at the right; 上接 opens the continuation at the left
        align = "right" if p.direction == "to" else "left"
        p.lines = set_text(p.text, style, layout, p.width, align=align) if p.text else []


def _records(pm: PageMap, pages: list[PageDraw], issue, folder: Path) -> None:
    """Lines, figures and the figures of each page, read off the display lists."""
    from .display import ImageOp
    records = pm.lines
    for page, info in zip(pages, pm.pages):
        empty = False
        for op in page.ops:
            if isinstance(op, TextOp):
                line = op.line
                if isinstance(line, PendingLine):
                    line = op.line = line.lines[0] if line.lines else None
                if line is None:
                    empty = True
                    continue
                text = line.text            # joined from the glyphs at each call: once
                if text.strip():
                    records.append(LineRecord(page.index, op.column, text, op.article, op.first, line.last))
            elif isinstance(op, ImageOp):
                ppi = None
                if op.pixels and op.w > 0:
                    visible = 1 - op.crop[0] - op.crop[2]
                    ppi = op.pixels[0] * visible / (op.w / 25.4)
                pm.figures.append(PlacedFigure(op.figure, page.index, op.x, op.y, op.w, op.h, ppi, bool(op.bleeds)))
                if op.figure not in info.figures:
                    info.figures.append(op.figure)
        if empty:       # a jump line with nothing to say
            page.ops = [op for op in page.ops if not (isinstance(op, TextOp) and op.line is None)]


# characters already asked about, by the families asked: (asked, those some family lacks)
_GLYPH_MEMO: dict[tuple, tuple[set, set]] = {}


def _missing_glyphs(pm: PageMap, issue, layout: Layout) -> None:
    """Characters the chosen fonts lack, per article. Characters of the cover, contents page,
    colophon and photo pages are recorded with no article.

    The fonts are asked about each distinct character once (memoised across layouts), not about
    each article's characters: asking is a Python loop, the articles share most of their
    characters, and most issues lack none, so no article needs looking at again."""
    from .fonts import missing_chars
    families = tuple(sorted({layout.font_name(s.font) for s in layout.styles.values()}))
    articles = [(art.id, [text for _, text in art.texts()]) for art in issue.articles()]
    front = _front_text(issue, pm)
    chars = set(front)
    for _, texts in articles:
        for text in texts:
            chars.update(text)
    asked, lacking = _GLYPH_MEMO.setdefault(families, (set(), set()))
    new = chars - asked
    if new:
        for fam in families:
            lacking |= missing_chars(new, fam)
        asked |= new
    lacking = lacking & chars
    if not lacking:
        return
    for art_id, texts in articles:
        found = set().union(*(lacking.intersection(text) for text in texts))
        for ch in sorted(found):
            pm.missing_glyphs.setdefault(ch, []).append(art_id)
    for ch in sorted(lacking.intersection(front)):
        pm.missing_glyphs.setdefault(ch, [])


def _front_text(issue, pm: PageMap) -> str:
    meta = issue.meta
    parts = [meta.label, meta.permit or "", meta.internal_marking or "", meta.cover.slogan or "",
             meta.cover.description or "", meta.cover.credit or "", *meta.cover.lines]
    parts += [text for _, text in colophon_items(meta)]
    parts += [c.title for c in pm.contents] + [s.name for s in issue.sections]
    for page in issue.photo_pages:
        parts += [page.title] + [f.full_caption for f in page.figures]
    return "".join(parts)

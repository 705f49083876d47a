"""Article pages: articles flowed in section order from folio 1 on, honouring the editor's pins
(Placement.start_page) and jumps (continue_page, break_after), sharing a page where the next
title block and a few lines fit below the previous article."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from editor.model import JumpLine, Placement

from .display import PendingLine, TextOp
from .flow import Column, Unit, balance, emit, fill, moved
from .pagemap import ArticleSpan, Jump, Overset
from .setting import mm
from .template import Layout
from .title_block import title_block
from .units import article_units, baseline_offset


@dataclass
class ArticlePage:
    """A page of the article run as it is filled; `y_free` is where the next thing may start."""
    folio: int
    index: int
    kind: str = "article"
    ops: list = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    y_free: float = 0.0


@dataclass
class Deferred:
    """The rest of an article sent on (下转) to a later page, waiting for that page."""
    article: object
    section: str
    units: list[Unit]
    target: int
    from_folio: int
    pending: PendingLine


class ArticleFlow:
    def __init__(self, layout: Layout, folder: Path, first_index: int, first_folio: int, cancel=None):
        self.layout, self.folder, self.cancel = layout, Path(folder), cancel
        self.fingerprint = layout.fingerprint()
        self.first_index, self.first_folio = first_index, first_folio
        self.pages: list[ArticlePage] = []
        self.spans: dict[str, ArticleSpan] = {}
        self.jumps: list[Jump] = []
        self.overset: list[Overset] = []
        self.pending: list[PendingLine] = []
        self.deferred: list[Deferred] = []
        self.last_section: str | None = None
        self.pins: list[int] = []

    # -- geometry -------------------------------------------------------------------------------
    def body_x(self, index: int) -> float:
        m = self.layout.margins
        return m.inner if index % 2 == 1 else m.outer

    @property
    def body_top(self) -> float:
        return self.layout.trim_h_mm - self.layout.margins.top

    @property
    def body_bottom(self) -> float:
        return self.layout.margins.bottom

    def columns(self, page: ArticlePage, n: int, top: float) -> list[Column]:
        w = self.layout.column_width(n)
        x0 = self.body_x(page.index)
        return [Column(x0 + k * (w + self.layout.gutter_mm), top, self.body_bottom, w) for k in range(n)]

    # -- pages ----------------------------------------------------------------------------------
    @property
    def page(self) -> ArticlePage | None:
        return self.pages[-1] if self.pages else None

    def next_folio(self) -> int:
        return self.page.folio + 1 if self.page else self.first_folio

    def new_page(self, kind: str = "article") -> ArticlePage:
        if self.cancel and self.cancel():
            from .paginate import Cancelled
            raise Cancelled()
        n = len(self.pages)
        page = ArticlePage(self.first_folio + n, self.first_index + n, kind, y_free=self.body_top)
        self.pages.append(page)
        return page

    def room(self) -> float:
        return (self.page.y_free - self.body_bottom) if self.page else 0.0

    def _mark(self, page: ArticlePage, article, section: str) -> None:
        if article.id not in page.articles:
            page.articles.append(article.id)
            page.sections.append(section)
            page.titles.append(article.title)
        span = self.spans[article.id]
        if page.folio not in span.folios:
            span.folios.append(page.folio)
        span.end_folio = page.folio

    # -- articles -------------------------------------------------------------------------------
    def place_all(self, issue) -> None:
        order = [(s.name, a) for s in issue.sections for a in s.articles]
        pins = [a.placement.start_page for _, a in order]
        self.pins = sorted({p for p in pins if p})
        for k, (section, art) in enumerate(order):
            later = [p for p in pins[k + 1:] if p]
            limit = (min(later) - 1) if later else None
            self._due_continuations()
            self.place_article(art, section, limit)
        while self.deferred:
            self._place_continuation(self.deferred.pop(0))

    def _due_continuations(self) -> None:
        for d in list(self.deferred):
            here = self.page.folio if self.page and self.room() > self._min_room(d.article) else self.next_folio()
            if d.target <= here:
                self.deferred.remove(d)
                self._place_continuation(d)

    def _ncols(self, article) -> int:
        return self.layout.news_columns if article.columns == 3 else (article.columns or self.layout.columns)

    def _leading(self) -> float:
        return mm(self.layout.style("body").leading_pt)

    def _min_room(self, article) -> float:
        return self.layout.min_body_lines * self._leading() + self.layout.title_gap_mm

    def place_article(self, art, section: str, limit: int | None) -> None:
        lay = self.layout
        n = self._ncols(art)
        width = lay.column_width(n)
        units = article_units(art, lay, width, self.folder, article_key(art), self.fingerprint)
        show_section = section != self.last_section
        self.last_section = section
        head_ops, head_h = title_block(art, section, lay, lay.body_w_mm, show_section)
        pin = art.placement.start_page
        if pin is not None:
            while self.next_folio() < pin and (not self.page or self.page.folio < pin):
                # a continuation sent to a page before the pin takes that page
                due = [d for d in self.deferred if d.target <= self.next_folio()]
                for d in due:
                    self.deferred.remove(d)
                    self._place_continuation(d)
                if not due:
                    self.new_page("blank")
        gap = lay.article_gap_mm
        fits_here = (self.page is not None and self.page.kind == "article"
                     and self.room() - gap >= head_h + self._min_room(art)
                     and (pin is None or self.page.folio == pin))
        if fits_here and self.page.articles:
            page, top = self.page, self.page.y_free - gap
        elif fits_here:
            page, top = self.page, self.page.y_free
        else:
            page = self.new_page()
            top = page.y_free
        page.kind = "article"
        self.spans[art.id] = ArticleSpan(art.id, page.folio, page.folio, [])
        x0 = self.body_x(page.index)
        page.ops += [_shift(op, x0, top, art.id) for op in head_ops]
        self._mark(page, art, section)
        top -= head_h + lay.title_gap_mm
        pl = placement_of(art, page.folio)
        if pl.continue_page is not None:
            self._place_with_jump(art, section, units, page, top, n, limit, pl)
        else:
            self._flow(art, section, units, 0, page, top, n, limit)

    def _flow(self, art, section, units, i, page, top, n, limit) -> None:
        """Flow units[i:] from `top` of `page` on, over new pages while the limit allows. A unit
        that spans the columns (a wide figure) closes the columns above it, balanced, and the
        text goes on in new columns below it."""
        while True:
            s = next((k for k in range(i, len(units)) if units[k].span), len(units))
            done = self._flow_columns(art, section, units[:s], i, page, top, n, limit)
            if done is None or s == len(units):
                return
            page, top = done
            wide = units[s]
            if top < self.body_top - 0.01:
                top -= wide.space_before
            if top - wide.height < self.body_bottom - 0.01 and top < self.body_top - 0.01:
                if limit is not None and page.folio >= limit:
                    self._overset(art, units[s:])
                    return
                page, top = self.new_page(), self.body_top
            x0 = self.body_x(page.index)
            page.ops += [_shift(op, x0, top, art.id) for op in wide.ops]
            self._mark(page, art, section)
            top -= wide.height
            page.y_free = top
            i = s + 1

    def _flow_columns(self, art, section, units, i, page, top, n, limit):
        """Flow units[i:] in columns; returns (page, y below the balanced columns), or None when
        the rest was overset."""
        lay = self.layout
        while True:
            cols = self.columns(page, n, top)
            placed, j = fill(units, i, cols)
            if j >= len(units):
                placed, used = balance(units, i, len(units), cols)
                page.ops += emit(placed, cols, art.id, lay.colour("accent_light"))
                page.y_free = top - used
                if placed:
                    self._mark(page, art, section)
                return page, page.y_free
            page.ops += emit(placed, cols, art.id, lay.colour("accent_light"))
            page.y_free = self.body_bottom
            if placed:
                self._mark(page, art, section)
            if limit is not None and page.folio >= limit:
                self._overset(art, units[j:])
                return None
            if not placed and j == i and top >= self.body_top - 0.01:
                self._overset(art, units[j:])   # nothing fits even an empty page
                return None
            page, top, i = self.new_page(), self.body_top, j

    def _place_with_jump(self, art, section, units, page, top, n, limit, pl: Placement) -> None:
        jump_style = self.layout.style("jump")
        jh = mm(jump_style.leading_pt)
        width = self.layout.column_width(n)
        to_line = PendingLine("to", art.id, width)
        jump_unit = Unit(jh, [TextOp(0, -baseline_offset(jump_style), to_line)])
        if pl.break_after is not None:
            split = next((k for k, u in enumerate(units) if u.block > pl.break_after), len(units))
            first = units[:split] + [jump_unit]
            self._flow(art, section, first, 0, page, top, n, limit)
            rest = units[split:]
        else:
            cols = self.columns(page, n, top)
            cols[-1].bottom += jh
            placed, split = fill(units, 0, cols)
            page.ops += emit(placed, cols, art.id, self.layout.colour("accent_light"))
            last = cols[-1]
            page.ops.append(_shift(jump_unit.ops[0], last.x, last.bottom, art.id, len(cols) - 1))
            page.y_free = self.body_bottom
            self._mark(page, art, section)
            rest = units[split:]
        if not rest:
            to_line.text = ""   # nothing left to send on
            return
        from_line = PendingLine("from", art.id, width)
        from_unit = Unit(jh, [TextOp(0, -baseline_offset(jump_style), from_line)], keep_next=True)
        self.pending += [to_line, from_line]
        self.deferred.append(Deferred(art, section, [from_unit] + rest, pl.continue_page,
                                      self.spans[art.id].end_folio, to_line))

    def _place_continuation(self, d: Deferred) -> None:
        lay = self.layout
        n = self._ncols(d.article)
        if not (self.page and self.page.folio >= d.target):
            while self.next_folio() < d.target:   # the issue ends before the page asked for
                self.new_page("blank")
        if self.page and self.page.kind == "article" and self.room() - lay.article_gap_mm >= self._min_room(d.article) \
                and self.page.folio >= d.target:
            page, top = self.page, self.page.y_free - (lay.article_gap_mm if self.page.articles else 0)
        else:
            page = self.new_page()
            top = page.y_free
        span = self.spans[d.article.id]
        span.continued_to, span.continued_from = page.folio, d.from_folio
        self.jumps.append(Jump(d.article.id, d.from_folio, page.folio))
        d.pending.text = f"■（下转第{page.folio}页）"
        from_line = d.units[0].ops[0].line
        from_line.text = f"■（上接第{d.from_folio}页）"
        self._mark(page, d.article, d.section)
        later = [p for p in self.pins if p > page.folio]   # a continuation may not run onto a pinned page
        self._flow(d.article, d.section, d.units, 0, page, top, n, min(later) - 1 if later else None)

    def _overset(self, art, rest: list[Unit]) -> None:
        blocks = {u.block for u in rest}
        chars = sum(u.chars for u in rest)
        from editor.i18n import t
        self.overset.append(Overset(art.id, len(blocks), chars, t(
            "《{title}》有 {chars} 字排不下（给定的版面已满）",
            "{chars} characters of \"{title}\" do not fit the pages given to it",
            title=art.title, chars=chars)))


def placement_of(article, start_folio: int) -> Placement:
    """The editor's placement; when none was set, a jump printed in the imported issue
    (JumpLine 'to' N) says where the printed issue broke the article, and is followed while N
    still lies after the page the article now starts on."""
    if not article.placement.is_default:
        return article.placement
    for k, block in enumerate(article.blocks):
        if (isinstance(block, JumpLine) and block.direction == "to" and block.page
                and block.page > start_folio):
            return Placement(continue_page=block.page, break_after=k - 1)
    return article.placement


def article_key(article) -> str:
    """A hash of everything in an article that shapes its units."""
    return hashlib.sha1(repr((article.blocks, article.source, article.lead_mark)).encode()).hexdigest()


def _shift(op, dx: float, dy: float, article: str | None, column: int = 0):
    return moved(op, dx, dy, article, column)

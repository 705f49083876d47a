"""The product of laying an issue out: what lies on which page, where articles start, end and
jump, what did not fit. Checks and export read it; nothing here draws.

Two page numbers exist: `index`, the physical position in the PDF (1-based, covers included), and
`folio`, the number printed on the page (None on covers and other unnumbered pages). Contents and
jump lines always speak of folios."""
from __future__ import annotations

from dataclasses import dataclass, field

PAGE_KINDS = ("cover", "photos", "contents", "article", "blank", "back-cover")


@dataclass
class PageInfo:
    """One physical page: its folio, its kind and what stands on it."""
    index: int                       # physical position, 1-based
    folio: int | None                # printed page number
    kind: str                        # one of PAGE_KINDS
    articles: list[str] = field(default_factory=list)   # article ids with text on this page, in order
    figures: list[str] = field(default_factory=list)    # figure ids placed on this page
    section: str | None = None       # section name shown in the running head
    running_head: str | None = None  # the running head text as printed


@dataclass
class ArticleSpan:
    """Where an article lies: first and last folio, every folio with its text, its jump."""
    article: str
    start_folio: int                 # where the article starts: what the contents must print
    end_folio: int
    folios: list[int] = field(default_factory=list)    # every page it has text on, in reading order
    continued_to: int | None = None  # the page its rest was sent to (下转), if it jumps
    continued_from: int | None = None  # on the continuation: the page it came from (上接)


@dataclass
class Jump:
    """A pair of jump lines the engine wrote: ■（下转第{to_folio}页） on from_folio and
    ■（上接第{from_folio}页） on to_folio."""
    article: str
    from_folio: int
    to_folio: int


@dataclass
class Overset:
    """Text that did not fit the pages its article was given: reported, never dropped silently."""
    article: str
    blocks: int                      # how many blocks (or parts of blocks) were left out
    chars: int                       # how many characters of text
    message: str = ""


@dataclass
class PlacedFigure:
    """A figure as placed: page, frame in mm, effective resolution."""
    figure: str
    index: int                       # physical page
    x_mm: float
    y_mm: float                      # from the bottom-left of the trim box
    width_mm: float
    height_mm: float
    ppi: float | None = None         # effective resolution at placed size (None: no image)
    bleeds: bool = False             # runs into the bleed


@dataclass
class LineRecord:
    """One set line, for the line-breaking scan: its text and where it stands."""
    index: int                       # physical page
    column: int
    text: str
    article: str | None = None
    # Whether the line opens / closes its paragraph: a mark at the start of an opening line (or
    # the end of a closing one) is the author's text, not a fault of the line breaker.
    first: bool = True
    last: bool = True


@dataclass
class ContentsLine:
    """One entry as the laid-out contents page prints it."""
    entry: str | None                # contents entry id where the issue has one
    article: str | None
    section: str
    title: str
    folio: int | None                # the page number printed on the contents page


@dataclass
class PageMap:
    """Everything checks and export need to know about the laid-out issue, page by page."""
    layout: str
    pages: list[PageInfo] = field(default_factory=list)
    articles: dict[str, ArticleSpan] = field(default_factory=dict)
    jumps: list[Jump] = field(default_factory=list)
    overset: list[Overset] = field(default_factory=list)
    figures: list[PlacedFigure] = field(default_factory=list)
    contents: list[ContentsLine] = field(default_factory=list)
    lines: list[LineRecord] = field(default_factory=list)
    # char -> article ids. Always the full answer of lay_out (empty: the fonts have every
    # character): the GLYPH-MISSING check trusts it and does not ask the fonts again.
    missing_glyphs: dict[str, list[str]] = field(default_factory=dict)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def page_by_folio(self, folio: int) -> PageInfo | None:
        return next((p for p in self.pages if p.folio == folio), None)

    def start_folio(self, article_id: str) -> int | None:
        span = self.articles.get(article_id)
        return span.start_folio if span else None

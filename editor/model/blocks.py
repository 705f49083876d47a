"""The blocks an article body is made of. Plain data: no I/O, no Qt, no ReportLab."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass
class Run:
    """A stretch of text with one set of character attributes."""
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Paragraph:
    """Body text. A bold run at its start is a run-in head (**聚焦开放，打造国际合作先行区。**)."""
    runs: list[Run] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, head: str = "") -> "Paragraph":
        runs = [Run(head, bold=True)] if head else []
        if text:
            runs.append(Run(text))
        return cls(runs)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def run_in_head(self) -> str | None:
        if self.runs and self.runs[0].bold and self.runs[0].text.strip():
            return self.runs[0].text
        return None


@dataclass
class Subhead:
    """A sub-head inside the body (### in the sample, Heading 2 in Word)."""
    text: str


@dataclass
class ImageInfo:
    """What was measured of an image file when it came into the issue folder."""
    width_px: int
    height_px: int
    dpi_x: float | None = None
    dpi_y: float | None = None
    mode: str = "RGB"            # Pillow mode after EXIF orientation: RGB, CMYK, L, P, RGBA …
    icc: str | None = None       # description of the embedded ICC profile, if any


@dataclass
class Figure:
    """A photo with its caption. `image` is a path relative to the issue folder, or None while
    the picture has not been supplied (an OCR import keeps the caption of a lost photo)."""
    id: str
    image: str | None = None
    caption: str = ""
    credit: str | None = None        # （陈曦摄） — kept apart so the layout can set it smaller
    group_end: bool = False          # the trailing ■ that closes the caption of a photo group
    width_mm: float | None = None    # placed size wanted by the editor; None lets the layout choose
    height_mm: float | None = None
    info: ImageInfo | None = None

    @property
    def full_caption(self) -> str:
        return self.caption + (self.credit or "")


@dataclass
class Sidebar:
    """A boxed related item (■ 链接 >>) with its own title, placed with the article."""
    title: str = ""
    blocks: list[Union[Paragraph, Subhead]] = field(default_factory=list)
    label: str = "链接"


@dataclass
class Note:
    """A boxed short note (■ 附注 >>), or a footnote kept as a note."""
    blocks: list[Union[Paragraph, Subhead]] = field(default_factory=list)
    title: str = ""
    label: str = "附注"


@dataclass
class Table:
    """A data table: rows of cell texts; the first `header_rows` rows are headings."""
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 1
    title: str = ""


@dataclass
class JumpLine:
    """A printed jump line kept as structure: direction 'to' is ■（下转第N页） at the end of a
    part, 'from' is ■（上接第M页） at the start of the continuation. `page` is the number as
    printed. The layout writes its own jump lines; these record what a printed issue said."""
    direction: str   # "to" | "from"
    page: int | None


Block = Union[Paragraph, Subhead, Figure, Sidebar, Note, Table, JumpLine]
BLOCK_TYPES = (Paragraph, Subhead, Figure, Sidebar, Note, Table, JumpLine)

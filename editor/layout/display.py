"""The display list: what a laid-out page draws, in millimetres from the trim box's bottom-left.

Pagination produces these; export/render.py turns them into PDF operators. Keeping the two apart
lets the GUI preview, the proofreader's contents sheet and the print PDF share one set of pages."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CMYK = tuple[float, float, float, float]   # percentages 0..100, as in the layout file


@dataclass
class TextOp:
    """One set line. `line` is a compose.Line (glyph x and widths in points from the line start);
    (x, y) is the left end of its baseline. A jump line is placed before its page number is known:
    its `line` is filled in once pagination ends."""
    x: float
    y: float
    line: Any
    article: str | None = None
    column: int = 0
    first: bool = True               # opens its paragraph


@dataclass
class RectOp:
    """A rectangle: a tinted box behind a sidebar, a band, a stand-in for a missing picture."""
    x: float
    y: float
    w: float
    h: float
    fill: CMYK | None = None
    stroke: CMYK | None = None
    stroke_pt: float = 0.5


@dataclass
class RuleOp:
    """A straight line: head rules, the rules of a table or of the contents page."""
    x1: float
    y1: float
    x2: float
    y2: float
    color: CMYK = (0, 0, 0, 100)
    width_pt: float = 0.5


@dataclass
class ImageOp:
    """A picture. `path` is the absolute path of the original file (None: the picture is missing
    and a stand-in box is drawn). `crop` is the share cut off (left, bottom, right, top) of the
    image so that it fills the frame; `bleeds` names the trim edges it runs over."""
    figure: str
    path: str | None
    x: float
    y: float
    w: float
    h: float
    crop: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    bleeds: tuple[str, ...] = ()
    pixels: tuple[int, int] | None = None   # the image's size in pixels, for the effective ppi


@dataclass
class PageDraw:
    """What one page draws, in order; `index` is its physical position (1-based)."""
    index: int
    ops: list = field(default_factory=list)

    def texts(self) -> list[TextOp]:
        return [op for op in self.ops if isinstance(op, TextOp)]


@dataclass
class PendingLine:
    """Stands in a TextOp for a jump line until the page it names is known."""
    direction: str                   # "to" | "from"
    article: str
    width: float                     # mm available
    text: str = ""

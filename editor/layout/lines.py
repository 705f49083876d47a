"""What the composer makes: a Span of styled text in, set Lines of placed Glyphs out.

Glyph x and width describe the slot a unit occupies, from the line start; `shift` is where its
ink is drawn relative to the slot (an opening mark that gave up its blank left half)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A run of text in one face. `font`: a ReportLab font name or a family the fonts module knows
    ("serif", "sans", a system family). `color`: CMYK, components 0..1, None = pure K."""
    text: str
    font: str
    size: float
    bold: bool = False
    color: tuple | None = None


@dataclass(slots=True)
class Glyph:
    """One placed unit: a character, or a Latin word or number set as one piece."""
    text: str
    x: float
    width: float
    font: str
    size: float
    color: tuple | None
    fake_bold: bool = False      # the face has no bold: draw_line thickens it with a stroke
    shift: float = 0.0           # ink origin relative to x
    hscale: float = 1.0          # horizontal scale of the ink (a dash stretched to its em)


@dataclass(slots=True)
class Line:
    """One set line. `width` is the measure, `natural` the extent of its content before justifying
    (first-line indent included); `ascent` and `descent` are both positive distances from the
    baseline; `last`: last line of its paragraph; `justified`: spread or squeezed to the measure."""
    glyphs: list[Glyph]
    width: float
    natural: float
    ascent: float
    descent: float
    last: bool
    leading: float = 0.0
    justified: bool = False

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)

    @property
    def end(self) -> float:
        """Where the visible content ends (trailing spaces and line feeds take no room)."""
        for g in reversed(self.glyphs):
            if g.width > 0 or not g.text.isspace():
                return g.x + g.width
        return 0.0


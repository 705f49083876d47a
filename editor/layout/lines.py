"""What the composer makes: a Span of styled text in, set Lines of placed Glyphs out.

Glyph x and width describe the slot a unit occupies, from the line start; `shift` is where its
ink is drawn relative to the slot (an opening mark that gave up its blank left half).

A Line keeps its glyphs as columns (parallel lists), not as one object per glyph: the composer
fills them from slices of its per-unit lists and the line writer reads them straight, and the
sample issue's 33,000 Glyph objects cost more to make than the rest of setting its lines."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

_STYLES: dict[tuple, tuple] = {}


def style(font: str, size: float, color: tuple | None, fake_bold: bool, hscale: float) -> tuple:
    """The one tuple (font, size, color, fake_bold, hscale) for these values: glyphs of one style
    share it, so a reader can tell a change of style by identity."""
    key = (font, size, color, fake_bold, hscale)
    return _STYLES.setdefault(key, key)


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


class Line:
    """One set line. `width` is the measure, `natural` the extent of its content before justifying
    (first-line indent included); `ascent` and `descent` are both positive distances from the
    baseline; `last`: last line of its paragraph; `justified`: spread or squeezed to the measure.

    Its glyphs, one entry each in: `texts`, `xs`, `widths`, `shifts` and `styles` (a style()
    tuple). `glyphs` shows them as Glyph objects, made when asked for; `text` is their texts
    joined. Line(glyphs, ...) makes a line from Glyph objects."""

    __slots__ = ("texts", "xs", "widths", "shifts", "styles", "text", "width", "natural",
                 "ascent", "descent", "last", "leading", "justified")

    def __init__(self, glyphs, width: float, natural: float, ascent: float, descent: float,
                 last: bool, leading: float = 0.0, justified: bool = False):
        glyphs = list(glyphs)
        self.texts = [g.text for g in glyphs]
        self.xs = [g.x for g in glyphs]
        self.widths = [g.width for g in glyphs]
        self.shifts = [g.shift for g in glyphs]
        self.styles = [style(g.font, g.size, g.color, g.fake_bold, g.hscale) for g in glyphs]
        self.text = "".join(self.texts)
        self.width, self.natural, self.ascent, self.descent = width, natural, ascent, descent
        self.last, self.leading, self.justified = last, leading, justified

    @classmethod
    def of_columns(cls, texts: list, xs: list, widths: list, shifts: list, styles: list,
                   width: float, natural: float, ascent: float, descent: float, last: bool,
                   leading: float, justified: bool, text: str | None = None) -> "Line":
        """A line from its columns (taken, not copied); `text`: the texts joined, if known."""
        line = cls.__new__(cls)
        line.texts, line.xs, line.widths, line.shifts, line.styles = texts, xs, widths, shifts, styles
        line.text = "".join(texts) if text is None else text
        line.width, line.natural, line.ascent, line.descent = width, natural, ascent, descent
        line.last, line.leading, line.justified = last, leading, justified
        return line

    @property
    def glyphs(self) -> "Glyphs":
        return Glyphs(self)

    @property
    def end(self) -> float:
        """Where the visible content ends (trailing spaces and line feeds take no room)."""
        texts, widths = self.texts, self.widths
        for k in range(len(texts) - 1, -1, -1):
            if widths[k] > 0 or not texts[k].isspace():
                return self.xs[k] + widths[k]
        return 0.0

    def __eq__(self, other):
        if not isinstance(other, Line):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in Line.__slots__)

    __hash__ = None

    def __repr__(self) -> str:
        return (f"Line({self.text!r}, width={self.width!r}, natural={self.natural!r}, "
                f"ascent={self.ascent!r}, descent={self.descent!r}, last={self.last!r}, "
                f"leading={self.leading!r}, justified={self.justified!r})")


class Glyphs(Sequence):
    """A line's glyphs as Glyph objects, each made when it is read (a copy: changing it does not
    change the line). Its length and truth cost nothing."""

    __slots__ = ("line",)

    def __init__(self, line: Line):
        self.line = line

    def __len__(self) -> int:
        return len(self.line.texts)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        line = self.line
        font, size, color, fake, hscale = line.styles[k]
        return Glyph(line.texts[k], line.xs[k], line.widths[k], font, size, color, fake,
                     line.shifts[k], hscale)

    def __iter__(self):
        line = self.line
        for text, x, w, shift, (font, size, color, fake, hscale) in zip(
                line.texts, line.xs, line.widths, line.shifts, line.styles):
            yield Glyph(text, x, w, font, size, color, fake, shift, hscale)

"""Flowing units of an article into columns.

An article body is cut into units (a line, a figure with its caption, a table row, a line of a
sidebar…), each with its height. Filling columns is then a matter of stacking units; balancing
the columns of an article's last region is a search for the smallest height that still holds
them all. Ops inside a unit are placed relative to the unit's top-left corner (y going down is
negative), and copied to page coordinates when the unit is placed."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .display import ImageOp, RectOp, RuleOp, TextOp

EPS = 0.01


@dataclass
class Unit:
    """A piece of an article that is placed whole: a line, a figure with its caption, a row…"""
    height: float                    # mm
    ops: list = field(default_factory=list)
    block: int = -1                  # index of the article block it comes from
    keep_next: bool = False          # never end a column after this unit
    space_before: float = 0.0        # mm, dropped at the top of a column
    box: int | None = None           # sidebar/note id: a tinted frame is drawn round its units
    chars: int = 0                   # characters of text (for overset reports)
    figure: str | None = None
    span: bool = False               # runs across all columns (a wide figure)
    ppi_px: tuple[int, int] | None = None   # image pixel size, for the effective resolution


@dataclass
class Column:
    """A column on a page: its left edge, top and bottom (mm from the trim box's bottom) and width."""
    x: float
    top: float
    bottom: float
    width: float


@dataclass
class Placed:
    """A unit put into a column; `y` is the top of the unit."""
    unit: Unit
    column: int                      # index into the columns given to fill()
    x: float
    y: float                         # top of the unit


def fill(units: list[Unit], start: int, columns: list[Column]) -> tuple[list[Placed], int]:
    """Stack units[start:] into the columns; returns what was placed and the next unit index."""
    spots, i = _fill(units, start, columns)
    return [Placed(*spot) for spot in spots], i


def _fill(units: list[Unit], start: int, columns: list[Column]) -> tuple[list[tuple], int]:
    """fill() with (unit, column, x, y) tuples for Placed: balance() tries a dozen heights."""
    placed: list[tuple] = []
    i, n, last = start, len(units), len(columns) - 1
    for ci, col in enumerate(columns):
        x, top = col.x, col.top
        top_eps, bottom_eps, full = top - EPS, col.bottom - EPS, top - col.bottom
        y = top
        first_here = len(placed)
        while i < n:
            u = units[i]
            height = u.height
            gap = u.space_before if y < top_eps else 0.0
            if y - gap - height >= bottom_eps or (y >= top_eps and ci == last and not placed
                                                  and height > full):
                placed.append((u, ci, x, y - gap))
                y -= gap + height
                i += 1
            elif y >= top_eps and height > full:
                # taller than a whole column: set it alone rather than loop forever
                placed.append((u, ci, x, y))
                y -= height
                i += 1
                break
            else:
                break
        # a unit that must stay with the next one may not close a column
        while i < n and len(placed) > first_here + 1 and placed[-1][0].keep_next:
            placed.pop()
            i -= 1
    return placed, i


def balance(units: list[Unit], start: int, end: int, columns: list[Column]) -> tuple[list[Placed], float]:
    """Place units[start:end] into the columns with the smallest common height that holds them."""
    chunk = units[start:end]
    full = columns[0].top - columns[0].bottom
    placed, n = fill(chunk, 0, columns)
    if n < len(chunk) or len(columns) == 1:
        return placed, _used(placed, columns[0].top)
    lo, hi = max((u.height for u in chunk), default=0.0), full
    best = None
    for _ in range(14):
        if hi - lo < 0.3:
            break
        mid = (lo + hi) / 2
        trial, n = _fill(chunk, 0, [Column(c.x, c.top, c.top - mid, c.width) for c in columns])
        if n == len(chunk):
            hi, best = mid, trial
        else:
            lo = mid
    if best is not None:
        placed = [Placed(*spot) for spot in best]
    return placed, _used(placed, columns[0].top)


def _used(placed: list[Placed], top: float) -> float:
    return max((top - (p.y - p.unit.height) for p in placed), default=0.0)


def emit(placed: list[Placed], columns: list[Column], article: str | None, tint, column_base: int = 0) -> list:
    """Ops in page coordinates, with a tinted frame behind each run of boxed units in a column."""
    ops: list = []
    frames: dict[tuple[int, int], list[float]] = {}
    for p in placed:
        u = p.unit
        if u.box is not None:
            top, bottom = p.y, p.y - u.height
            frame = frames.setdefault((u.box, p.column), [top, bottom])
            frame[0], frame[1] = max(frame[0], top), min(frame[1], bottom)
        ops.extend(moved(op, p.x, p.y, article, column_base + p.column) for op in u.ops)
    boxes = [RectOp(columns[col].x, bottom, columns[col].width, top - bottom, fill=tint)
             for (_, col), (top, bottom) in frames.items()]
    return boxes + ops


def moved(op, dx: float, dy: float, article, column: int):
    if isinstance(op, TextOp):
        return TextOp(op.x + dx, op.y + dy, op.line, article, column, op.first)
    if isinstance(op, RectOp):
        return dataclasses.replace(op, x=op.x + dx, y=op.y + dy)
    if isinstance(op, RuleOp):
        return dataclasses.replace(op, x1=op.x1 + dx, y1=op.y1 + dy, x2=op.x2 + dx, y2=op.y2 + dy)
    if isinstance(op, ImageOp):
        return dataclasses.replace(op, x=op.x + dx, y=op.y + dy)
    return op

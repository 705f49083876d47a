"""Laying out a whole issue: cover, photo pages, contents and articles into pages and a PageMap."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .display import PageDraw
from .pagemap import PageMap
from .template import Layout, load_layout


class Cancelled(Exception):
    """The caller's cancel() returned True: the layout stopped part-way."""


@dataclass
class LaidOutIssue:
    layout: Layout
    pagemap: PageMap
    pages: list[PageDraw] = field(default_factory=list)


def lay_out(issue, folder, layout=None, *, cancel=None, pad_to_4: bool = False) -> LaidOutIssue:
    """Stub: the real engine lands shortly; the signature is the contract."""
    if not isinstance(layout, Layout):
        layout = load_layout(layout or issue.meta.layout)
    return LaidOutIssue(layout, PageMap(layout.name), [])

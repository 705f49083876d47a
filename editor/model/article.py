"""An article: title block, body blocks and where the editor wants it placed."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from .blocks import Block, Figure, JumpLine, Note, Paragraph, Sidebar, Subhead, Table


@dataclass
class Placement:
    """The editor's wishes for the pages. `start_page` pins the first page; `continue_page`
    sends the rest to a later (or, rarely, earlier) page, after block `break_after` when given,
    otherwise wherever the first page is full."""
    start_page: int | None = None
    continue_page: int | None = None
    break_after: int | None = None

    @property
    def is_default(self) -> bool:
        return self.start_page is None and self.continue_page is None and self.break_after is None


@dataclass
class Article:
    """One article of a section: its title block (kicker, title, subtitle, source) and body blocks."""
    id: str
    title: str
    kicker: str | None = None        # 引题: the line above the title
    subtitle: str | None = None      # 副题
    short_title: str | None = None   # set on purpose when the contents should read differently
    source: str | None = None        # 高新处, 记者 王某 — printed as ■（…） at the end
    lead_mark: bool = False          # the body opens with ■ (news items)
    columns: int | None = None       # None: the layout's default; 3 for news pages
    blocks: list[Block] = field(default_factory=list)
    placement: Placement = field(default_factory=Placement)

    def figures(self) -> Iterator[Figure]:
        yield from (b for b in self.blocks if isinstance(b, Figure))

    def sidebars(self) -> list[Sidebar]:
        return [b for b in self.blocks if isinstance(b, Sidebar)]

    def notes(self) -> list[Note]:
        return [b for b in self.blocks if isinstance(b, Note)]

    def jump_lines(self) -> list[JumpLine]:
        return [b for b in self.blocks if isinstance(b, JumpLine)]

    @property
    def contents_title(self) -> str:
        return self.short_title or self.title

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every piece of printable text with a label of where it stands (for checks and counts)."""
        for label, value in (("kicker", self.kicker), ("title", self.title),
                             ("subtitle", self.subtitle), ("source", self.source)):
            if value:
                yield label, value
        for i, block in enumerate(self.blocks):
            yield from ((f"block {i}: {lab}", txt) for lab, txt in block_texts(block))

    def body_chars(self) -> int:
        """Characters of printed text in the body, spaces not counted (the `chars` of `info`)."""
        n = 0
        for block in self.blocks:
            for _, txt in block_texts(block):
                n += sum(1 for ch in txt if not ch.isspace())
        return n


def block_texts(block: Block) -> Iterator[tuple[str, str]]:
    if isinstance(block, Paragraph):
        yield "paragraph", block.text
    elif isinstance(block, Subhead):
        yield "subhead", block.text
    elif isinstance(block, Figure):
        if block.caption:
            yield "caption", block.caption
        if block.credit:
            yield "credit", block.credit
    elif isinstance(block, (Sidebar, Note)):
        if block.title:
            yield "title", block.title
        for inner in block.blocks:
            yield from block_texts(inner)
    elif isinstance(block, Table):
        if block.title:
            yield "table title", block.title
        for row in block.rows:
            for cell in row:
                yield "cell", cell

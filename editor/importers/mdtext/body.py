"""An article's lines after its title block, turned into blocks: paragraphs with bold run-in
heads, sub-heads, figures from kept captions, sidebars and notes, jump lines, the source line.
Paragraphs that the OCR cut at a column or page break (or round a lost picture) are joined."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.model import Block, Figure, JumpLine, Note, Paragraph, Run, Sidebar, Subhead

from .captions import FigureIds, figure_of, looks_like_caption
from .reader import Unit, join_text
from .result import Unplaced
from .textkey import is_finished, tidy_title

JUMP = re.compile(r"^■?\s*[（(]?\s*(下转|上接|转|接)\s*第?\s*(\d{1,3})\s*[页版]\s*[)）]?\s*$")
_SOURCE = re.compile(r"^■\s*[（(]\s*([^（）()]{1,24}?)\s*[)）]\s*$")
_BOX = re.compile(r"^■?\s*(相关链接|背景链接|链接|附注|延伸阅读|小贴士)\s*(?:>+|》+|＞+|[:：])?\s*$")
_NOTE_LABELS = ("附注",)


@dataclass
class Body:
    blocks: list[Block] = field(default_factory=list)
    source: str | None = None
    lead_mark: bool = False
    unplaced: list[Unplaced] = field(default_factory=list)


def source_as_printed(m: re.Match) -> str:
    """The source line without its ■. The layout sets a source in （）, so the usual full-width
    brackets are left to it; any others stay, as printed, for the checks to see."""
    brackets = m.group(0).lstrip("■ ")[0] + m.group(0)[-1]
    return m.group(1) if brackets == "（）" else m.group(0).lstrip("■ ")


def is_box_marker(text: str) -> bool:
    return bool(_BOX.match(text.strip()))


def jump_of(unit: Unit) -> JumpLine | None:
    m = JUMP.match(unit.text.strip()) if len(unit.lines) == 1 else None
    if not m:
        return None
    direction = "to" if m.group(1) in ("下转", "转") else "from"
    return JumpLine(direction, int(m.group(2)))


def runs_of(text: str) -> list[Run]:
    """**bold** stretches to bold runs; unbalanced marks are dropped as OCR noise."""
    parts = text.split("**")
    if len(parts) % 2 == 0:
        return [Run(text.replace("**", ""))]
    runs = [Run(part, bold=bool(k % 2)) for k, part in enumerate(parts) if part]
    return runs or [Run("")]


def is_plain(para: Paragraph) -> bool:
    """Could this paragraph be the rest of a cut one? Not when it opens with a run-in head."""
    return bool(para.runs) and not para.runs[0].bold and not para.text.startswith("■")


def append_text(para: Paragraph, more: Paragraph) -> None:
    """Glue `more` onto the end of `para`, merging the touching runs when they look alike."""
    runs = [Run(r.text, r.bold, r.italic) for r in more.runs]
    last = para.runs[-1] if para.runs else None
    if last is not None and runs and (last.bold, last.italic) == (runs[0].bold, runs[0].italic):
        last.text = join_text(last.text, runs[0].text)
        runs = runs[1:]
    para.runs.extend(runs)


class _Builder:
    def __init__(self, ids: FigureIds, continuation: bool):
        self.body = Body()
        self.ids = ids
        self.box: Sidebar | Note | None = None
        self.expect_box_title = False
        self.open: tuple[Paragraph, Sidebar | Note | None] | None = None   # a cut paragraph
        self.seen_paragraph = continuation

    def _target(self) -> list:
        return self.box.blocks if self.box is not None else self.body.blocks

    def _close(self) -> None:
        self.box = None
        self.expect_box_title = False
        self.open = None

    def add(self, unit: Unit) -> None:
        text = unit.text.strip()
        jump = jump_of(unit)
        if jump is not None:
            # A cut paragraph goes on after the jump, on another page: jumps.py joins it there.
            self._close()
            self.body.blocks.append(jump)
            return
        source = _SOURCE.match(text)
        if source:
            self._close()
            if self.body.source is None:
                self.body.source = source_as_printed(source)
            else:
                self.body.unplaced.append(Unplaced(unit.number, text, "同一篇文章的第二个来源行"))
            return
        box = _BOX.match(text)
        if box:
            self._close()
            label = box.group(1)
            self.box = Note(label=label) if label in _NOTE_LABELS else Sidebar(label=label)
            self.body.blocks.append(self.box)
            self.expect_box_title = True
            return
        if self.expect_box_title:
            self.expect_box_title = False
            if len(unit.lines) == 1 and (unit.is_heading or (len(text) <= 60 and not is_finished(text))):
                self.box.title = tidy_title(text)
                return
        if looks_like_caption(unit):
            # The picture stood in the flow; a paragraph it cut is still open.
            self.box = None
            self.body.blocks.append(figure_of(unit, self.ids))
            return
        if unit.is_heading:
            self._target().append(Subhead(tidy_title(text)))
            self.open = None
            return
        self._paragraph(text)

    def _paragraph(self, text: str) -> None:
        if not self.seen_paragraph and text.startswith("■") and self.box is None:
            text = text[1:].lstrip()
            self.body.lead_mark = True
        if not text:
            return
        self.seen_paragraph = True
        para = Paragraph(runs_of(text))
        if self.open is not None and is_plain(para):
            cut, box = self.open
            append_text(cut, para)
            self.box = box
            self.open = None if is_finished(cut.text) else (cut, box)
            return
        self._target().append(para)
        self.open = None if is_finished(para.text) else (para, self.box)


def read_body(units: list[Unit], ids: FigureIds, continuation: bool = False) -> Body:
    builder = _Builder(ids, continuation)
    for unit in units:
        builder.add(unit)
    return builder.body


def last_paragraph_before(blocks: list[Block], index: int) -> Paragraph | None:
    for block in reversed(blocks[:index]):
        if isinstance(block, Paragraph):
            return block
        if not isinstance(block, Figure):
            return None
    return None

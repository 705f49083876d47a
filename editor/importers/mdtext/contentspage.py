"""The contents page: sections and entries, and beside them the editorial board, the publishers,
the colophon and the cover description. It ends at the first heading that is none of these."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.model import ContentsEntry, IssueMeta

from .colophon import (add_publisher, board_names, board_role, colophon_field, looks_like_names,
                       publisher_heading)
from .captions import split_credit
from .reader import Line, Unit
from .result import Unplaced

_ENTRY = re.compile(r"^(?:[-*+]\s*(\d{1,3})|(\d{2}))\s+(\S.*)$")
# "- 标题 ……… 05" or "- 标题    05": the page number after the title, behind dot leaders or a wide gap.
_ENTRY_AFTER = re.compile(r"^[-*+]?\s*(\S.*?)\s*(?:[.．·…]{2,}|\s{2,}|\t)\s*(\d{1,3})$")
LOOKAHEAD = 3
_SECTION = re.compile(r"^■\s*(\S.*)$")
_CONTENTS = re.compile(r"目\s*录|CONTENTS", re.I)
_BOARD = re.compile(r"^(编辑委员会|编委会|编\s*委)$")
_COVER_NOTE = re.compile(r"^封面(说明|图片|故事)?$")


@dataclass
class ContentsPage:
    sections: list[str] = field(default_factory=list)
    entries: list[ContentsEntry] = field(default_factory=list)
    entry_lines: dict[str, int] = field(default_factory=dict)   # entry id → source line
    unplaced: list[Unplaced] = field(default_factory=list)
    end: int = 0                                                # first unit after the page


def is_contents_heading(unit: Unit) -> bool:
    return bool(unit.is_heading and _CONTENTS.search(unit.text))


def _known_heading(text: str) -> bool:
    return bool(_SECTION.match(text) or _BOARD.match(text.replace(" ", "")) or publisher_heading(text)
                or _COVER_NOTE.match(text.replace(" ", "")) or _CONTENTS.search(text))


def read_contents_page(units: list[Unit], start: int, meta: IssueMeta) -> ContentsPage:
    """Read from the 目录 heading at units[start]; fills the colophon fields of `meta`."""
    page = ContentsPage()
    state, publisher, role = "entries", None, None
    i = start + 1
    while i < len(units):
        unit = units[i]
        text = unit.text
        if unit.is_heading:
            if not _known_heading(text) and page.entries and not _entries_follow(units, i):
                break
            state, role = "entries", None
            section = _SECTION.match(text)
            if section:
                page.sections.append(section.group(1).strip())
            elif _BOARD.match(text.replace(" ", "")):
                state = "board"
            elif publisher_heading(text):
                state, publisher = "publisher", publisher_heading(text)
            elif _COVER_NOTE.match(text.replace(" ", "")):
                state = "cover"
            elif not _CONTENTS.search(text):
                page.unplaced.append(Unplaced(unit.number, text, "目录页上不认识的标题"))
            i += 1
            continue
        if state == "cover":
            meta.cover.description, meta.cover.credit = split_credit(text)
            state = "entries"
            i += 1
            continue
        last_entry = None
        for line in unit.lines:
            if state == "publisher" and not _SECTION.match(line.text) and not colophon_field(meta, line.text):
                add_publisher(meta, publisher, [line.text.strip()])
                continue
            m = _entry_match(line.text, state)
            if m:
                last_entry = _add_entry(page, *m, line)
                state = "entries"
                continue
            if last_entry is not None and not _SECTION.match(line.text):
                last_entry.title += "\n" + line.text.strip()
                continue
            last_entry = None
            section = _SECTION.match(line.text)
            if section:
                page.sections.append(section.group(1).strip())
                continue
            if colophon_field(meta, line.text):
                role, state = None, "colophon"
                continue
            if _BOARD.match(line.text.replace(" ", "")):
                role, state = None, "board"
                continue
            new_role = board_role(line.text)
            if new_role is not None and (state == "board" or new_role.names or new_role.note):
                meta.board.append(new_role)
                role, state = new_role, "board"
                continue
            if state == "board" and role is not None and looks_like_names(line.text):
                role.names.extend(board_names(line.text))
                continue
            page.unplaced.append(Unplaced(line.number, line.text, "目录页上的文字，模型中没有对应的字段"))
        i += 1
    page.end = i
    return page


def _entries_follow(units: list[Unit], i: int) -> bool:
    """An unknown heading inside the contents (本期导读, a column's banner) when entries go on."""
    return any(_entry_match(line.text, "entries") for u in units[i + 1:i + 1 + LOOKAHEAD] for line in u.lines)


def _entry_match(text: str, state: str) -> tuple[str, str] | None:
    """(page, title) of a contents line. In the board, only a dashed line is an entry."""
    m = _ENTRY.match(text)
    if m and (state != "board" or m.group(1)):
        return m.group(1) or m.group(2), m.group(3)
    m = _ENTRY_AFTER.match(text)
    if m and state != "board" and (text.lstrip().startswith(("-", "*", "+")) or not text[:1].isdigit()):
        return m.group(2), m.group(1)
    return None


def _add_entry(page: ContentsPage, number: str, title: str, line: Line) -> ContentsEntry:
    entry = ContentsEntry(id=f"c{len(page.entries) + 1:02d}",
                          section=page.sections[-1] if page.sections else "",
                          title=title.strip(), page=int(number))
    page.entries.append(entry)
    page.entry_lines[entry.id] = line.number
    return entry

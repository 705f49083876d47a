"""Everything before the contents: the cover, photo pages (封二) and the inner masthead. Each place
that prints the issue's identity becomes an Imprint with what that place printed."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.model import ContentsEntry, Imprint, IssueMeta, PhotoPage

from .captions import FigureIds, figure_of, looks_like_caption
from .colophon import add_publisher, colophon_field
from .reader import Line, Unit
from .result import Unplaced
from .textkey import key, similarity

_NUMBER = re.compile(r"(\d{4})年第(\d{1,2})期")
_CUMULATIVE = re.compile(r"总第(\d+)期")
_PUBLISHER = re.compile(r"^(.+?)(主管|主办|承办|协办|编印)$")
_URL = re.compile(r"^<?((?:https?://|www\.)[^\s<>]+)>?$", re.I)
COVER_LINE_MATCH = 0.6


@dataclass
class FrontMatter:
    imprints: list[Imprint] = field(default_factory=list)
    photo_pages: list[PhotoPage] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)


def _flat(text: str) -> str:
    return text.replace("**", "").replace(" ", "")


def photo_page_end(units: list[Unit], i: int) -> int:
    """Index after the photo page headed by units[i], or i when it heads none (needs 2 captions)."""
    j = i + 1
    while j < len(units) and looks_like_caption(units[j]):
        j += 1
    return j if j - i - 1 >= 2 else i


def read_front_matter(units: list[Unit], meta: IssueMeta, entries: list[ContentsEntry],
                      ids: FigureIds) -> FrontMatter:
    front = FrontMatter()
    if not units:
        return front
    # The masthead title is the cover's first big heading; OCR noise may stand above it.
    first = next((k for k, u in enumerate(units[:4]) if u.level == 1), 0)
    for unit in units[:first]:
        front.unplaced += [Unplaced(line.number, line.text, "封面刊名之前的文字") for line in unit.lines]
    meta.title = _flat(units[first].text)
    title_key = key(meta.title)
    # Where the cover ends and the other places begin.
    starts: list[tuple[int, str]] = [(first, "cover")]
    i = first + 1
    while i < len(units):
        end = photo_page_end(units, i) if units[i].is_heading else i
        if end > i:
            starts.append((i, "photo"))
            i = end
            continue
        if key(units[i].text) == title_key:
            place = "contents" if i == len(units) - 1 else "masthead"
            starts.append((i, place))
        i += 1
    starts.append((len(units), "end"))
    for (begin, place), (stop, _) in zip(starts, starts[1:]):
        block = units[begin:stop]
        if place == "photo":
            front.photo_pages.append(photo_page(block, f"p{len(front.photo_pages) + 1:02d}", ids))
        else:
            front.imprints.append(_imprint(block, place, meta, entries, front.unplaced))
    cover = next((imp for imp in front.imprints if imp.place == "cover"), None)
    if cover is not None:
        meta.year = cover.year or meta.year
        meta.number = cover.number or meta.number
        meta.cumulative = cover.cumulative
        meta.cover.lines = list(cover.lines)
    return front


def photo_page(block: list[Unit], page_id: str, ids: FigureIds, position: str = "inside-front") -> PhotoPage:
    """A heading and its captions. Before the contents it is the inside front cover (封二)."""
    return PhotoPage(id=page_id, title=" ".join(block[0].text.split()), position=position,
                     figures=[figure_of(u, ids) for u in block[1:]])


def _lines(block: list[Unit]) -> list[tuple[Unit, Line]]:
    return [(u, line) for u in block for line in u.lines]


def _imprint(block: list[Unit], place: str, meta: IssueMeta, entries: list[ContentsEntry],
             unplaced: list[Unplaced]) -> Imprint:
    imprint = Imprint(place=place, title=_flat(block[0].text))
    publisher_names = {n for r in meta.publishers for n in r.names}
    for unit, line in _lines(block)[1:]:
        text, flat = line.text.strip(), _flat(line.text)
        number, cumulative = _NUMBER.search(flat), _CUMULATIVE.search(flat)
        if number or cumulative:
            if number:
                imprint.year, imprint.number = int(number.group(1)), int(number.group(2))
            if cumulative:
                imprint.cumulative = int(cumulative.group(1))
            continue
        if "内部资料" in flat:
            meta.internal_marking = " ".join(text.split())
            continue
        if colophon_field(meta, text):
            continue
        url = _URL.match(text)
        if url:
            meta.contact.website = meta.contact.website or url.group(1)
            continue
        publisher = _PUBLISHER.match(flat)
        if publisher:
            add_publisher(meta, publisher.group(2), [publisher.group(1)])
            continue
        if flat in publisher_names:
            continue   # the publisher's name set as a logo line
        if _matches_entry(text, entries):
            imprint.lines.append(" ".join(text.split()))
            continue
        if place == "cover" and line.is_heading and not meta.cover.slogan:
            meta.cover.slogan = " ".join(text.split())
            continue
        where = {"cover": "封面", "masthead": "刊首", "contents": "目录页"}.get(place, place)
        unplaced.append(Unplaced(line.number, text, f"{where}上的文字，模型中没有对应的字段"))
    return imprint


def _matches_entry(text: str, entries: list[ContentsEntry]) -> bool:
    for entry in entries:
        parts = [entry.title, *entry.title.split("\n")]
        if any(similarity(text, p) >= COVER_LINE_MATCH for p in parts):
            return True
    return False

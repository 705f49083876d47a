"""Where each contents entry's article starts in the body, and its title block.

The OCR's heading levels do not say what is a title, a sub-head or a sidebar title, so the
contents decide: a line (or two or three consecutive short lines: kicker, title, subtitle) is an
article start when its normalised text is close to an entry. Pairs are taken best score first,
so the order of the contents is not trusted (the checks judge the order)."""
from __future__ import annotations

from dataclasses import dataclass

from editor.model import ContentsEntry

from .body import is_box_marker
from .reader import Unit
from .textkey import is_finished, similarity, tidy_title

MATCH = 0.65          # below this a line is not taken for an entry's title
MAX_TITLE = 60
MAX_SUBTITLE = 40


@dataclass
class Anchor:
    entry: ContentsEntry | None   # None: an article the contents leave out
    first: int            # index of the title block's first unit in the body units
    stop: int             # index after the title block
    score: float
    kicker: str | None
    title: str
    subtitle: str | None


def _title_like(unit: Unit) -> bool:
    if len(unit.lines) != 1:
        return False
    text = unit.text.strip()
    if unit.is_heading:
        return bool(text) and not text.startswith("■")
    return 0 < len(text) <= MAX_TITLE and not text.startswith(("■", "**"))\
        and (not is_finished(text) or text.endswith("——"))


def _may_start(units: list[Unit], i: int) -> bool:
    """A short line after a picture gap is a caption, unless it is a kicker over a title."""
    unit = units[i]
    if not _title_like(unit):
        return False
    if unit.is_heading or not unit.is_picture_gap:
        return True
    return unit.text.endswith("——") or (i + 1 < len(units) and units[i + 1].is_heading)


def _combos(units: list[Unit], i: int) -> list[int]:
    """Ends (exclusive) of the title blocks that may start at unit i: one, two or three lines."""
    ends = [i + 1]
    j = i + 1
    while j < len(units) and len(ends) < 3 and _title_like(units[j]) and not units[j].is_picture_gap:
        j += 1
        ends.append(j)
    return ends


def _score(entry: ContentsEntry, text: str) -> float:
    lines = entry.title.split("\n")
    best = similarity(entry.title, text, MATCH)
    if len(lines) > 1:
        best = max(best, similarity(lines[0], text, MATCH), similarity(lines[1], text, MATCH))
    return best


def find_anchors(units: list[Unit], entries: list[ContentsEntry]) -> list[Anchor]:
    pairs = []
    for i in range(len(units)):
        if not _may_start(units, i):
            continue
        for end in _combos(units, i):
            text = "".join(u.text for u in units[i:end])
            for n, entry in enumerate(entries):
                score = _score(entry, text)
                if score >= MATCH:
                    # Prefer the full match, then the longer block (title with its kicker or subtitle).
                    pairs.append((-round(score, 3), n, -(end - i), i, end))
    pairs.sort()
    taken: set[int] = set()
    done: set[int] = set()
    anchors = []
    for neg_score, n, _, i, end in pairs:
        if n in done or any(k in taken for k in range(i, end)):
            continue
        first, stop = _extend(units, i, end, taken)
        taken.update(range(first, stop))
        done.add(n)
        anchors.append(_anchor(entries[n], units, first, stop, -neg_score))
    anchors.sort(key=lambda a: a.first)
    return anchors


def unlisted_starts(units: list[Unit], anchors: list[Anchor]) -> list[Anchor]:
    """Articles the contents leave out: a title heading whose text opens with the lead mark ■ (a
    news item), standing where no listed article starts. Found so the checks can report them."""
    if not anchors:
        return []
    taken = {k for a in anchors for k in range(a.first, a.stop)}
    found = []
    for i in range(anchors[0].stop, len(units) - 1):
        unit = units[i]
        if i in taken or not unit.is_heading or unit.level > 2 or not _title_like(unit):
            continue
        if i > 0 and is_box_marker(units[i - 1].text):
            continue
        first, stop = _extend(units, i, i + 1, taken)
        if stop < len(units) and _opens_with_lead_mark(units[stop].text):
            taken.update(range(first, stop))
            found.append(_anchor(None, units, first, stop, 0.0))
    return found


def _opens_with_lead_mark(text: str) -> bool:
    body = text[1:].lstrip() if text.startswith("■") else ""
    return bool(body) and body[0] not in "（(" and not is_box_marker(text)


def _extend(units: list[Unit], first: int, stop: int, taken: set[int]) -> tuple[int, int]:
    """Take in a kicker line (ending in ——) just above and one subtitle line just below."""
    if first > 0 and first - 1 not in taken and not units[first].is_picture_gap:
        above = units[first - 1]
        if _title_like(above) and not above.is_heading and above.text.endswith("——"):
            first -= 1
    if stop < len(units) and stop not in taken:
        below = units[stop]
        text = below.text.strip()
        # A subtitle is a phrase; a clause chain (with ， or 、) is a first paragraph cut by the OCR.
        if _title_like(below) and not below.is_heading and not below.is_picture_gap \
                and len(text) <= MAX_SUBTITLE and not text.endswith("——") \
                and not any(mark in text for mark in "，、,"):
            stop += 1
    return first, stop


def _anchor(entry: ContentsEntry | None, units: list[Unit], first: int, stop: int, score: float) -> Anchor:
    block = units[first:stop]
    texts = [tidy_title(u.text) for u in block]
    heads = [k for k, u in enumerate(block) if u.is_heading]
    if len(block) > 1 and texts[0].endswith("——"):
        t = 1
    elif heads:
        t = heads[0]
    else:
        t = 0
    kicker = " ".join(texts[:t]) or None
    title = texts[t]
    subtitle = " ".join(texts[t + 1:]) or None
    if kicker is None and "——" in title.strip("—"):
        head, _, rest = title.partition("——")
        if head and rest:
            kicker, title = head + "——", rest.strip()
    return Anchor(entry, first, stop, score, kicker, title, subtitle)

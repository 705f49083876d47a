"""Lost pictures: the OCR kept their captions as a short line after a wide blank gap."""
from __future__ import annotations

import itertools
import re

from editor.model import Figure

from .reader import Unit
from .textkey import is_finished

MAX_CAPTION = 60
CREDIT = re.compile(r"\s*([（(][^（()）]{0,12}摄[)）])\s*$")


def split_credit(text: str) -> tuple[str, str | None]:
    """"…发展情况（陈曦摄）" → ("…发展情况", "（陈曦摄）")."""
    m = CREDIT.search(text)
    if not m:
        return text.strip(), None
    return text[:m.start()].strip(), m.group(1)


class FigureIds:
    """f01, f02 … in the order the captions stand in the file."""

    def __init__(self):
        self._numbers = itertools.count(1)

    def next(self) -> str:
        return f"f{next(self._numbers):02d}"


def looks_like_caption(unit: Unit) -> bool:
    """A short single line after a picture gap that does not end a sentence (or that ends a photo
    group with ■, or a credit). Long text after a gap is body text that ran round the picture."""
    if not unit.is_picture_gap or unit.is_heading or len(unit.lines) != 1:
        return False
    text = unit.text.strip()
    if not text or len(text) > MAX_CAPTION or text.startswith("■") or text.endswith("——"):
        return False
    if text.endswith("■") or split_credit(text)[1]:
        return True
    return not is_finished(text)


def figure_of(unit: Unit, ids: FigureIds) -> Figure:
    text = unit.text.strip()
    group_end = text.endswith("■")
    if group_end:
        text = text[:-1].rstrip()
    caption, credit = split_credit(text)
    return Figure(id=ids.next(), caption=caption, credit=credit, group_end=group_end)

"""Page furniture an OCR leaves in the text flow: running heads (常州科技 2021年第3期) and folios
(a lone page number). They are not body text; a running head is one more place that prints the
issue's identity, so it becomes an Imprint like the cover and the masthead."""
from __future__ import annotations

import re

from editor.model import Imprint

from .reader import Unit
from .result import Unplaced

_FOLIO = re.compile(r"^\d{1,3}$")
_ISSUE = re.compile(r"^(\D*?)(\d{4})年第(\d{1,2})期(?:总第(\d+)期)?$")


def strip_furniture(units: list[Unit], title: str) -> tuple[list[Unit], list[Imprint], list[Unplaced]]:
    kept, imprints, unplaced = [], [], []
    for unit in units:
        flat = unit.text.replace("**", "").replace(" ", "") if len(unit.lines) == 1 else ""
        if _FOLIO.match(flat):
            unplaced.append(Unplaced(unit.number, unit.text, "页码（OCR 留在正文中的页脚），不是正文"))
            continue
        head = _ISSUE.match(flat)
        if head and (not head.group(1) or head.group(1) == title):
            imprint = Imprint("running-head", head.group(1) or None, int(head.group(2)), int(head.group(3)),
                              int(head.group(4)) if head.group(4) else None)
            if imprint not in imprints:
                imprints.append(imprint)
            continue
        kept.append(unit)
    return kept, imprints, unplaced

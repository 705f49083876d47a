"""The block-level walk: paragraphs and tables of the body, of a text box or of a table cell,
in reading order (content controls opened, tracked deletions of whole rows skipped)."""
from __future__ import annotations

from .ns import W
from .paragraphs import ParagraphReader
from .structure import TableItem


def block_items(container, reader: ParagraphReader) -> list:
    items = []
    for child in container:
        tag = child.tag
        if tag == W + "p":
            items.append(reader.read(child))
        elif tag == W + "tbl":
            items.append(_table(child, reader))
        elif tag in (W + "sdt", W + "customXml", W + "ins", W + "moveTo"):
            content = child.find(W + "sdtContent")
            items += block_items(content if content is not None else child, reader)
    return items


def _table(tbl, reader: ParagraphReader) -> TableItem:
    rows, header_rows, counting = [], 0, True
    for tr in tbl.iter(W + "tr"):
        if tr.getparent() is not tbl and tr.getparent().tag != W + "sdtContent":
            continue   # rows of a nested table belong to that table
        trpr = tr.find(W + "trPr")
        if trpr is not None and trpr.find(W + "del") is not None:
            continue
        cells = [block_items(tc, reader) for tc in tr.findall(W + "tc")]
        rows.append(cells)
        is_header = (trpr is not None and trpr.find(W + "tblHeader") is not None) or all(
            any(getattr(i, "kind", "") == "table" and "heading" in i.style for i in cell) for cell in cells)
        if counting and is_header:
            header_rows += 1
        else:
            counting = False
    if header_rows == 0 and len(rows) > 1 and rows[0] and all(
            all(getattr(i, "all_bold", False) for i in cell if getattr(i, "clean", "")) and cell
            for cell in rows[0]):
        header_rows = 1
    return TableItem(rows, header_rows)

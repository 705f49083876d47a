"""Pictures and text boxes inside runs: DrawingML (wp:inline / wp:anchor) and legacy VML.

A text box is written twice by Word and LibreOffice, as mc:Choice (DrawingML) and mc:Fallback
(VML); the paragraph reader walks only one branch, so each box and picture is seen once."""
from __future__ import annotations

from dataclasses import dataclass

from .ns import A, EMU_PER_MM, PIC, R, V, W, WP, WPS


@dataclass
class PictureRef:
    rid: str
    name: str = ""                 # wp:docPr name, e.g. "图片 1"
    width_mm: float | None = None
    height_mm: float | None = None
    floating: bool = False


@dataclass
class BoxRef:
    content: object                # the w:txbxContent element


def _extent(holder) -> tuple[float | None, float | None]:
    ext = holder.find(WP + "extent") if holder is not None else None
    try:
        return (round(int(ext.get("cx")) / EMU_PER_MM, 1), round(int(ext.get("cy")) / EMU_PER_MM, 1))
    except (AttributeError, TypeError, ValueError):
        return None, None


def _outside_boxes(el, tag):
    """Descendants with `tag` that are not inside a text box (those belong to the box)."""
    for child in el:
        if child.tag == WPS + "txbx":
            continue
        if child.tag == tag:
            yield child
        yield from _outside_boxes(child, tag)


def read_drawing(drawing) -> list[PictureRef | BoxRef]:
    found: list[PictureRef | BoxRef] = []
    for holder in drawing:
        if holder.tag not in (WP + "inline", WP + "anchor"):
            continue
        width, height = _extent(holder)
        doc_pr = holder.find(WP + "docPr")
        name = doc_pr.get("name", "") if doc_pr is not None else ""
        floating = holder.tag == WP + "anchor"
        pics = list(_outside_boxes(holder, PIC + "pic"))
        for pic in pics:
            blip = pic.find(f".//{A}blip")
            rid = blip.get(R + "embed") or blip.get(R + "link") if blip is not None else None
            if rid:
                found.append(PictureRef(rid, name, width, height, floating) if len(pics) == 1
                             else PictureRef(rid, name, None, None, floating))
        for box in holder.iter(WPS + "txbx"):
            content = box.find(W + "txbxContent")
            if content is not None:
                found.append(BoxRef(content))
    return found


def read_vml(pict) -> list[PictureRef | BoxRef]:
    found: list[PictureRef | BoxRef] = []
    for image in pict.iter(V + "imagedata"):
        rid = image.get(R + "id")
        if rid:
            found.append(PictureRef(rid))
    for box in pict.iter(V + "textbox"):
        content = box.find(W + "txbxContent")
        if content is not None:
            found.append(BoxRef(content))
    return found

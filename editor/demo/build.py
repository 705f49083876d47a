"""Assembling the demo issue and writing it as an issue folder."""
from __future__ import annotations

import math
import zlib
from pathlib import Path

from editor.model import ContentsEntry, ImageInfo, Issue

from .articles import demo_sections
from .masthead import COVER_PHOTO_MM, demo_back_pages, demo_meta, demo_photo_page
from .pictures import jpeg_bytes, paint

# A little above 300 so that rounding in any later measurement still reads as print resolution.
PPI = 305

# What each photo shows; one arrives as CMYK, as photos from a printer or agency sometimes do.
SCENES = {
    "f01": "hall", "f02": "lab", "f03": "factory", "f04": "solar", "f05": "field", "f06": "hall",
    "f07": "field", "p01": "hall", "p02": "lab", "p03": "field", "p04": "factory", "p05": "solar",
    "p06": "lab", "p07": "field", "p08": "solar", "p09": "city",
    "cover": "city",
}
CMYK_PHOTOS = {"f02"}


def _pixels(mm: float) -> int:
    return math.ceil(mm / 25.4 * PPI)


def demo_issue() -> Issue:
    """The demo issue as a model, figures without ImageInfo (images are measured when painted)."""
    issue = Issue(meta=demo_meta(), sections=demo_sections(), photo_pages=[demo_photo_page(), *demo_back_pages()])
    for n, (section, article) in enumerate(
            ((s, a) for s in issue.sections for a in s.articles), start=1):
        title = article.title + (f"\n{article.subtitle}" if article.subtitle else "")
        issue.contents.append(ContentsEntry(id=f"c{n:02d}", section=section.name, title=title,
                                            page=None, article=article.id))
    return issue


def _paint_one(key: str, width_mm: float, height_mm: float) -> tuple[bytes, ImageInfo]:
    w, h = _pixels(width_mm), _pixels(height_mm)
    cmyk = key in CMYK_PHOTOS
    data = jpeg_bytes(paint(SCENES[key], w, h, seed=zlib.crc32(key.encode())), PPI, cmyk=cmyk)
    return data, ImageInfo(width_px=w, height_px=h, dpi_x=PPI, dpi_y=PPI, mode="CMYK" if cmyk else "RGB")


def demo_images(issue: Issue) -> dict[str, bytes]:
    """Paint every picture the issue refers to; keys are the paths relative to the issue folder.
    Fills in each figure's ImageInfo on the way."""
    images: dict[str, bytes] = {}
    for _, fig in issue.figures():
        images[fig.image], fig.info = _paint_one(fig.id, fig.width_mm, fig.height_mm)
    cover = issue.meta.cover
    images[cover.image], _ = _paint_one("cover", *COVER_PHOTO_MM)
    return images


def write_demo(folder: Path) -> Path:
    """Write the demo issue into `folder` (which must be empty or absent); returns the issue file."""
    from editor.store import create_issue_folder
    issue = demo_issue()
    return create_issue_folder(issue, Path(folder), demo_images(issue))


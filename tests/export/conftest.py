"""Fixtures for the export tests: hand-made PDFs and pictures, and the demo issue laid out once."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

MM = 72 / 25.4


def vera_font() -> str:
    """A TrueType font ReportLab ships, so hand-made PDFs can embed a font without our fonts."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")))
    return "Vera"


def make_pdf(path: Path, *, pages: int = 4, trim: bool = True, bleed_mm: float = 3.0, font: str | None = None,
             rgb_text: bool = False, image: Path | None = None, image_mm: float = 40.0) -> Path:
    """A small print-like PDF: 100 × 140 mm trim, marks room around it, CMYK text."""
    from reportlab.pdfgen.canvas import Canvas
    w, h, edge = 100 * MM, 140 * MM, 10 * MM
    kw = {}
    if trim:
        kw["trimBox"] = (edge, edge, edge + w, edge + h)
        b = bleed_mm * MM
        kw["bleedBox"] = (edge - b, edge - b, edge + w + b, edge + h + b)
    name = font or vera_font()
    c = Canvas(str(path), pagesize=(w + 2 * edge, h + 2 * edge), initialFontName=name, **kw)
    for n in range(pages):
        if rgb_text:
            c.setFillColorRGB(1, 0, 0)
        else:
            c.setFillColorCMYK(0, 0, 0, 1)
        c.setFont(name, 10)
        c.drawString(edge + 10 * MM, edge + 10 * MM, f"page {n + 1}")
        if image is not None and n == 0:
            c.drawImage(str(image), edge + 10 * MM, edge + 30 * MM, image_mm * MM, image_mm * MM)
        c.showPage()
    c.save()
    return path


@pytest.fixture
def make_test_pdf():
    """make_pdf(path, pages=4, trim=True, bleed_mm=3, font=None, rgb_text=False, image=None, image_mm=40)"""
    return make_pdf


@pytest.fixture
def cmyk_jpeg(tmp_path) -> Path:
    """500 px square CMYK JPEG: 317 ppi at 40 mm."""
    p = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (500, 500), (0, 60, 100, 0)).save(p, quality=90)
    return p


@pytest.fixture
def rgb_png(tmp_path) -> Path:
    p = tmp_path / "rgb.png"
    Image.new("RGB", (500, 500), (0, 120, 200)).save(p)
    return p


@pytest.fixture(scope="session")
def fonts_ready() -> None:
    from editor.layout.fonts import fonts_ready as ready
    if not ready():
        pytest.skip("the prepared fonts are missing: run `issuedesk fonts prepare` (the README's set-up does)")


@pytest.fixture(scope="session")
def demo_folder(demo_master, fonts_ready) -> Path:
    """The session's demo issue (tests/conftest.py); these tests only read it."""
    return demo_master


@pytest.fixture(scope="session")
def image_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("image-cache")


@pytest.fixture(autouse=True)
def _image_cache_in_tmp(image_cache, monkeypatch):
    """Commands use the per-user cache; in tests it lives in a temp folder."""
    from editor.export import exporter, images
    monkeypatch.setattr(images, "default_cache_dir", lambda: image_cache)
    monkeypatch.setattr(exporter, "default_cache_dir", lambda: image_cache)

"""The print and proof PDFs read back with pikepdf: page boxes, embedded fonts, colour spaces."""
from __future__ import annotations

import re

import pikepdf
import pytest

from editor.export.render import render_pdf
from editor.layout.paginate import Cancelled, lay_out

pytestmark = pytest.mark.usefixtures("ready_fonts")
MM = 72 / 25.4


@pytest.fixture
def laid(issue_folder):
    issue, folder = issue_folder
    return lay_out(issue, folder)


def _content(page) -> bytes:
    return b"\n".join(s.read_bytes() for s in page.obj.Contents) if isinstance(
        page.obj.Contents, pikepdf.Array) else page.obj.Contents.read_bytes()


def _fonts(pdf) -> list:
    found = []
    for page in pdf.pages:
        for _, font in (page.obj.Resources.get("/Font") or {}).items():
            found.append(font)
    return found


def test_print_pdf_boxes_fonts_and_colour(laid, tmp_path):
    out = tmp_path / "print.pdf"
    seen = []
    render_pdf(laid, out, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (len(laid.pages), len(laid.pages))
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == laid.pagemap.page_count
        for page in pdf.pages:
            trim = [float(v) for v in page.obj.TrimBox]
            bleed = [float(v) for v in page.obj.BleedBox]
            media = [float(v) for v in page.obj.MediaBox]
            assert trim[2] - trim[0] == pytest.approx(210 * MM, abs=0.01)
            assert trim[3] - trim[1] == pytest.approx(285 * MM, abs=0.01)
            for b, t, sign in zip(bleed, trim, (-1, -1, 1, 1)):
                assert b == pytest.approx(t + sign * 3 * MM, abs=0.01)
            # the crop marks need room beyond the bleed
            assert media[0] < bleed[0] - 5 * MM and media[2] > bleed[2] + 5 * MM
            content = _content(page)
            assert b"/DeviceRGB" not in content
            assert not re.search(rb"(^|\s)[\d.]+ [\d.]+ [\d.]+ (rg|RG)(\s|$)", content)
        fonts = _fonts(pdf)
        assert fonts
        for font in fonts:
            names = str(font.get("/BaseFont"))
            assert "Helvetica" not in names
            desc = font.get("/FontDescriptor") or font.DescendantFonts[0].FontDescriptor
            assert "/FontFile2" in desc
    assert not list(tmp_path.glob("*.part"))


def test_crop_marks_are_registration_colour(laid, tmp_path):
    out = tmp_path / "print.pdf"
    render_pdf(laid, out)
    with pikepdf.open(out) as pdf:
        assert b"1 1 1 1 K" in _content(pdf.pages[0])


def test_proof_pdf_is_trim_sized_rgb_with_watermark(laid, tmp_path):
    out = tmp_path / "proof.pdf"
    render_pdf(laid, out, mode="proof")
    with pikepdf.open(out) as pdf:
        page = pdf.pages[3]
        media = [float(v) for v in page.obj.MediaBox]
        assert media[2] == pytest.approx(210 * MM, abs=0.01) and media[3] == pytest.approx(285 * MM, abs=0.01)
        assert "/TrimBox" not in page.obj or [float(v) for v in page.obj.TrimBox] == media
        content = _content(page)
        assert re.search(rb"\srg(\s|$)", content)
        assert not re.search(rb"\sk(\s|$)", content)
        # the 校样 watermark: large diagonal text (pdftotext skips diagonal text, so read the stream)
        size = str(int(laid.layout.style("watermark").size_pt)).encode()
        assert re.search(rb"[\d.]+ [\d.]+ -[\d.]+ [\d.]+ [\d.]+ [\d.]+ cm\s+BT .* " + size + rb" Tf", content)


def test_image_source_is_asked_for_each_picture(laid, tmp_path):
    asked = []

    def source(path, mode, w, h):
        asked.append((path, mode, round(w), round(h)))
        return path

    render_pdf(laid, tmp_path / "p.pdf", image_source=source)
    placed = {f.figure for f in laid.pagemap.figures}
    assert len(asked) == len(placed) and all(mode == "print" for _, mode, _, _ in asked)


def test_cancelled_render_leaves_no_file(laid, tmp_path):
    out = tmp_path / "x.pdf"
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        render_pdf(laid, out, cancel=lambda: next(calls) >= 3)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_pdf_text_carries_every_chinese_character(laid, tmp_path, issue_folder):
    import subprocess
    out = tmp_path / "print.pdf"
    render_pdf(laid, out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    issue, _ = issue_folder
    wanted = {ch for art in issue.articles() for _, t in art.texts() for ch in t if "\u4e00" <= ch <= "\u9fff"}
    missing = {ch for ch in wanted if ch not in text}
    assert not missing

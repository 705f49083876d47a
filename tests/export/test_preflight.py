"""Preflight on hand-made PDFs: each rule must fire on a PDF that breaks it and stay quiet on a good one."""
from __future__ import annotations

import json

import pikepdf
import pytest
from PIL import Image

from editor.export.pdfx import make_pdfx
from editor.export.preflight import UnreadablePdf, preflight



def _good(make_test_pdf, tmp_path, cmyk_jpeg):
    pdf = make_test_pdf(tmp_path / "good.pdf", image=cmyk_jpeg)
    make_pdfx(pdf, title="测试")
    return pdf


def test_good_pdf_is_ready(make_test_pdf, tmp_path, cmyk_jpeg):
    report = preflight(_good(make_test_pdf, tmp_path, cmyk_jpeg))
    assert report.problems == []
    assert report.ready and report.pages == 4


def test_helvetica_is_not_embedded(make_test_pdf, tmp_path):
    pdf = make_test_pdf(tmp_path / "helv.pdf", font="Helvetica")
    make_pdfx(pdf, title="t")
    report = preflight(pdf)
    assert not report.ready
    fonts = [p for p in report.problems if p.rule == "PDF-FONT-NOT-EMBEDDED"]
    assert len(fonts) == 1 and "Helvetica" in fonts[0].message and fonts[0].page == 1


def test_rgb_image_and_rgb_text(make_test_pdf, tmp_path, rgb_png):
    pdf = make_test_pdf(tmp_path / "rgb.pdf", image=rgb_png, rgb_text=True)
    make_pdfx(pdf, title="t")
    report = preflight(pdf)
    rgb = [p for p in report.problems if p.rule == "PDF-RGB"]
    assert [p.page for p in rgb] == [1, 2, 3, 4]          # text on every page, the image on page 1
    assert "1" in rgb[0].message


def test_rgb_image_alone(make_test_pdf, tmp_path, rgb_png):
    pdf = make_test_pdf(tmp_path / "rgbimg.pdf", image=rgb_png)
    make_pdfx(pdf, title="t")
    assert [(p.rule, p.page) for p in preflight(pdf).problems] == [("PDF-RGB", 1)]


def test_missing_trimbox_and_bleed(make_test_pdf, tmp_path):
    pdf = make_test_pdf(tmp_path / "notrim.pdf", trim=False)
    make_pdfx(pdf, title="t")
    rules = [(p.rule, p.page) for p in preflight(pdf).problems]
    assert ("PDF-NO-TRIMBOX", 1) in rules and ("PDF-NO-TRIMBOX", 4) in rules
    assert ("PDF-NO-BLEED", 2) in rules


def test_thin_bleed(make_test_pdf, tmp_path):
    pdf = make_test_pdf(tmp_path / "thin.pdf", bleed_mm=1.0)
    make_pdfx(pdf, title="t")
    problems = [p for p in preflight(pdf).problems if p.rule == "PDF-NO-BLEED"]
    assert len(problems) == 4 and "1.0" in problems[0].message


def test_low_resolution_image(make_test_pdf, tmp_path):
    small = tmp_path / "small.jpg"
    Image.new("CMYK", (200, 200), (0, 0, 0, 50)).save(small)
    pdf = make_test_pdf(tmp_path / "lowres.pdf", image=small, image_mm=40)   # 127 ppi
    make_pdfx(pdf, title="t")
    res = [p for p in preflight(pdf).problems if p.rule == "PDF-IMAGE-RES"]
    assert len(res) == 1 and "127 ppi" in res[0].message


def test_image_resolution_follows_the_matrix_into_forms(make_test_pdf, tmp_path, cmyk_jpeg):
    """An image drawn inside a form XObject scaled by 2: its ppi halves (317 -> 159)."""
    pdf = make_test_pdf(tmp_path / "form.pdf", image=cmyk_jpeg)
    with pikepdf.open(pdf, allow_overwriting_input=True) as doc:
        page = doc.pages[0]
        form = pikepdf.Stream(doc, page.obj.Contents.read_bytes())
        form.Type, form.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
        form.BBox = page.mediabox
        form.Resources = page.Resources
        page.Resources.XObject = page.Resources.get("/XObject", pikepdf.Dictionary())
        page.Resources.XObject.Fm9 = form
        page.obj.Contents = pikepdf.Stream(doc, b"q 2 0 0 2 0 0 cm /Fm9 Do Q")
        doc.save(pdf)
    make_pdfx(pdf, title="t")
    res = [p for p in preflight(pdf).problems if p.rule == "PDF-IMAGE-RES"]
    assert len(res) == 1 and "159 ppi" in res[0].message


def test_page_count_and_pdfx_markers(make_test_pdf, tmp_path):
    pdf = make_test_pdf(tmp_path / "plain.pdf", pages=3)
    rules = {p.rule for p in preflight(pdf).problems}
    assert {"PDF-PAGE-COUNT", "PDF-NO-OUTPUTINTENT", "PDF-NO-PDFX-VERSION", "PDF-NO-XMP"} <= rules
    with pikepdf.open(pdf, allow_overwriting_input=True) as doc:
        doc.docinfo["/Trapped"] = pikepdf.Name("/Unknown")
        doc.save(pdf)
    assert "PDF-TRAPPED" in preflight(pdf).rules()


def test_page_size_mismatch(make_test_pdf, tmp_path, cmyk_jpeg):
    pdf = _good(make_test_pdf, tmp_path, cmyk_jpeg)
    with pikepdf.open(pdf, allow_overwriting_input=True) as doc:
        doc.pages[2].obj.TrimBox = pikepdf.Array([20, 20, 300, 400])
        doc.pages[2].obj.BleedBox = pikepdf.Array([10, 10, 310, 410])
        doc.save(pdf)
    assert [(p.rule, p.page) for p in preflight(pdf).problems] == [("PDF-PAGE-SIZE", 3)]


def test_json_shape(make_test_pdf, tmp_path):
    report = preflight(make_test_pdf(tmp_path / "j.pdf", pages=2))
    data = json.loads(report.to_json())
    assert set(data) == {"ready", "pages", "problems"} and data["pages"] == 2 and data["ready"] is False
    assert all(set(p) == {"rule", "page", "message"} for p in data["problems"])


def test_not_a_pdf(make_test_pdf, tmp_path):
    f = tmp_path / "x.pdf"
    f.write_text("hello")
    with pytest.raises(UnreadablePdf, match="不是 PDF"):
        preflight(f)


def test_truncated(make_test_pdf, tmp_path, cmyk_jpeg):
    pdf = _good(make_test_pdf, tmp_path, cmyk_jpeg)
    data = pdf.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadablePdf, match="截断"):
        preflight(cut)


def test_encrypted(make_test_pdf, tmp_path, cmyk_jpeg):
    pdf = _good(make_test_pdf, tmp_path, cmyk_jpeg)
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(pdf) as doc:
        doc.save(locked, encryption=pikepdf.Encryption(owner="o", user="u"))
    with pytest.raises(UnreadablePdf, match="加密"):
        preflight(locked)


def test_missing_file(make_test_pdf, tmp_path):
    with pytest.raises(UnreadablePdf):
        preflight(tmp_path / "none.pdf")


def test_bleed_beyond_the_page(make_test_pdf, tmp_path, cmyk_jpeg):
    pdf = _good(make_test_pdf, tmp_path, cmyk_jpeg)
    with pikepdf.open(pdf, allow_overwriting_input=True) as doc:
        media = [float(v) for v in doc.pages[1].mediabox]
        doc.pages[1].obj.MediaBox = pikepdf.Array([media[0] + 25, media[1] + 25, media[2] - 25, media[3] - 25])
        doc.save(pdf)
    problems = preflight(pdf).problems
    assert [(p.rule, p.page) for p in problems] == [("PDF-NO-BLEED", 2)] and "MediaBox" in problems[0].message


def test_ink_limit_on_pictures_and_fills(make_test_pdf, tmp_path):
    heavy = tmp_path / "heavy.jpg"
    Image.new("CMYK", (500, 500), (255, 255, 255, 255)).save(heavy, quality=95)   # 400 %
    pdf = make_test_pdf(tmp_path / "ink.pdf", image=heavy)
    make_pdfx(pdf, title="t")
    ink = [p for p in preflight(pdf).problems if p.rule == "PDF-INK"]
    assert [p.page for p in ink] == [1] and "400%" in ink[0].message
    # The same picture run through our profile comes out within the limit.
    from editor.export.images import prepare_image
    rgb = tmp_path / "dark.jpg"
    Image.new("RGB", (500, 500), (5, 5, 5)).save(rgb, quality=95)
    fine = make_test_pdf(tmp_path / "fine.pdf", image=prepare_image(rgb, "print", 40, 40, tmp_path / "c").output)
    make_pdfx(fine, title="t")
    assert "PDF-INK" not in preflight(fine).rules()


def test_ink_limit_on_vector_fills_but_not_registration_marks(tmp_path):
    import pikepdf as pk

    def one_page(content: bytes):
        doc = pk.new()
        page = doc.add_blank_page(page_size=(300, 300))
        page.obj.Contents = pk.Stream(doc, content)
        path = tmp_path / f"v{len(content)}.pdf"
        doc.save(path)
        return preflight(path)
    assert "PDF-INK" in one_page(b"1 1 1 0.9 k 10 10 50 50 re f").rules()          # 390 % rich black
    assert "PDF-INK" not in one_page(b"1 1 1 1 K 0 0 m 10 0 l S 0 0 0 1 k").rules()  # registration

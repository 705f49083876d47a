"""Preflight of PDFs we did not make: structures ReportLab never writes but other tools do."""
from __future__ import annotations

import zlib

import pikepdf

from editor.export.preflight import preflight


def _one_page(tmp_path, content: bytes, resources: dict | None = None, name="foreign.pdf"):
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(300, 300))
    page.obj.TrimBox = pikepdf.Array([20, 20, 280, 280])
    page.obj.BleedBox = pikepdf.Array([10, 10, 290, 290])
    page.obj.Contents = pikepdf.Stream(pdf, content)
    page.obj.Resources = pikepdf.Dictionary(resources(pdf) if resources else {})
    path = tmp_path / name
    pdf.save(path)
    return path


def test_inline_rgb_image(tmp_path):
    # 2 × 2 RGB inline image, 12 bytes, drawn 72 pt wide: 2 ppi.
    data = bytes([255, 0, 0] * 4)
    content = b"q 72 0 0 72 50 50 cm BI /W 2 /H 2 /CS /RGB /BPC 8 ID " + data + b" EI Q"
    problems = preflight(_one_page(tmp_path, content)).problems
    found = {(p.rule, p.page) for p in problems}
    assert ("PDF-RGB", 1) in found and ("PDF-IMAGE-RES", 1) in found


def test_icc_rgb_and_indexed_rgb_images(tmp_path):
    def resources(pdf):
        icc = pikepdf.Stream(pdf, b"\0" * 128)
        icc.N = 3
        base = dict(Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=600, Height=600,
                    BitsPerComponent=8, Filter=pikepdf.Name.FlateDecode)
        a = pikepdf.Stream(pdf, zlib.compress(b"\0" * 600 * 600 * 3), **base)
        a.ColorSpace = pikepdf.Array([pikepdf.Name.ICCBased, icc])
        b = pikepdf.Stream(pdf, zlib.compress(b"\0" * 600 * 600), **base)
        b.ColorSpace = pikepdf.Array([pikepdf.Name.Indexed, pikepdf.Name.DeviceRGB, 0, b"\0\0\0"])
        return {"/XObject": pikepdf.Dictionary(Im1=a, Im2=b)}
    content = b"q 100 0 0 100 30 30 cm /Im1 Do Q q 100 0 0 100 150 150 cm /Im2 Do Q"
    problems = preflight(_one_page(tmp_path, content, resources)).problems
    rgb = [p for p in problems if p.rule == "PDF-RGB"]
    assert len(rgb) == 1 and "2" in rgb[0].message       # both images counted on page 1
    assert not [p for p in problems if p.rule == "PDF-IMAGE-RES"]   # 432 ppi


def test_rgb_named_colour_space_for_fills(tmp_path):
    def resources(pdf):
        return {"/ColorSpace": pikepdf.Dictionary(CS0=pikepdf.Name.DeviceRGB)}
    content = b"/CS0 cs 1 0 0 sc 30 30 100 100 re f 0 0 0 1 k 30 150 100 100 re f"
    problems = preflight(_one_page(tmp_path, content, resources)).problems
    assert [(p.rule, p.page) for p in problems if p.rule == "PDF-RGB"] == [("PDF-RGB", 1)]


def test_cmyk_only_page_has_no_colour_problem(tmp_path):
    content = b"0 0 0 1 k 0 0 0 1 K 30 30 100 100 re f"
    problems = preflight(_one_page(tmp_path, content)).problems
    assert "PDF-RGB" not in {p.rule for p in problems}

"""Registering the prepared fonts with ReportLab, and what ends up in the PDF."""
from __future__ import annotations

import pikepdf
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from editor.layout import fonts


def test_names_are_stable_and_serif_bold_is_sans_bold(ready_fonts):
    assert fonts.register_font("serif") == "IssueDesk-Serif"
    assert fonts.register_font("sans") == "IssueDesk-Sans"
    assert fonts.register_font("sans", bold=True) == "IssueDesk-Sans-Bold"
    # No bold 宋体 exists: bold in body text is set in 黑体 (see the module docstring).
    assert fonts.register_font("serif", bold=True) == "IssueDesk-Sans-Bold"
    assert fonts.register_font("Serif") == "IssueDesk-Serif"   # cached, case-insensitive
    assert fonts.font_file("serif").name == "NotoSerifSC-Regular.ttf"
    assert fonts.font_file("serif", bold=True) == fonts.font_file("sans", bold=True)


def test_unknown_family_is_a_user_error(ready_fonts):
    with pytest.raises(fonts.UserError, match="serif"):
        fonts.font_file("gothic")


def test_missing_chars_finds_what_the_font_lacks(ready_fonts):
    text = "常州科技 2021年第3期，“十四五”。\n\U00020000\ue000"
    assert fonts.missing_chars(text, "serif") == {"\U00020000", "\ue000"}
    assert fonts.missing_chars(text, "sans", bold=True) == {"\U00020000", "\ue000"}
    assert fonts.missing_chars("编排台\u200b\r\n", "sans") == set()


def _embedded_fonts(path):
    found = {}
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for _, font in page.Resources.Font.items():
                desc = font.get("/FontDescriptor")
                found[str(font.BaseFont).lstrip("/")] = desc is not None and "/FontFile2" in desc
    return found


def test_pdf_embeds_and_subsets_both_families(ready_fonts, tmp_path):
    out = tmp_path / "fonts.pdf"
    serif, sans, bold = (fonts.register_font(f, b) for f, b in
                         (("serif", False), ("sans", False), ("sans", True)))
    doc = SimpleDocTemplate(str(out))
    doc.build([
        Paragraph("2021年全省重大项目集中开工", ParagraphStyle("t", fontName=bold, fontSize=18, leading=24)),
        Paragraph("常州市122个项目参加集中开工", ParagraphStyle("s", fontName=sans, fontSize=12, leading=18)),
        Paragraph("<b>本刊讯</b>　全省重大项目集中开工仪式在各地同步举行。",
                  ParagraphStyle("b", fontName=serif, fontSize=10, leading=16, wordWrap="CJK")),
    ])
    found = _embedded_fonts(out)
    ours = {name.split("+", 1)[-1]: (name, embedded) for name, embedded in found.items() if "+" in name}
    assert set(ours) == {"NotoSerifSC-Regular", "NotoSansSC-Regular", "NotoSansSC-Bold"}
    for name, embedded in ours.values():
        assert embedded, f"{name} is not embedded"
        assert len(name.split("+")[0]) == 6, f"{name} is not a subset"

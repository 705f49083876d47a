"""Families installed on the machine (SimSun/宋体 on office PCs), found by name, never shipped."""
from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTCollection, TTFont

from editor.errors import UserError
from editor.layout import fonts

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _renamed(path: Path, family: str) -> TTFont:
    font = TTFont(str(path))
    for rec in font["name"].names:
        if rec.nameID in (1, 4, 16):
            rec.string = family
    return font


@pytest.fixture
def windows_fonts(tmp_path, monkeypatch):
    """A Windows Fonts folder whose simsun.ttc holds two faces, SimSun then NSimSun."""
    if not (DEJAVU / "DejaVuSans.ttf").is_file():
        pytest.skip("needs DejaVu fonts to build a stand-in simsun.ttc")
    (tmp_path / "Fonts").mkdir()
    ttc = TTCollection()
    ttc.fonts = [_renamed(DEJAVU / "DejaVuSans.ttf", "SimSun"),
                 _renamed(DEJAVU / "DejaVuSerif.ttf", "NSimSun")]
    ttc.save(str(tmp_path / "Fonts" / "simsun.ttc"))
    monkeypatch.setenv("WINDIR", str(tmp_path))
    fonts.find_system_font.cache_clear()
    yield tmp_path / "Fonts" / "simsun.ttc"
    fonts.find_system_font.cache_clear()


def test_simsun_by_chinese_name_in_a_collection(windows_fonts):
    path, index, face = fonts.find_system_font("宋体")
    assert (path, index, face) == (windows_fonts, 0, "SimSun")
    assert fonts.find_system_font("NSimSun")[:2] == (windows_fonts, 1)
    assert fonts.find_system_font("新宋体")[:2] == (windows_fonts, 1)
    name = fonts.register_font("宋体")
    from reportlab.pdfbase import pdfmetrics
    assert name == "Sys-SimSun"
    assert pdfmetrics.getFont(name).face.filename == str(windows_fonts)
    # No bold SimSun: the regular face is what there is.
    assert fonts.find_system_font("SimSun", bold=True)[:2] == (windows_fonts, 0)
    assert fonts.missing_chars("A\ue000", "SimSun") == {"\ue000"}


def test_family_not_installed_names_it():
    fonts.find_system_font.cache_clear()
    with pytest.raises(UserError) as err:
        fonts.register_font("方正小标宋简体")
    assert "方正小标宋简体" in str(err.value) and "serif" in str(err.value)


def test_fontconfig_family(monkeypatch):
    if not (DEJAVU / "DejaVuSerif.ttf").is_file():
        pytest.skip("no DejaVu Serif installed to look up")
    fonts.find_system_font.cache_clear()
    path, index, _ = fonts.find_system_font("DejaVu Serif", bold=True)
    assert path.name == "DejaVuSerif-Bold.ttf" and index == 0

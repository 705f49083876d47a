"""Layouts are data: both shipped layouts load, a4 refines magazine-16k, and a broken file is
reported with its file and line, or the key that is wrong."""
from __future__ import annotations

import shutil

import pytest

from editor.errors import UserError
from editor.layout.template import REQUIRED_STYLES, available_layouts, load_layout
from editor.paths import layouts_dir


def test_shipped_layouts_load():
    assert {"magazine-16k", "a4"} <= set(available_layouts())
    mag = load_layout("magazine-16k")
    assert (mag.trim_w_mm, mag.trim_h_mm, mag.bleed_mm) == (210, 285, 3)
    assert (mag.columns, mag.news_columns) == (2, 3)
    assert set(REQUIRED_STYLES) <= set(mag.styles)
    assert mag.style("body").color == (0, 0, 0, 100)          # body text in K only
    assert mag.crop_offset_mm >= mag.bleed_mm


def test_a4_refines_the_16k_layout():
    a4, mag = load_layout("a4"), load_layout("magazine-16k")
    assert a4.trim_h_mm == 297 and a4.trim_w_mm == 210
    assert a4.margins.top != mag.margins.top
    assert a4.styles == mag.styles and a4.columns == mag.columns


def test_layout_by_folder_path(tmp_path):
    folder = tmp_path / "mine"
    shutil.copytree(layouts_dir() / "magazine-16k", folder)
    text = (folder / "layout.toml").read_text(encoding="utf-8").replace("body = 2 ", "body = 3 ")
    (folder / "layout.toml").write_text(text, encoding="utf-8")
    assert load_layout(folder).columns == 3


def _broken(tmp_path, old: str, new: str):
    folder = tmp_path / "broken"
    shutil.copytree(layouts_dir() / "magazine-16k", folder)
    path = folder / "layout.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_layout(folder)
    return str(err.value), text.replace(old, new, 1)


def test_syntax_error_names_file_and_line(tmp_path):
    message, text = _broken(tmp_path, "bleed_mm = 3 ", "bleed_mm = = 3 ")
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "bleed_mm = = 3" in l)
    assert "layout.toml" in message and f"第 {line} 行" in message


def test_unknown_key_is_named(tmp_path):
    message, _ = _broken(tmp_path, "gutter_mm = 5", "gutter = 5")
    assert "columns.gutter" in message


def test_wrong_value_is_named(tmp_path):
    message, _ = _broken(tmp_path, "size_pt = 9.5\nleading_pt = 15", 'size_pt = "big"\nleading_pt = 15')
    assert "styles.body.size_pt" in message


def test_unknown_colour_name_is_named(tmp_path):
    message, _ = _broken(tmp_path, 'color = "grey"', 'color = "gray"')
    assert "styles.kicker.color" in message and "gray" in message


def test_crop_marks_must_stand_outside_the_bleed(tmp_path):
    message, _ = _broken(tmp_path, "offset_mm = 3 ", "offset_mm = 1 ")
    assert "marks.offset_mm" in message


def test_unknown_layout_name():
    with pytest.raises(UserError) as err:
        load_layout("no-such-layout")
    assert "magazine-16k" in str(err.value)


def test_an_office_layout_in_the_user_folder_is_found_by_name(tmp_path, monkeypatch):
    monkeypatch.setenv("ISSUEDESK_DATA", str(tmp_path))
    mine = tmp_path / "layouts" / "our-16k"
    mine.mkdir(parents=True)
    (mine / "layout.toml").write_text('name = "our-16k"\nbase = "magazine-16k"\n[columns]\ngutter_mm = 6\n',
                                      encoding="utf-8")
    assert "our-16k" in available_layouts() and "magazine-16k" in available_layouts()
    ours = load_layout("our-16k")
    assert ours.gutter_mm == 6 and ours.trim_h_mm == 285


def test_a_layout_file_is_parsed_again_only_when_its_text_changes(tmp_path, monkeypatch):
    import tomllib
    monkeypatch.setenv("ISSUEDESK_DATA", str(tmp_path / "data"))
    folder = tmp_path / "mine"
    shutil.copytree(layouts_dir() / "magazine-16k", folder)
    first = load_layout(folder)
    parsed = []
    real = tomllib.loads
    monkeypatch.setattr(tomllib, "loads", lambda text: parsed.append(text) or real(text))
    assert load_layout(folder) == first and parsed == []          # the kept copy
    path = folder / "layout.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("body = 2 ", "body = 3 "), encoding="utf-8")
    assert load_layout(folder).columns == 3 and len(parsed) == 1
    # a damaged copy is parsed again, not trusted
    for kept in (tmp_path / "data" / "cache" / "layouts").iterdir():
        kept.write_bytes(b"\x00junk")
    assert load_layout(folder).columns == 3 and len(parsed) == 2

"""FIGURE-CAPTION, FIGURE-MISSING, FIGURE-PENDING, FIGURE-RES, FIGURE-COLOR."""
from __future__ import annotations

from PIL import Image

from editor.checks import run_checks
from editor.layout.pagemap import PageMap, PlacedFigure
from editor.model import Figure, ImageInfo, PhotoPage


def _with_figures(build, *figures):
    art = build.article("a1", "华罗庚高新区揭牌", "正文")
    art.blocks += list(figures)
    return build.issue(("专稿", [art]))


def test_caption_missing(build):
    issue = _with_figures(build, Figure("f1", "images/a.jpg", caption="揭牌仪式"), Figure("f2", "images/b.jpg", caption=" "))
    issue.photo_pages = [PhotoPage("p1", figures=[Figure("f3", "images/c.jpg")])]
    found = run_checks(issue, rules=["FIGURE-CAPTION"])
    assert [f.location["figure"] for f in found] == ["f2", "f3"]
    assert found[0].location == {"article": "a1", "block": 2, "figure": "f2"}


def test_pictures_lost_in_print_are_one_note(build):
    figs = [Figure(f"f{i}", None, caption=f"图{i}") for i in range(30)]
    issue = _with_figures(build, *figs)
    found = run_checks(issue, rules=["FIGURE-PENDING", "FIGURE-MISSING", "FIGURE-RES"], folder=".")
    assert [(f.rule, f.severity) for f in found] == [("FIGURE-PENDING", "info")]
    assert "30" in found[0].message and len(found[0].data["figures"]) == 30


def test_image_file_missing_unreadable_or_outside(build, tmp_path):
    (tmp_path / "images").mkdir()
    Image.new("RGB", (40, 30), "red").save(tmp_path / "images" / "good.jpg")
    (tmp_path / "images" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    issue = _with_figures(build, Figure("f1", "images/good.jpg", "好"), Figure("f2", "images/gone.jpg", "缺"),
                          Figure("f3", "images/broken.jpg", "坏"), Figure("f4", "../elsewhere.jpg", "外"))
    found = run_checks(issue, rules=["FIGURE-MISSING"], folder=tmp_path)
    assert [f.location["figure"] for f in found] == ["f2", "f3", "f4"]
    assert all(f.severity == "error" for f in found)
    assert "不存在" in found[0].message and "无法读取" in found[1].message and "期刊文件夹" in found[2].message
    assert run_checks(issue, rules=["FIGURE-MISSING"]) == []      # no folder: nothing to open


def test_resolution_at_placed_size(build):
    def fig(fid, px, mm):
        return Figure(fid, f"images/{fid}.jpg", "图", width_mm=mm, info=ImageInfo(px, px, mode="CMYK"))
    issue = _with_figures(build, fig("ok", 1200, 100), fig("soft", 1000, 100), fig("bad", 500, 100),
                          Figure("free", "images/free.jpg", "图", info=ImageInfo(300, 300)))
    found = run_checks(issue, rules=["FIGURE-RES"])
    assert [(f.location["figure"], f.severity, f.data["ppi"]) for f in found] == [
        ("soft", "warning", 254.0), ("bad", "error", 127.0)]


def test_resolution_from_the_pagemap_wins(build):
    issue = _with_figures(build, Figure("f1", "images/f1.jpg", "图", width_mm=50, info=ImageInfo(3000, 2000)))
    assert run_checks(issue, rules=["FIGURE-RES"]) == []
    pm = PageMap("t", figures=[PlacedFigure("f1", 3, 0, 0, 180, 120, ppi=140.0)])
    found = run_checks(issue, pm, rules=["FIGURE-RES"])
    assert len(found) == 1 and found[0].severity == "error"


def test_colour_modes(build):
    issue = _with_figures(build, Figure("rgb", "images/a.jpg", "图", info=ImageInfo(10, 10, mode="RGB")),
                          Figure("cmyk", "images/b.jpg", "图", info=ImageInfo(10, 10, mode="CMYK")),
                          Figure("grey", "images/c.jpg", "图", info=ImageInfo(10, 10, mode="L")),
                          Figure("pal", "images/d.png", "图", info=ImageInfo(10, 10, mode="P")))
    found = run_checks(issue, rules=["FIGURE-COLOR"])
    assert [(f.location["figure"], f.severity) for f in found] == [("rgb", "info"), ("pal", "info")]
    assert "索引色" in found[1].message


def test_supplied_pictures_are_not_pending(build):
    issue = _with_figures(build, Figure("f1", "images/a.jpg", caption="揭牌仪式"))
    assert run_checks(issue, rules=["FIGURE-PENDING"]) == []


def test_cover_photo_file_and_description(build, tmp_path):
    issue = _with_figures(build)
    issue.meta.cover.image = "images/cover.jpg"
    found = run_checks(issue, rules=["FIGURE-MISSING", "FIGURE-CAPTION"], folder=tmp_path)
    assert [(f.rule, f.location) for f in found] == [("FIGURE-CAPTION", {"field": "cover.description"}),
                                                     ("FIGURE-MISSING", {"field": "cover.image"})]
    (tmp_path / "images").mkdir()
    Image.new("CMYK", (30, 40)).save(tmp_path / "images" / "cover.jpg")
    issue.meta.cover.description = "市长陈金虎一行在了解恒立液压系统项目建设发展情况"
    assert run_checks(issue, rules=["FIGURE-MISSING", "FIGURE-CAPTION"], folder=tmp_path) == []


def test_cover_photo_lost_in_print_is_part_of_the_note(build):
    issue = _with_figures(build, Figure("f1", None, caption="揭牌仪式"))
    issue.meta.cover.description = "市长陈金虎一行在了解恒立液压系统项目建设发展情况"
    found = run_checks(issue, rules=["FIGURE-PENDING"])
    assert len(found) == 1 and found[0].data["figures"] == ["f1", "cover"] and "封面" in found[0].message


def test_placed_size_rounding_does_not_make_300_ppi_too_low(build):
    issue = _with_figures(build, Figure("f15", "images/a.jpg", "图", width_mm=101.6, height_mm=59.3,
                                        info=ImageInfo(1200, 700, mode="CMYK")))
    assert run_checks(issue, rules=["FIGURE-RES"]) == []

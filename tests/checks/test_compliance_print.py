"""INTERNAL-MARKINGS; TEXT-OVERSET, PAGE-COUNT and GLYPH-MISSING."""
from __future__ import annotations

import pytest

from editor.checks import run_checks
from editor.layout.pagemap import Overset, PageInfo, PageMap
from editor.model import Role


def _internal(build, **meta):
    values = dict(permit="S(2021)04000025", internal_marking="内部资料 免费交流",
                  publishers=[Role("主办", ["常州市科学技术局"])], distribution="本市科技系统及相关单位",
                  printer="常州市通华印刷有限公司", print_date="2021年3月15日", print_run=3000)
    values.update(meta)
    return build.issue(("专稿", []), **values)


def test_complete_internal_publication(build):
    assert run_checks(_internal(build), rules=["INTERNAL-MARKINGS"]) == []


def test_missing_distribution_and_print_date(build):
    found = run_checks(_internal(build, distribution=None, print_date=""), rules=["INTERNAL-MARKINGS"])
    assert [f.location["field"] for f in found] == ["distribution", "print_date"]
    assert "发送对象" in found[0].message and "印刷日期" in found[1].message


def test_cover_marking_and_permit(build):
    found = run_checks(_internal(build, internal_marking="内部资料", permit="04000025"), rules=["INTERNAL-MARKINGS"])
    assert [f.location["field"] for f in found] == ["permit", "internal_marking"]


def test_not_internal_no_requirements(build):
    assert run_checks(_internal(build, permit=None, distribution=None, print_run=None),
                      rules=["INTERNAL-MARKINGS"]) == []


def test_overset_and_page_count(build):
    issue = build.issue(("专稿", [build.article("a1", "一批重点项目集中开工")]))
    pm = PageMap("t", pages=[PageInfo(i, i, "article") for i in range(1, 9)],
                 overset=[Overset("a1", blocks=2, chars=340)])
    found = run_checks(issue, pm, rules=["TEXT-OVERSET", "PAGE-COUNT"])
    assert [(f.rule, f.location) for f in found] == [("TEXT-OVERSET", {"article": "a1"})]
    assert "340" in found[0].message
    pm.pages.pop()
    assert [f.rule for f in run_checks(issue, pm, rules=["PAGE-COUNT"])] == ["PAGE-COUNT"]


def test_glyphs_from_the_pagemap(build):
    issue = build.issue(("专稿", [build.article("a1", "甲")]))
    pm = PageMap("t", missing_glyphs={"\ue000": ["a1"]})
    found = run_checks(issue, pm, rules=["GLYPH-MISSING"])
    assert len(found) == 1 and found[0].data["char"] == "\ue000" and found[0].location == {"article": "a1"}


def test_glyphs_from_the_fonts(build):
    fonts = pytest.importorskip("editor.layout.fonts")
    if not fonts.fonts_ready():
        pytest.skip("the prepared fonts are not here (issuedesk fonts prepare)")
    issue = build.issue(("专稿", [build.article("a1", "常州科技", "正文里有一个私用区字符\ue000。", "钢铁𪚥")]))
    found = run_checks(issue, rules=["GLYPH-MISSING"])
    chars = {f.data["char"]: f.location for f in found}
    assert chars["\ue000"] == {"article": "a1", "block": 0}
    assert "常" not in chars and "钢" not in chars


def test_glyphs_unchecked_when_fonts_are_not_ready(build, monkeypatch):
    fonts = pytest.importorskip("editor.layout.fonts")
    monkeypatch.setattr(fonts, "fonts_ready", lambda: False)
    found = run_checks(build.issue(("专稿", [build.article("a1", "甲")])), rules=["GLYPH-MISSING"])
    assert [(f.rule, f.severity) for f in found] == [("GLYPH-MISSING", "info")]


def test_line_breaks_against_the_punctuation_rules(build):
    from editor.layout.pagemap import LineRecord
    issue = build.issue(("专稿", [build.article("a1", "甲")]))
    lines = ["常州市科学技术局主办的会议在", "，今天召开。他说", "“我们要努力", "——这是", "目标…", "…之后",
             "见《", "常州科技》一文。", "……"]
    pm = PageMap("t", pages=[PageInfo(1, None, "cover"), PageInfo(2, 5, "article")],
                 lines=[LineRecord(2, 1, text, "a1") for text in lines])
    found = run_checks(issue, pm, rules=["LINE-BREAK"])
    assert [f.data["index"] for f in found] == [2, 2, 2, 2]
    assert [f.message[:4] for f in found] == ["行首是“", "行首是“", "破折号或", "行末是“"]
    assert all(f.location == {"article": "a1", "page": 5} for f in found)


def test_nothing_overset(build):
    issue = build.issue(("专稿", [build.article("a1", "甲")]))
    pm = PageMap("t", pages=[PageInfo(i, i, "article") for i in range(1, 5)])
    assert run_checks(issue, pm, rules=["TEXT-OVERSET", "PAGE-COUNT", "LINE-BREAK"]) == []


def test_glyphs_in_a_system_font_the_machine_lacks(build, monkeypatch):
    fonts = pytest.importorskip("editor.layout.fonts")
    if not fonts.fonts_ready():
        pytest.skip("the prepared fonts are not here (issuedesk fonts prepare)")
    import editor.checks.print as print_rules
    monkeypatch.setattr(print_rules, "_layout_fonts", lambda name: {"serif": "No Such Song", "sans": "sans"})
    found = run_checks(build.issue(("专稿", [build.article("a1", "甲", "正文")])), rules=["GLYPH-MISSING"])
    assert [(f.severity, "No Such Song" in f.message) for f in found] == [("info", True)]


def test_glyphs_from_the_pagemap_and_from_the_text_agree(build, tmp_path):
    """An export trusts what layout recorded; `issuedesk check` without layout asks the fonts:
    both name the same characters, in the same articles."""
    fonts = pytest.importorskip("editor.layout.fonts")
    if not fonts.fonts_ready():
        pytest.skip("the prepared fonts are not here (issuedesk fonts prepare)")
    from editor.layout.paginate import lay_out
    issue = build.issue(("专稿", [build.article("a1", "常州科技\ue001", "正文里有一个私用区字符\ue000。"),
                                 build.article("a2", "乙文", "又是\ue000，还有\ue002。", "钢铁")]))
    pm = lay_out(issue, tmp_path).pagemap
    laid = run_checks(issue, pm, rules=["GLYPH-MISSING"])
    unlaid = run_checks(issue, rules=["GLYPH-MISSING"])
    # (without layout the characters come family by family: body text first, then titles)
    assert [(f.data["char"], f.location["article"], f.severity) for f in laid] == \
        sorted((f.data["char"], f.location["article"], f.severity) for f in unlaid) == \
        [("\ue000", "a1", "error"), ("\ue001", "a1", "error"), ("\ue002", "a2", "error")]
    assert [f.data["articles"] for f in laid] == [2, 1, 1]


def test_glyphs_of_a_laid_out_issue_are_not_looked_up_again(build, monkeypatch):
    """Layout found no missing character: the check believes it and does not read the text
    against the fonts a second time."""
    fonts = pytest.importorskip("editor.layout.fonts")

    def asked(*args, **kwargs):
        raise AssertionError("the fonts were asked again")
    monkeypatch.setattr(fonts, "missing_chars", asked)
    monkeypatch.setattr(fonts, "fonts_ready", asked)
    issue = build.issue(("专稿", [build.article("a1", "常州科技", "正文")]))
    assert run_checks(issue, PageMap("t"), rules=["GLYPH-MISSING"]) == []

"""PUNCT-DASH (a lone dash between Han characters) and TEXT-BROKEN-WORD (T V南德): what is flagged
and what is right as it stands."""
from __future__ import annotations

import pytest

from editor.checks import RULES, explain, run_checks
from editor.checks.misprints import lone_dashes


def _one(build, rule, *paras):
    issue = build.issue(("专稿", [build.article("a1", "标题", *paras)]))
    return run_checks(issue, rules=[rule])


@pytest.mark.parametrize("text, word", [
    ("聚集一大批“三高—资”型企业", None),        # the sample: 三高一资 with the 一 set as a dash
    ("企业“三高－资”型", None),                  # full-width hyphen
    ("引进“三高-资”型", None),                   # plain hyphen
    ("要坚持统—思想", "统一"),
    ("全省唯—的平台", "唯一"),
    ("进—步推动改革", "进一步"),
    ("推进长三角—体化发展", "一体化"),
    ("位列全省第—名", "第一"),
])
def test_lone_dash_flagged(build, text, word):
    found = _one(build, "PUNCT-DASH", text)
    assert len(found) == 1 and found[0].location == {"article": "a1", "block": 0}
    assert found[0].severity == "warning" and found[0].data["word"] == word
    assert ("一" in found[0].message) and ("——" in found[0].message or word in found[0].message)


@pytest.mark.parametrize("text", [
    "企业——持续强化创新引领",                    # the two-em dash is right
    "三高一资型企业",                             # a real 一
    "打造“众创空间—孵化器—加速器—科技产业园”",  # the connecting dash between terms
    "东南大学—溧阳市人民政府签约",
    "高铁线路（京—沪、京—广）",                   # one-character short forms on both sides
    "感知系统—决策系统",                          # 系统—, not 统一
    "引进—消化—吸收—再创新",
    "《行动方案（2021—2023）》",                  # years: numbers, not Han
    "力争引进5-7个项目",                          # a range: NUMBER-RANGE's business
    "电话：0519-86637820，地址1-A-709室",
    "持续 — 发展",                                # spaced on both sides: a dash set loosely
    "—些企业",                                    # nothing before it: not between Han
])
def test_lone_dash_not_flagged(build, text):
    assert _one(build, "PUNCT-DASH", text) == []


def test_lone_dash_details():
    hit, = lone_dashes("聚集一大批“三高—资”型（高科技")
    assert hit == {"text": "批“三高—资”型（", "dash": "—", "word": None}
    assert [h["word"] for h in lone_dashes("统—规划，系统—平台，唯—一家")] == ["统一", "唯一"]


@pytest.mark.parametrize("text", ["公司是由T V南德中国控股", "获得U S B接口认证", "A B C三类"])
def test_broken_latin_word_flagged(build, text):
    found = _one(build, "TEXT-BROKEN-WORD", text)
    assert len(found) == 1 and found[0].location == {"article": "a1", "block": 0}
    assert found[0].data["letters"] in text


@pytest.mark.parametrize("text", ["TÜV南德中国", "TÜV 南德", "A、B两类企业", "维生素C 和 D", "T 型钢",
                                  "NBA 球星", "AB C类"])
def test_broken_latin_word_not_flagged(build, text):
    """Whole words, one letter, spaced before the Chinese, or the letters of a longer word."""
    assert _one(build, "TEXT-BROKEN-WORD", text) == []


def test_new_rules_are_registered_and_explained(monkeypatch):
    for rid in ("PUNCT-DASH", "TEXT-BROKEN-WORD"):
        r = RULES[rid]
        assert r.severity == "warning" and r.group == "text" and not r.needs_pages
        assert r.title_zh and r.title_en and r.explanation_zh and r.explanation_en
    assert "——" in explain("punct-dash") and "GB/T 15834" in explain("PUNCT-DASH")
    monkeypatch.setenv("ISSUEDESK_LANG", "en")
    assert "dash" in explain("PUNCT-DASH") and "TÜV" in explain("TEXT-BROKEN-WORD")


def test_dash_found_in_a_caption_and_a_contents_line(build):
    from editor.model import Figure
    art = build.article("a1", "三高一资型企业", "正文。")
    art.blocks.append(Figure("f01", caption="“三高—资”型企业展位"))
    issue = build.issue(("专稿", [art]), contents=[("专稿", "“三高—资”型企业", 3, "a1")])
    found = run_checks(issue, rules=["PUNCT-DASH"])
    assert sorted(str(f.location) for f in found) == sorted([str({"article": "a1", "block": 1, "figure": "f01"}),
                                                             str({"entry": "c01"})])

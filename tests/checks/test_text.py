"""PUNCT-WIDTH, PUNCT-PAIR, NUMBER-SPACING, TEXT-DOUBLED, NUMBER-RANGE, PUNCT-SERIES."""
from __future__ import annotations

import pytest

from editor.checks import run_checks


def _one(build, rule, *paras):
    issue = build.issue(("专稿", [build.article("a1", "标题", *paras)]))
    return run_checks(issue, rules=[rule])


@pytest.mark.parametrize("text", ["常州,武进两区", "主要指标争一流;创新要素翻一番", "准印证号:S(2021)04000025",
                                  "副主任(以姓氏笔画为序)", "成员 (以姓氏笔画为序)", "已经完成.下一步"])
def test_half_width_marks_in_chinese(build, text):
    found = _one(build, "PUNCT-WIDTH", text)
    assert len(found) == 1 and found[0].location == {"article": "a1", "block": 0}


@pytest.mark.parametrize("text", ["年产值约1,000亿元", "比例为3:1", "“Phoenix”领航计划", "网址：http://kjj.changzhou.gov.cn/",
                                  "准印证号：S(2021)04000025", "产能约为34GWh，建成后", "T.V. Rheinland 南德",
                                  "增长23.5%，位居", "常州市行政中心（龙城大道1280号）"])
def test_half_width_marks_that_are_right(build, text):
    assert _one(build, "PUNCT-WIDTH", text) == []


def test_unbalanced_pairs(build):
    found = _one(build, "PUNCT-PAIR", "他说：“我们要努力。", "下一段。", "《中以常州创新园创新十二条）等政策。")
    assert [f.location["block"] for f in found] == [0, 2]


def test_pairs_split_by_a_column_break_or_quoting_paragraphs_are_fine(build):
    assert _one(build, "PUNCT-PAIR",
                "是打造“国际化智造名城、", "长三角中轴枢纽”的关键支撑。",
                "“第一段引文没有后引号。", "“第二段引文收尾。”",
                "China’s ‘十四五’规划（草案）。") == []


def test_number_spacing_names_the_minority(build):
    issue = build.issue(("专稿", [build.article("a1", "甲", "2021年完成122个项目，总投资1703亿元。"),
                                  build.article("a2", "乙", "2020 年全区 41 家企业。")]))
    found = run_checks(issue, rules=["NUMBER-SPACING"])
    assert [f.location for f in found] == [{"article": "a2"}]
    assert found[0].severity == "info" and "2020 年" in found[0].message


def test_number_spacing_one_style_is_fine(build):
    issue = build.issue(("专稿", [build.article("a1", "甲", "2021年完成122个项目。"),
                                  build.article("a2", "乙", "2020年全区41家企业，约23.5%。")]))
    assert run_checks(issue, rules=["NUMBER-SPACING"]) == []


def test_doubled_words(build):
    assert len(_one(build, "TEXT-DOUBLED", "这是企业的的核心竞争力，，也是关键。")) == 2
    assert _one(build, "TEXT-DOUBLED", "的的确确是人人都知道的事，常常如此。") == []


def test_ranges_with_a_hyphen(build):
    found = _one(build, "NUMBER-RANGE", "力争引进5-7个项目，排放下降30%-40%，补贴15万元-20万元。")
    assert len(found) == 1 and found[0].data["examples"] == ["5-7个", "30%-40%", "15万元-20万元"]
    assert _one(build, "NUMBER-RANGE", "电话：0519-86637820，日期2021-03-15，1-A-709室，5～7个，2021—2023年") == []


def test_comma_between_quoted_items(build):
    assert len(_one(build, "PUNCT-SERIES", "布局“细胞银行”、“细胞治疗”等产业")) == 1
    assert _one(build, "PUNCT-SERIES", "布局“细胞银行”“细胞治疗”等产业，《甲》（2020）、《乙》") == []


def test_sentence_pasted_twice(build):
    same = "全市上下要扎实开展重大项目攻坚突破年活动，推动重大项目接续落地。"
    issue = build.issue(("专稿", [build.article("a1", "甲", "开头。" + same, "会议指出。会议指出。"),
                                  build.article("a2", "乙", same + "结尾。")]))
    found = run_checks(issue, rules=["TEXT-REPEATED"])
    assert [(f.location, f.data["first"]) for f in found] == [({"article": "a2", "block": 0}, {"article": "a1", "block": 0})]


def test_pairs_inside_a_sidebar(build):
    from editor.model import Paragraph, Sidebar
    art = build.article("a1", "标题", "正文。")
    art.blocks.append(Sidebar("链接标题", [Paragraph.of("发布《中以常州创新园创新十二条等政策。")]))
    found = run_checks(build.issue(("专稿", [art])), rules=["PUNCT-PAIR"])
    assert [f.location for f in found] == [{"article": "a1", "block": 1}]

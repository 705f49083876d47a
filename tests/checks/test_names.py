"""NAME-VARIANT: spelling variants of one organisation; abbreviations and different words in
front of one name are not variants."""
from __future__ import annotations

from editor.checks import run_checks


def _variants(build, *paras):
    issue = build.issue(("专稿", [build.article("a1", "标题", *paras)]))
    return [tuple(f.data["forms"]) for f in run_checks(issue, rules=["NAME-VARIANT"])]


def test_one_character_apart_in_an_organisation_name(build):
    found = _variants(build, "国立高端装备创新中心正式启用。", "常州国立高端装备创新中心作为研究院的重要创新平台。",
                      "目前，固立高端装备创新中心与常州大学合作。")
    assert found == [("国立高端装备创新中心", "固立高端装备创新中心")]


def test_registered_name_with_a_word_more(build):
    found = _variants(build, "李华飞一行4人赴上海原能细胞集团有限公司考察调研。",
                      "上海原能细胞科技集团有限公司产业发展副总裁孟君参加了洽谈。")
    assert found == [("上海原能细胞集团有限公司", "上海原能细胞科技集团有限公司")]


def test_core_of_a_registered_name_with_a_slip(build):
    found = _variants(build, "纵慧芯光、世竟液态金属、高凯精密获评潜在独角兽企业。",
                      "常州世竞液态金属有限公司是一家专业从事液态金属材料研发的高科技公司。")
    assert found == [("世竞液态金属", "世竟液态金属")]


def test_abbreviations_and_context_are_not_variants(build):
    assert _variants(
        build,
        "武进高新区坚持以创新为引领。武进国家高新区将以市委要求为目标。",
        "常州高新区与常州国家高新区，江苏中关村高新区与江苏省中关村高新区。",
        "华罗庚高新区揭牌，省级华罗庚高新区获批。",
        "这也是武进国家高新区的大事，也为武进国家高新区注入动力。",
        "分别为朱林现代产业园、指前现代产业园、儒林现代产业园。",
        "朱林现代产业园、儒林现代产业园各有分工。",
        "金坛区科技局、武进区科技局、新北区科技局、天宁区科技局、钟楼区科技局协办。",
        "常州两个国家高新区，武进国家高新区，全国首批共有 13 家国家高新区。",
        "中天钢铁集团有限公司与中天钢铁集团是一家。",
        "青溪绿能储电科技有限公司成立五年。绿能储电以技术创新打开储能市场。",
        "常州市第一人民医院与常州市第二人民医院联合。中航锂电一期产业园与中航锂电二期产业园相邻。") == []


def test_variant_reported_once_with_where_each_form_stands(build):
    a1 = build.article("a1", "甲", "国立高端装备创新中心正式启用。")
    a2 = build.article("a2", "乙", "目前，固立高端装备创新中心与常州大学合作。", "固立高端装备创新中心负责人表示。")
    issue = build.issue(("专稿", [a1, a2]))
    found = run_checks(issue, rules=["NAME-VARIANT"])
    assert len(found) == 1 and found[0].data["where"] == {"国立高端装备创新中心": ["a1"], "固立高端装备创新中心": ["a2"]}
    assert found[0].location == {"article": "a1", "block": 0}


def test_board_member_misnamed_in_the_text(build):
    from editor.model import Role
    issue = build.issue(("专稿", [build.article("a1", "标题", "市科技局副局长张朝辉出席。高新处处长赵暖主持。",
                                                "市科技局局长刘斌表示，张朝阳等企业家参加。总经理刘金石说。")]),
                        board=[Role("主任", ["刘斌"]), Role("副主任", ["张朝晖", "赵新"]), Role("成员", ["赵暖"])])
    found = run_checks(issue, rules=["NAME-VARIANT"])
    assert [tuple(f.data["forms"]) for f in found] == [("张朝晖", "张朝辉")]


def test_slip_in_a_name_ending_in_a_single_word(build):
    found = _variants(build, "活动在常州市科学技术博物馆举行。", "参观了常州市科学技木博物馆的展厅。")
    assert found == [("常州市科学技术博物馆", "常州市科学技木博物馆")]

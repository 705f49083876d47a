"""Where the composer breaks a varied set of paragraphs, pinned: marks in pairs, ——, ……, Latin
words, numbers with units, full-width digits, spaces, line feeds, bold spans, a word wider than
the line, ragged phrases. The expected lines were taken from the composer before it was
rewritten for speed (task H3a), so a faster composer must break exactly where the old one did.
ReportLab's built-in STSong-Light is used: its metrics need no font file."""
from __future__ import annotations

import pytest

from editor.layout.compose import Span, compose_paragraph

F = "STSong-Light"
S = 10.0


def _plain(text):
    return [Span(text, F, S)]


CASES = {
    "marks in pairs": (
        _plain("“十四五”开局之年，常州市科技局（以下简称“市局”）坚持创新驱动。“我们要做什么？”"
               "他问道：“建设《长三角》创新高地！”"), 12,
        ["“十四五”开局之年，", "常州市科技局（以下简称“市", "局”）坚持创新驱动。“我们",
         "要做什么？”他问道：“建设", "《长三角》创新高地！”"]),
    "dashes and ellipses": (
        _plain("企业——持续强化创新引领……推动产业转型升级——这是共识……也是方向。常州——"), 11,
        ["企业——持续强化创", "新引领……推动产业转型", "升级——这是共识……也", "是方向。常州——"]),
    "Latin words, numbers, units": (
        _plain("全年申请专利7738件，其中PCT国际专利申请 126 件；5G基站、AI芯片和Wi-Fi 6产品产值达"
               "51.8亿元，容量160 GWh，增长23.2%。"), 13,
        ["全年申请专利7738件，", "其中PCT国际专利申请 126 件；", "5G基站、AI芯片和Wi-Fi 6",
         "产品产值达51.8亿元，容量", "160 GWh，增长23.2%。"]),
    "full-width digits and letters": (
        _plain("第３期刊登了２０２１年ＧＤＰ数据，占比７９％，较上年提高１２．５个百分点，位列全省第１名。"), 10,
        ["第３期刊登了", "２０２１年ＧＤＰ数据，", "占比７９％，较上年提", "高１２．５个百分点，",
         "位列全省第１名。"]),
    "spaces and line feeds": (
        _plain("智创未来 谋局而定\n中天钢铁为世界一流作创新注解 常州 2021 年  科技 进步奖\n获奖项目共计 35 项。"), 9,
        ["智创未来 谋局", "而定\n", "中天钢铁为世界一流", "作创新注解 常州 ", "2021 年  科技 进步奖\n",
         "获奖项目共计 35 项。"]),
    "bold spans": (
        [Span("聚力创新，", F, S, bold=True), Span("高起点建设国家创新型城市。", F, S),
         Span("产业强市：", F, S, bold=True), Span("打造“智造名城”，实施“532”发展战略，建设长三角中轴枢纽。", F, S)], 12,
        ["聚力创新，高起点建设", "国家创新型城市。产业强市：", "打造“智造名城”，实施“532”",
         "发展战略，建设长三角中轴", "枢纽。"]),
    "word wider than the line": (
        _plain("访问网址http://kjj.changzhou.gov.cn/index.html查看全文，或拨打0519-86637820咨询。"), 8,
        ["访问网址http://", "kjj.changzhou.gov.c", "n/index.html查看", "全文，或拨打", "0519-86637820咨",
         "询。"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_breaks_as_before(name):
    spans, ems, expected = CASES[name]
    lines = compose_paragraph(spans, ems * S, first_indent=2 * S)
    assert [line.text for line in lines] == expected
    # every line but a paragraph's last and one ended by a line feed fills the measure
    for line in lines:
        if not line.last and not line.text.endswith("\n"):
            assert line.justified and line.end == pytest.approx(ems * S)


def test_ragged_title_breaks_between_phrases_as_before():
    spans = [Span("智创未来 谋局而定 中天钢铁为世界一流作创新注解", F, S),
             Span("——2021 年科技创新大会", F, S, bold=True)]
    lines = compose_paragraph(spans, 140, align="center")
    assert [line.text for line in lines] == ["智创未来 谋局而定 ", "中天钢铁为世界一流作创新注",
                                             "解——2021 年科技创新大会"]
    assert [line.glyphs[0].x for line in lines] == pytest.approx([28.965, 5.0, 9.51], abs=1e-3)

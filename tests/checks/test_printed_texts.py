"""The punctuation rules read the small print too: board notes, colophon fields, cover, section
names, and what only a printed copy holds (its contents lines, cover lines repeated inside)."""
from __future__ import annotations

from editor.checks import CheckContext, run_checks
from editor.model import Figure, Imprint, PhotoPage, Role


def _width(issue):
    return sorted(str(f.location) for f in run_checks(issue, rules=["PUNCT-WIDTH"]))


def test_half_width_marks_in_the_metadata_are_found(build):
    issue = build.issue(("动态,要闻", [build.article("a1", "标题", "正文。")]))
    meta = issue.meta
    meta.board = [Role("主任", ["刘某"]), Role("副主任", ["王某", "李某"], note="(以姓氏笔画为序)")]
    meta.permit = "S(2021)04000025"                       # right as it stands: no finding
    meta.printer = "常州市某某印刷有限公司(常州)"
    meta.cover.slogan = "科技,引领未来"
    meta.cover.credit = "(陈曦摄)"
    meta.cover.lines = ["2021年全省重大项目集中开工;常州122个"]
    issue.photo_pages = [PhotoPage("p01", "图片新闻", figures=[Figure("f01", caption="市长一行在了解项目建设情况(一)")])]
    assert _width(issue) == sorted(str(loc) for loc in [
        {"field": "cover.lines[0]"}, {"field": "cover.slogan"}, {"field": "cover.credit"},
        {"field": "board[1]"}, {"field": "printer"}, {"figure": "f01"}, {"section": "s01"}])


def test_printed_contents_and_masthead_lines_are_read_where_they_differ(build):
    issue = build.issue(("专稿", [build.article("a1", "中德(常州)创新产业园", "正文。"),
                                  build.article("a2", "华罗庚高新区揭牌", "正文。")]),
                        contents=[("专稿", "中德(常州)创新产业园", 3, "a1"),       # as the title: found once, there
                                  ("专稿", "华罗庚高新区揭牌\n总投资51.8亿元,10个项目签约", 5, "a2")])
    issue.meta.cover.lines = ["华罗庚高新区揭牌"]
    issue.imprints = [Imprint("cover", lines=["华罗庚高新区揭牌"]),
                      Imprint("masthead", lines=["华罗庚高新区揭牌;总投资51.8亿元"])]
    assert _width(issue) == sorted(str(loc) for loc in [
        {"article": "a1", "field": "title"}, {"entry": "c02"}, {"field": "imprints[1].lines[0]"}])


def test_counting_rules_keep_to_the_issue_text(build):
    """NUMBER-SPACING counts each title once: a contents line is not one more number."""
    issue = build.issue(("专稿", [build.article("a1", "2021年开工", "完成122个项目，投资1703亿元。")]),
                        contents=[("专稿", "2021 年开工", 3, "a1")])
    ctx = CheckContext(issue)
    assert [p.kind for p in ctx.printed_texts if p not in ctx.texts] == ["contents"]
    assert run_checks(issue, rules=["NUMBER-SPACING"]) == []


def test_report_names_the_board_line(build):
    from editor.checks.report import place_text
    issue = build.issue(("专稿", []))
    issue.meta.board = [Role("主任", ["刘某"]), Role("成员", ["王某"], note="(以姓氏笔画为序)")]
    assert place_text({"field": "board[1]"}, issue) == "编委会 · 成员"
    assert place_text({"field": "board[7]"}, issue) == "board[7]"


def test_a_contents_entry_is_read_whole(build):
    """A quote that opens on the entry's first line and closes on its second is balanced."""
    issue = build.issue(("专稿", [build.article("a1", "金坛推出", "正文。", subtitle="元旦以来持续兑现")]),
                        contents=[("专稿", "金坛推出“人才服务\n20条”", 3, "a1"),
                                  ("专稿", "金坛推出\n元旦以来持续兑现", 3, "a1")])
    ctx = CheckContext(issue)
    assert [p.text for p in ctx.printed_texts if p.kind == "contents"] == ["金坛推出“人才服务\n20条”"]
    assert run_checks(issue, rules=["PUNCT-PAIR"]) == []

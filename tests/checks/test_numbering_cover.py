"""ISSUE-NUMBER across the places an issue prints its identity; COVER-LINE for every imprint."""
from __future__ import annotations

from editor.checks import run_checks
from editor.model import Imprint, PreviousIssue


def test_cumulative_number_misprinted_in_the_masthead(build):
    issue = build.issue(("专稿", []), cumulative=158)
    issue.imprints = [Imprint("cover", "常州科技", 2021, 3, 158), Imprint("masthead", "常州科技", 2021, 3, 108)]
    found = run_checks(issue, rules=["ISSUE-NUMBER"])
    assert len(found) == 1 and found[0].location == {"field": "masthead.cumulative"}
    assert "总第108期" in found[0].message and "总第158期" in found[0].message


def test_numbers_that_agree_everywhere(build):
    issue = build.issue(("专稿", []), cumulative=158, previous=PreviousIssue(2021, 2, 157),
                        print_date="2021年3月15日")
    issue.imprints = [Imprint("cover", "常州科技", 2021, 3, 158), Imprint("masthead", "常州科技", 2021, 3, None)]
    assert run_checks(issue, rules=["ISSUE-NUMBER"]) == []


def test_numbers_must_follow_the_previous_issue(build):
    issue = build.issue(("专稿", []), cumulative=160, previous=PreviousIssue(2021, 1, 157))
    found = run_checks(issue, rules=["ISSUE-NUMBER"])
    assert [f.location["field"] for f in found] == ["number", "cumulative"]
    new_year = build.issue(("专稿", []), cumulative=None, previous=PreviousIssue(2020, 12, None))
    new_year.meta.number = 1
    assert run_checks(new_year, rules=["ISSUE-NUMBER"]) == []


def test_cover_lines_match_titles_subtitles_spacing_and_widths(build):
    arts = [build.article("a1", "2021年全省重大项目集中开工", subtitle="常州市122个项目参加集中开工"),
            build.article("a14", "支持重大科技创新平台建设 助力产业高质量发展")]
    issue = build.issue(("专稿", arts))
    issue.meta.cover.lines = ["2021 年全省重大项目集中开工", "常州市 122 个项目参加集中开工",
                              "支持重大科技创新平台建设　助力产业高质量发展"]
    issue.imprints = [Imprint("masthead", lines=["2021年全省重大项目集中开工", "支持重大科技平台建设 助力产业高质量发展"])]
    found = run_checks(issue, rules=["COVER-LINE"])
    assert len(found) == 1
    f = found[0]
    assert f.location == {"field": "imprints[0].lines[1]", "article": "a14"}
    assert "内页刊头" in f.message and "要目少了“创新”" in f.message


def test_cover_line_for_no_article(build):
    issue = build.issue(("专稿", [build.article("a1", "溧阳百亿元项目攻坚再下一城")]))
    issue.meta.cover.lines = ["全市科技工作会议召开"]
    found = run_checks(issue, rules=["COVER-LINE"])
    assert len(found) == 1 and "找不到" in found[0].message and "article" not in found[0].location


def test_running_heads_print_the_issue_number(build):
    from editor.layout.pagemap import PageInfo, PageMap
    issue = build.issue(("专稿", []))
    heads = ["常州科技 2021年第3期", "专稿", "常州科技 2021年第2期", "常州科技 2021年第2期"]
    pm = PageMap("t", pages=[PageInfo(i, i, "article", running_head=h) for i, h in enumerate(heads, 1)])
    found = run_checks(issue, pm, rules=["ISSUE-NUMBER"])
    assert [(f.location, "第2期" in f.message) for f in found] == [({"page": 3, "field": "running-head"}, True)]

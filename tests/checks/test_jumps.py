"""JUMP-PAIR and JUMP-BACKWARD, on printed jump lines and on the engine's jumps."""
from __future__ import annotations

from editor.checks import run_checks
from editor.layout.pagemap import ArticleSpan, Jump, PageMap
from editor.model import JumpLine, Paragraph


def _jumping(build, to, frm, *, page=3, next_page=4):
    art = build.article("a2", "市委市政府组织开展全市重大项目现场观摩活动", "前半……")
    art.blocks += [JumpLine("to", to), JumpLine("from", frm), Paragraph.of("后半……")]
    arts = [build.article("a1", "甲"), art, build.article("a3", "丙"), build.article("a4", "丁")]
    return build.issue(("专稿", arts), contents=[("专稿", "甲", 1, "a1"), ("专稿", art.title, page, "a2"),
                                               ("专稿", "丙", next_page, "a3"), ("专稿", "丁", 9, "a4")])


def test_printed_pair_that_agrees_with_the_contents_is_fine(build):
    issue = _jumping(build, to=8, frm=3)
    assert run_checks(issue, rules=["JUMP-PAIR", "JUMP-BACKWARD"]) == []


def test_continuation_pointing_back_to_a_page_the_article_never_stood_on(build):
    issue = _jumping(build, to=8, frm=5)          # contents: starts on 3, next article on 4
    found = run_checks(issue, rules=["JUMP-PAIR"])
    assert len(found) == 1 and found[0].location["article"] == "a2" and found[0].location["page"] == 5
    assert "第3页" in found[0].message


def test_first_part_running_on_before_the_next_article_is_fine(build):
    issue = _jumping(build, to=8, frm=4, next_page=5)   # part one on pages 3-4, a3 starts on 5
    assert run_checks(issue, rules=["JUMP-PAIR"]) == []
    issue = _jumping(build, to=8, frm=4, next_page=4)   # page 4 is where a3 starts
    assert [f.location["page"] for f in run_checks(issue, rules=["JUMP-PAIR"])] == [4]


def test_unpaired_jump_lines(build):
    art = build.article("a1", "甲文", "正文")
    art.blocks.append(JumpLine("to", 8))
    other = build.article("a2", "乙文")
    other.blocks.insert(0, JumpLine("from", 2))
    issue = build.issue(("专稿", [art, other]))
    found = run_checks(issue, rules=["JUMP-PAIR"])
    assert [f.location["article"] for f in found] == ["a1", "a2"]
    assert "下转第8页" in found[0].message and "上接第2页" in found[1].message


def test_jump_to_its_own_page(build):
    issue = _jumping(build, to=3, frm=3)
    assert [f.rule for f in run_checks(issue, rules=["JUMP-PAIR"])] == ["JUMP-PAIR"]


def test_backward_jump_is_a_warning_not_a_pair_error(build):
    art = build.article("a20", "金坛推出“人才服务20条”", "前半")
    art.blocks += [JumpLine("to", 24), JumpLine("from", 25), Paragraph.of("后半")]
    issue = build.issue(("科技人才", [build.article("a18", "东南大学"), art, build.article("a21", "博士后")]),
                        contents=[("科技人才", "东南大学", 24, "a18"), ("科技人才", art.title, 25, "a20"),
                                  ("科技人才", "博士后", 26, "a21")])
    found = run_checks(issue, rules=["JUMP-PAIR", "JUMP-BACKWARD"])
    assert [(f.rule, f.location["page"]) for f in found] == [("JUMP-BACKWARD", 24)]


def test_engine_jumps_against_the_article_pages(build):
    issue = build.issue(("专稿", [build.article("a1", "甲")]))
    pm = PageMap("t", articles={"a1": ArticleSpan("a1", 3, 8, [3, 8], continued_to=8)},
                 jumps=[Jump("a1", 3, 9)])
    assert [f.rule for f in run_checks(issue, pm, rules=["JUMP-PAIR"])] == ["JUMP-PAIR"]
    pm.jumps = [Jump("a1", 3, 8)]
    assert run_checks(issue, pm, rules=["JUMP-PAIR", "JUMP-BACKWARD"]) == []
    pm.articles["a1"] = ArticleSpan("a1", 8, 3, [8, 3])
    pm.jumps = [Jump("a1", 8, 3)]
    assert [f.rule for f in run_checks(issue, pm, rules=["JUMP-PAIR", "JUMP-BACKWARD"])] == ["JUMP-BACKWARD"]


def test_jump_to_a_page_the_issue_does_not_have(build):
    issue = _jumping(build, to=80, frm=3)          # the last contents entry is on page 9
    found = run_checks(issue, rules=["JUMP-PAIR"])
    assert len(found) == 1 and found[0].location["page"] == 80 and "没有第80页" in found[0].message
    assert run_checks(_jumping(build, to=12, frm=3), rules=["JUMP-PAIR"]) == []

"""TOC-PAGE, TOC-TITLE, TOC-MISSING, TOC-ORPHAN, TOC-ORDER, SECTION-EMPTY."""
from __future__ import annotations

from editor.checks import run_checks
from editor.layout.pagemap import ArticleSpan, ContentsLine, PageMap
from editor.model import Sidebar, Paragraph


def _run(issue, rule, pagemap=None):
    return run_checks(issue, pagemap, rules=[rule])


def test_printed_contents_page_out_of_sequence_is_flagged(build):
    arts = [build.article(f"a{i}", f"文章{i}") for i in range(1, 6)]
    pages = [1, 3, 12, 7, 9]     # a3 sits between pages 3 and 7 but the contents say 12
    issue = build.issue(("专稿", arts), contents=[("专稿", f"文章{i}", p, f"a{i}")
                                                for i, p in zip(range(1, 6), pages)])
    found = _run(issue, "TOC-PAGE")
    assert [(f.location["article"], f.location["page"]) for f in found] == [("a3", 12)]
    assert "第3页与第7页" in found[0].message


def test_two_articles_sharing_a_printed_page_are_fine(build):
    arts = [build.article(f"a{i}", f"文章{i}") for i in range(1, 5)]
    issue = build.issue(("专稿", arts), contents=[("专稿", f"文章{i}", p, f"a{i}")
                                                for i, p in zip(range(1, 5), [10, 11, 11, 13])])
    assert _run(issue, "TOC-PAGE") == []


def test_contents_against_the_laid_out_pages(build):
    issue = build.issue(("专稿", [build.article("a1", "甲"), build.article("a2", "乙")]))
    pm = PageMap("t", articles={"a1": ArticleSpan("a1", 1, 2, [1, 2]), "a2": ArticleSpan("a2", 4, 4, [4])},
                 contents=[ContentsLine(None, "a1", "专稿", "甲", 1), ContentsLine(None, "a2", "专稿", "乙", 3)])
    found = _run(issue, "TOC-PAGE", pm)
    assert len(found) == 1 and found[0].location["article"] == "a2" and found[0].data == {"printed": 3, "start": 4}
    pm.contents[1].folio = 4
    assert _run(issue, "TOC-PAGE", pm) == []


def test_contents_text_matches_title_with_kicker_subtitle_spaces_and_widths(build):
    arts = [build.article("a1", "持续强化创新引领 推动产业转型升级", kicker="市长陈金虎走访慰问并勉励企业——"),
            build.article("a2", "智创未来 谋局而定", subtitle="中天钢铁为世界一流作创新注解"),
            build.article("a3", "东南大学与溧阳共建 基础设施安全与智慧技术创新中心"),
            build.article("a4", "常州高新区发布科技创新“1+7+4”组合政策"),
            build.article("a5", "金坛推出“人才服务20条”", subtitle="元旦以来持续兑现"),
            build.article("a6", "持续强化创新引领\n推动产业转型升级", kicker="市长走访企业——")]
    issue = build.issue(("专稿", arts), contents=[
        ("专稿", "市长陈金虎走访慰问并勉励企业——\n持续强化创新引领 推动产业转型升级", 17, "a1"),
        ("专稿", "智创未来 谋局而定 中天钢铁为世界一流作创新注解", 18, "a2"),
        ("专稿", "东南大学与溧阳共建基础设施安全与智慧技术创新中心", 24, "a3"),
        ("专稿", "常州高新区发布科技创新“１＋７＋４”组合政策", 25, "a4"),
        ("专稿", "金坛推出“人才服务20条”", 26, "a5"),
        ("专稿", "市长走访企业\n持续强化创新引领 推动产业转型升级", 27, "a6")])
    assert _run(issue, "TOC-TITLE") == []


def test_contents_text_differing_from_title_is_flagged_with_the_difference(build):
    issue = build.issue(("专稿", [build.article("a1", "支持重大科技创新平台建设 助力产业高质量发展")]),
                        contents=[("专稿", "支持重大科技平台建设 助力产业高质量发展", 20, "a1")])
    found = _run(issue, "TOC-TITLE")
    assert len(found) == 1 and found[0].location == {"entry": "c01", "article": "a1"}
    assert "目录少了“创新”" in found[0].message


def test_short_title_set_on_purpose_is_accepted(build):
    art = build.article("a1", "关于推进武进区科技创新能级跃升的实施意见解读", short_title="武进区科技创新能级跃升")
    issue = build.issue(("专稿", [art]), contents=[("专稿", "武进区科技创新能级跃升", 3, "a1")])
    assert _run(issue, "TOC-TITLE") == []


def test_article_left_out_of_contents_but_not_its_sidebar(build):
    a1 = build.article("a1", "常州两个国家高新区综合排名再创新高")
    a1.blocks.append(Sidebar("常州高新区综合排名上升至全国第23名", [Paragraph.of("创新……")]))
    a2 = build.article("a2", "中以常州创新园推进新一轮国际创新合作")
    issue = build.issue(("专稿", [a1, a2]), contents=[("专稿", "常州两个国家高新区综合排名再创新高", 5, "a1")])
    found = _run(issue, "TOC-MISSING")
    assert [f.location for f in found] == [{"article": "a2", "section": "s01"}]


def test_no_contents_yet_means_nothing_is_missing(build):
    issue = build.issue(("专稿", [build.article("a1", "甲文"), build.article("a2", "乙文")]))
    assert _run(issue, "TOC-MISSING") == []


def test_orphan_entry_names_its_probable_article_and_is_reported_once(build):
    issue = build.issue(("专稿", [build.article("a1", "溧阳科技镇长团赴上海原能细胞集团考察调研")]),
                        contents=[("专稿", "溧阳科技镇长团赴上海原能细胞科技集团考察", 25, None),
                                  ("专稿", "一篇已删去的文章", 27, "a99")])
    orphans = _run(issue, "TOC-ORPHAN")
    assert [f.location["entry"] for f in orphans] == ["c01", "c02"]
    assert orphans[0].location["article"] == "a1" and "可能是" in orphans[0].message
    assert _run(issue, "TOC-MISSING") == []


def test_contents_order_sections_and_pages(build):
    issue = build.issue(("专稿", [build.article("a1", "甲")]), ("动态", [build.article("a2", "乙"), build.article("a3", "丙")]),
                        contents=[("动态", "乙", 5, "a2"), ("■ 专稿", "甲", 1, "a1"), ("动态", "丙", 3, "a3")])
    found = _run(issue, "TOC-ORDER")
    assert [f.location.get("entry") for f in found] == ["c01"]
    ok = build.issue(("专稿", [build.article("a1", "甲")]), ("动态", [build.article("a2", "乙"), build.article("a3", "丙")]),
                     contents=[("■ 专稿", "甲", 1, "a1"), ("动态", "乙", 5, "a2"), ("动态", "丙", 5, "a3")])
    assert _run(ok, "TOC-ORDER") == []


def test_empty_section(build):
    issue = build.issue(("专稿", [build.article("a1", "甲")]), ("科技人才", []))
    found = _run(issue, "SECTION-EMPTY")
    assert len(found) == 1 and "科技人才" in found[0].message and found[0].location == {"section": "s02"}


def test_linked_entries_are_no_orphans(build):
    issue = build.issue(("专稿", [build.article("a1", "甲文")]), contents=[("专稿", "甲文", 1, "a1")])
    assert _run(issue, "TOC-ORPHAN") == [] and _run(issue, "TOC-MISSING") == []


def test_unlisted_article_of_an_issue_made_here_is_listed_by_the_layout(build):
    issue = build.issue(("专稿", [build.article("a1", "甲文"), build.article("a2", "乙文")]),
                        contents=[("专稿", "甲文（目录用短题）", None, "a1")])
    assert _run(issue, "TOC-MISSING") == []           # the layout gives a2 a line of its own
    pm = PageMap("t", contents=[ContentsLine("c01", "a1", "专稿", "甲文", 1)])
    assert [f.location["article"] for f in _run(issue, "TOC-MISSING", pm)] == ["a2"]


def test_order_of_an_issue_made_here_is_the_layouts(build):
    issue = build.issue(("专稿", [build.article("a1", "甲")]), ("动态", [build.article("a2", "乙")]),
                        contents=[("动态", "乙", None, "a2"), ("专稿", "甲", None, "a1")])
    assert _run(issue, "TOC-ORDER") == []             # entries only give text; the layout orders lines
    pm = PageMap("t", contents=[ContentsLine("c01", "a2", "动态", "乙", 5), ContentsLine("c02", "a1", "专稿", "甲", 1),
                                ContentsLine(None, "a3", "动态", "丙", 7)])
    assert [f.location["entry"] for f in _run(issue, "TOC-ORDER", pm)] == ["c01"]


def test_contents_review(build):
    from editor.model import ContentsReview, ReviewItem
    issue = build.issue(("专稿", [build.article("a1", "甲"), build.article("a2", "乙")]),
                        contents=[("专稿", "甲", 1, "a1"), ("专稿", "乙", 3, "a2")])
    assert [f.message for f in _run(issue, "TOC-REVIEW")] == ["目录尚未经校对签字"]
    issue.review = ContentsReview([ReviewItem("c01", True), ReviewItem("c02", False)], signed_by="王薇")
    found = _run(issue, "TOC-REVIEW")
    assert len(found) == 1 and found[0].location == {"entry": "c02"}
    issue.review.items[1].ticked = True
    assert _run(issue, "TOC-REVIEW") == []

"""Acceptance: the real sample (../shared/samples/changzhou-keji-2021-03.md) imported whole."""
from __future__ import annotations

import pytest

from editor.importers.sample_text import import_markdown
from editor.model import Figure, JumpLine, Paragraph, Subhead

SECTIONS = ["专稿", "苏南国家自主创新示范区", "重大项目", "“十百千”创新型企业", "十大产业链",
            "产学研合作", "科技人才", "科技动态"]


@pytest.fixture
def result(sample_md):
    return import_markdown(sample_md)


@pytest.fixture
def issue(result):
    return result.issue


def by_title(issue, fragment):
    found = [a for a in issue.articles() if fragment in a.title]
    assert len(found) == 1, f"{fragment}: {[a.title for a in found]}"
    return found[0]


def test_sections_in_contents_order(issue):
    assert [s.name for s in issue.sections] == SECTIONS
    assert [s.id for s in issue.sections] == [f"s{n:02d}" for n in range(1, 9)]


def test_all_26_entries_linked_to_distinct_articles(issue):
    entries = issue.contents
    assert [e.id for e in entries] == [f"c{n:02d}" for n in range(1, 27)]
    linked = [e.article for e in entries]
    assert None not in linked and len(set(linked)) == 26
    assert {a.id for a in issue.articles()} == set(linked)
    pages = [e.page for e in entries]
    assert pages[:3] == [1, 3, 4] and pages[-1] == 30 and pages.count(11) == 2


def test_entry_titles_as_printed_with_second_line(issue):
    first = issue.contents[0]
    assert first.title == "2021 年全省重大项目集中开工\n常州市 122 个项目参加集中开工"
    assert first.section == "专稿"
    kicker_entry = next(e for e in issue.contents if e.page == 17)
    assert kicker_entry.title == "市长陈金虎走访慰问并勉励企业——\n持续强化创新引领 推动产业转型升级"


def test_articles_sit_in_the_section_of_their_entry(issue):
    for entry in issue.contents:
        assert issue.section_of(entry.article).name == entry.section
    # contents order inside each section
    order = [e.article for e in issue.contents]
    assert [a.id for a in issue.articles()] == order


@pytest.mark.parametrize("fragment, kicker, title, subtitle", [
    ("持续强化创新引领", "市长陈金虎走访慰问并勉励企业——", "持续强化创新引领 推动产业转型升级", None),
    ("第1个千亿元级", "常州装备制造业史上树立一座里程碑", "第1个千亿元级产业集群诞生：汽车产业集群",
     "其中新能源汽车及汽车核心零部件年产值已达832亿元"),
    ("全省重大项目集中开工", None, "2021 年全省重大项目集中开工", "常州市 122 个项目参加集中开工"),
    ("智创未来", None, "智创未来 谋局而定", "中天钢铁为世界一流作创新注解"),
    ("华罗庚高新区揭牌", None, "华罗庚高新区揭牌", "总投资 51.8 亿元 10 个科技创新平台项目集中签约"),
    ("常州科教城", None, "常州科教城：构筑六个新高地 做强“创新之核”", None),
    ("人才服务20条", None, "金坛推出“人才服务20条”", "元旦以来持续兑现"),
    ("现场观摩活动", None, "市委市政府组织开展 2021年全市重大项目现场观摩活动", "以项目大投入促进能级大提升"),
    ("支持重大科技创新平台", None, "支持重大科技创新平台建设 助力产业高质量发展", "26家重大科技创新平台建设单位授牌"),
])
def test_title_blocks(issue, fragment, kicker, title, subtitle):
    article = by_title(issue, fragment)
    assert (article.kicker, article.title, article.subtitle) == (kicker, title, subtitle)


def test_subheads_are_not_articles(issue):
    batch = by_title(issue, "一批重点项目集中开工")
    heads = [b.text for b in batch.blocks if isinstance(b, Subhead)]
    assert len(heads) == 6 and heads[0] == "溧阳市 10 个项目集中开工 总投资逾 50 亿元"
    policy = by_title(issue, "1+7+4")
    assert sum(isinstance(b, Subhead) for b in policy.blocks) == 3


def test_lead_mark_stripped(issue):
    article = by_title(issue, "全省重大项目集中开工")
    assert article.lead_mark
    first = next(b for b in article.blocks if isinstance(b, Paragraph))
    assert first.text.startswith("2月26日上午")
    assert not any(t.startswith("■") for _, t in article.texts())
    assert not by_title(issue, "常州科教城").lead_mark


def test_bold_run_in_heads(issue):
    article = by_title(issue, "常州科教城")
    heads = [b.run_in_head for b in article.blocks if isinstance(b, Paragraph) and b.run_in_head]
    assert heads[0] == "聚焦开放，打造国际合作先行区。" and len(heads) == 5
    two = by_title(issue, "两个一")
    first = next(b for b in two.blocks if isinstance(b, Paragraph))
    assert two.lead_mark and first.run_in_head == "驱动创新，科技先行。"
    assert "**" not in "".join(t for _, t in two.texts())


def test_sidebars_and_note(issue):
    sidebars = [(a.title, s) for a in issue.articles() for s in a.sidebars()]
    titles = [s.title for _, s in sidebars]
    assert titles == ["常州高新区综合排名上升至全国第23名", "武进高新区综合排名上升至全国第 38 名",
                      "“重大项目强化攻坚年”常州高新区多项指标创历史新高", "中以常州创新园：排定 5 方面 21 项计划"]
    assert all(s.label == "链接" and len(s.blocks) >= 4 for _, s in sidebars)
    assert sidebars[0][0] == "常州两个国家高新区综合排名再创新高"
    notes = [n for a in issue.articles() for n in a.notes()]
    assert len(notes) == 1 and notes[0].label == "附注"
    assert notes[0].blocks[0].text.startswith("中航锂电位于金坛区")
    assert by_title(issue, "全省重大项目集中开工").notes() == notes
    # boxes are never contents entries or articles
    assert not any("链接" in e.title or "附注" in e.title for e in issue.contents)


def test_source_lines(issue):
    sources = {a.title: a.source for a in issue.articles() if a.source}
    assert sources == {"常州两个国家高新区综合排名再创新高": "高新处",
                       "常州市农村科技服务超市科技惠民作用明显": "农社处",
                       "市科技局开设高企直播 千家企业上线培训": "高新处"}


def test_figures_with_captions(issue):
    figures = [f for _, f in issue.figures()]
    assert len(figures) == 28
    assert len({f.id for f in figures}) == 28
    assert all(f.caption and f.image is None for f in figures)
    article = by_title(issue, "全省重大项目集中开工")
    assert [f.caption for f in article.figures()] == ["2021 常州重大项目集中开工活动", "市长陈金虎讲话"]
    groups = [f.caption for f in figures if f.group_end]
    assert "武进国家高新区" in groups and "中以常州创新园" in groups
    doctors = by_title(issue, "博士后力量")
    fig = list(doctors.figures())[0]
    assert fig.group_end and fig.caption.endswith("格林博士（右）")


def test_photo_page_inside_front(issue):
    assert len(issue.photo_pages) == 1
    page = issue.photo_pages[0]
    assert page.position == "inside-front"
    assert page.title == "2021 年全市重大项目现场观摩活动"
    assert len(page.figures) == 6 and all(f.caption.startswith("观摩") for f in page.figures)


def test_jump_lines_in_the_right_articles(issue):
    tour = by_title(issue, "现场观摩活动")
    jumps = [(j.direction, j.page) for j in tour.jump_lines()]
    assert jumps == [("to", 8), ("from", 3)]
    # the continuation after 上接第3页 is this article's, not that of the sidebar before it
    texts = [b.text for b in tour.blocks if isinstance(b, Paragraph)]
    assert any("德龙高端不锈钢热轧" in t for t in texts)
    assert texts[-1].startswith("陈金虎强调，今年是市委、市政府确定的连续五年")
    assert "高质量发展" in texts[-1]
    policy = by_title(issue, "1+7+4")
    assert not policy.jump_lines()
    assert not any("陈金虎强调，今年是" in t for _, t in policy.texts())
    talent = by_title(issue, "人才服务20条")
    assert [(j.direction, j.page) for j in talent.jump_lines()] == [("to", 24), ("from", 25)]
    assert any("高层次人才综合服务体系。" in b.text for b in talent.blocks if isinstance(b, Paragraph))
    seu = by_title(issue, "东南大学")
    assert not any("十所名校" in t for _, t in seu.texts())
    # the jump lines stand together, right after the joined paragraph
    k = next(k for k, b in enumerate(talent.blocks) if isinstance(b, JumpLine))
    assert isinstance(talent.blocks[k - 1], Paragraph) and isinstance(talent.blocks[k + 1], JumpLine)


def test_cut_paragraphs_joined(issue):
    texts = [t for a in issue.articles() for _, t in a.texts()]
    assert any("国家高新区评价是国家创新调查制度的工作内容之一，每年" in t for t in texts)
    assert any("综合配套设施。" in t for t in texts)             # cut round a lost picture
    assert any("努力打造精品工程、绿色工程" in t for t in texts)   # cut at a column break
    assert "设施。" not in texts and "转化在辖市区”新格局。" not in texts
    first = by_title(issue, "全省重大项目集中开工")
    joined = next(b for b in first.blocks if isinstance(b, Paragraph) and "加快落实创新支持政策" in b.text)
    k = first.blocks.index(joined)
    assert isinstance(first.blocks[k + 1], Figure) and first.blocks[k + 1].caption == "市长陈金虎讲话"


def test_imprints_keep_disagreements(issue):
    places = {imp.place: imp for imp in issue.imprints}
    assert places["cover"].cumulative == 158 and places["masthead"].cumulative == 108
    assert (places["cover"].year, places["cover"].number) == (2021, 3)
    assert (places["masthead"].year, places["masthead"].number) == (2021, 3)
    assert places["cover"].title == places["masthead"].title == "常州科技"
    assert len(places["cover"].lines) == len(places["masthead"].lines) == 4
    assert "支持重大科技平台建设 助力产业高质量发展" in places["masthead"].lines
    assert "支持重大科技创新平台建设 助力产业高质量发展" in places["cover"].lines


def test_metadata(issue):
    meta = issue.meta
    assert (meta.title, meta.year, meta.number, meta.cumulative) == ("常州科技", 2021, 3, 158)
    assert meta.permit == "S(2021)04000025"
    assert meta.internal_marking == "内部资料 免费交流"
    assert meta.printer == "常州市通华印刷有限公司"
    assert meta.print_run == 3000
    assert meta.cycle == "每月中旬出版"
    assert meta.print_date is None and meta.distribution is None
    c = meta.contact
    assert (c.address, c.postcode, c.phone, c.fax) == (
        "常州市行政中心（龙城大道1280号）1-A-709室", "213022", "0519-86637820", "0519-85681558")
    assert c.website == "http://kjj.changzhou.gov.cn/"
    assert meta.cover.description == "市长陈金虎一行在了解恒立液压系统项目建设发展情况"
    assert meta.cover.credit == "（陈曦摄）"
    assert meta.cover.slogan == "科技 引领未来"
    assert meta.cover.lines[0] == "2021年全省重大项目集中开工"


def test_publishers_and_board(issue):
    pubs = {r.role: r.names for r in issue.meta.publishers}
    assert pubs["主办"] == ["常州市科学技术局"]
    assert pubs["承办"] == ["常州市科技资源统筹服务中心"]
    assert len(pubs["协办"]) == 9 and pubs["协办"][0] == "常州市科教城管理委员会"
    board = {r.role: r for r in issue.meta.board}
    assert list(board) == ["主任", "副主任", "成员", "主编", "责任编辑"]
    assert board["主任"].names == ["刘斌"]
    assert board["副主任"].names == ["杨伟红", "张朝晖", "赵新", "戴亚东"]
    assert board["副主任"].note == board["成员"].note == "(以姓氏笔画为序)"     # half-width, as printed
    assert len(board["成员"].names) == 13 and board["成员"].names[-1] == "薛晔"
    assert board["主编"].names == ["高岩", "孙奕"]
    assert board["责任编辑"].names == ["王定一", "王薇"]


def test_few_unplaced_lines_each_explained(result):
    assert 0 < len(result.unplaced) <= 10
    assert all(u.line > 0 and u.text and u.reason for u in result.unplaced)
    texts = {u.text for u in result.unplaced}
    assert "欢迎投稿" in texts and "解读创新政策" in texts


def test_nothing_silently_dropped(sample_md, issue, result):
    """Every run of body text in the file ends up somewhere: in the issue or in the report."""
    from editor.importers.mdtext.textkey import key
    kept = key("".join(t for a in issue.articles() for _, t in a.texts()))
    kept += key("".join(u.text for u in result.unplaced))
    for line in sample_md.read_text(encoding="utf-8").splitlines():
        text = line.strip().lstrip("#").strip()
        if len(text) > 40 and not text.startswith("-"):
            probe = key(text)[5:25]
            assert probe in kept, line


def test_writes_and_reloads_the_folder(sample_md, tmp_path, result):
    store = pytest.importorskip("editor.store")
    folder = store.create_issue_folder(result.issue, tmp_path / "issue")
    assert store.load_issue(folder) == result.issue

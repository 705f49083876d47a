"""A small issue touching every part of the model, and a folder holding it."""
from __future__ import annotations

import pytest

from editor.model import (Article, ContentsEntry, ContentsReview, Cover, Figure, ImageInfo,
                          Imprint, Issue, IssueMeta, JumpLine, Note, Paragraph, PhotoPage,
                          Placement, PreviousIssue, ReviewItem, Role, Run, Section, Sidebar,
                          Subhead, Table, Contact)
from editor.store import create_issue_folder


def make_issue() -> Issue:
    meta = IssueMeta(
        title="常州科技", year=2021, number=3, cumulative=158, permit="S(2021)04000025",
        internal_marking="内部资料 免费交流",
        publishers=[Role("主办", ["常州市科学技术局"])],
        board=[Role("副主任", ["王某", "李某"], note="（以姓氏笔画为序）"), Role("主编", [])],
        contact=Contact(address="常州市龙城大道", postcode="213000", phone="0519-0000000"),
        printer="某印务公司", print_run=3000, print_date="2021年3月15日", cycle="每月中旬出版",
        distribution="本系统内部", cover=Cover(image="images/cover.jpg", description="市长一行（陈曦摄）",
                                             credit="陈曦", lines=["2021年全省重大项目集中开工"],
                                             slogan="科技 引领未来"),
        previous=PreviousIssue(2021, 2, 157))
    art = Article(
        "a01", "持续强化创新引领  推动产业转型升级", kicker="市长走访慰问并勉励企业——",
        subtitle="", source="高新处", lead_mark=True, columns=3,
        placement=Placement(start_page=3, continue_page=8, break_after=2),
        blocks=[Paragraph([Run("聚焦开放，打造国际合作先行区。", bold=True), Run(" 正文\n第二行  ", italic=True)]),
                Subhead("一、小标题"),
                Figure("f01", "images/a01-1.jpg", "市长讲话", credit="（陈曦摄）", group_end=True,
                       width_mm=80.5, height_mm=None, info=ImageInfo(2400, 1600, 300.0, None, "CMYK", "U.S. Web Coated")),
                Figure("f02", None, "缺失的照片"),
                Sidebar("相关链接", [Paragraph.of("链接正文"), Subhead("小")]),
                Note([Paragraph.of("附注正文")], title="", label="附注"),
                Table([["项目", "数量"], ["开工", "122"]], header_rows=1, title="表1"),
                JumpLine("to", 8), JumpLine("from", None)])
    return Issue(
        meta=meta,
        sections=[Section("s01", "专稿", [art]), Section("s02", "科技动态")],
        photo_pages=[PhotoPage("p01", "观摩", "inside-front", [Figure("f03", "images/p1.jpg", "观摩现场")])],
        contents=[ContentsEntry("c01", "专稿", "持续强化创新引领\n推动产业转型升级", 3, "a01"),
                  ContentsEntry("c02", "科技动态", "未对应", None, None)],
        imprints=[Imprint("cover", "常州科技", 2021, 3, 158, ["要目一"]), Imprint("colophon")],
        review=ContentsReview([ReviewItem("c01", True, "页码已核"), ReviewItem("c02")],
                              signed_by="校对员", signed_at="2021-03-10T09:00:00+08:00",
                              pages_signature="c01:3"))


IMAGES = {"images/cover.jpg": b"cover", "images/a01-1.jpg": b"photo", "images/p1.jpg": b"p1"}


@pytest.fixture
def issue() -> Issue:
    return make_issue()


@pytest.fixture
def issue_dir(tmp_path, issue):
    return create_issue_folder(issue, tmp_path / "2021-03", IMAGES)

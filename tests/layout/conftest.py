"""An issue built in code for the layout tests: sections, articles with every block type, photos
painted with Pillow in tmp_path, a photo page and a cover."""
from __future__ import annotations

from pathlib import Path

import pytest

from editor.layout import fonts
from editor.model import (Article, ContentsEntry, Cover, Figure, Issue, IssueMeta, JumpLine, Note,
                          Paragraph, PhotoPage, Role, Section, Sidebar, Subhead, Table)

BODY = ("科技创新是发展的第一动力，企业是创新的主体。今年以来，我市围绕产业链部署创新链，"
        "推动“政产学研用”深度融合，新增高新技术企业 120 家，研发投入占比达到 3.2%。"
        "（数据来源：市统计局）下一步，将继续加大对基础研究——特别是应用基础研究的支持……")


@pytest.fixture
def ready_fonts():
    if not fonts.fonts_ready():
        pytest.skip(f"fonts not prepared in {fonts.fonts_dir()}: run `issuedesk fonts prepare` first")


def paint(path: Path, size=(1200, 800), colour=(40, 90, 160)) -> Path:
    from PIL import Image
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path, "JPEG", dpi=(300, 300))
    return path


def body(n: int) -> list[Paragraph]:
    return [Paragraph.of(BODY) for _ in range(n)]


def make_article(aid: str, title: str, paragraphs: int, **kw) -> Article:
    return Article(id=aid, title=title, blocks=body(paragraphs), **kw)


@pytest.fixture
def issue_folder(tmp_path) -> tuple[Issue, Path]:
    folder = tmp_path / "issue"
    for name in ("f1", "f2", "p1", "p2", "p3", "cover"):
        paint(folder / "images" / f"{name}.jpg")
    full = Article(
        id="a01", kicker="市长走访调研——", title="持续强化创新引领 推动产业转型升级",
        subtitle="全市122个项目参加集中开工", source="高新处", lead_mark=True,
        blocks=[
            Paragraph.of(BODY),
            Paragraph.of(BODY, head="聚焦开放，打造国际合作先行区。"),
            Subhead("一、加快创新平台建设"),
            Figure("f1", image="images/f1.jpg", caption="市领导在项目现场了解情况", credit="（陈曦摄）"),
            Paragraph.of(BODY),
            Sidebar(title="什么是“十百千”企业？", blocks=[Paragraph.of(BODY)]),
            Table(rows=[["指标", "2020年", "2021年"], ["高企数量", "1200", "1320"], ["研发投入", "2.9%", "3.2%"]],
                  title="主要指标"),
            Note(blocks=[Paragraph.of("本文数据截至2021年2月底。")]),
            JumpLine("to", None),
            Paragraph.of(BODY),
        ])
    news = make_article("a02", "一批重点项目集中开工", 6, columns=3, lead_mark=True)
    second = make_article("a03", "溧阳百亿元项目攻坚再下一城", 3)
    second.blocks.insert(1, Figure("f2", image="images/f2.jpg", caption="项目现场"))
    sections = [Section("s01", "专稿", [full, news]), Section("s02", "重大项目", [second]),
                Section("s03", "科技动态", [make_article("a04", "市科技局开设高企直播", 2)])]
    meta = IssueMeta(title="常州科技", year=2021, number=3, cumulative=158, permit="S(2021)04000025",
                     internal_marking="内部资料 免费交流",
                     publishers=[Role("主办", ["常州市科学技术局"])],
                     board=[Role("主编", ["高岩"])], printer="常州市通华印刷有限公司", print_run=3000,
                     print_date="2021年3月15日", cycle="每月中旬出版", distribution="全市科技系统",
                     cover=Cover(image="images/cover.jpg", description="项目建设现场", credit="（陈曦摄）",
                                 lines=["持续强化创新引领 推动产业转型升级", "一批重点项目集中开工"],
                                 slogan="科技 引领未来"))
    photos = PhotoPage("pp1", title="重大项目现场观摩", figures=[
        Figure(f"p{i}", image=f"images/p{i}.jpg", caption=f"观摩项目{i}") for i in (1, 2, 3)])
    issue = Issue(meta=meta, sections=sections, photo_pages=[photos],
                  contents=[ContentsEntry("c01", "专稿", "持续强化创新引领 推动产业转型升级", page=99,
                                          article="a01")])
    return issue, folder


def _breaking_faults(records) -> list[tuple[int, str, str]]:
    """GB/T 15834 faults of set lines. A mark that opens (closes) a paragraph is the author's
    text, not a break, so only the starts and ends made by breaking are judged."""
    from editor.layout.linebreak import line_violations
    return [(r.index, r.text, v) for r in records for v in line_violations(r.text)
            if not (r.first and v.startswith("行首")) and not (r.last and v.startswith("行尾"))]


@pytest.fixture
def breaking_faults():
    return _breaking_faults


@pytest.fixture
def make():
    """make(id, title, paragraphs, **article fields) -> Article of repeated body text."""
    return make_article

"""An issue folder for the info and new commands, built in code."""
from __future__ import annotations

import pytest

from editor.model import (Article, ContentsEntry, Cover, Figure, Issue, IssueMeta, Note,
                          Paragraph, Role, Section, Sidebar, Subhead)
from editor.store import create_issue_folder


@pytest.fixture
def issue_dir(tmp_path):
    a01 = Article("a01", "2021年全省重大项目集中开工", subtitle="常州市122个项目参加集中开工",
                  blocks=[Paragraph.of("全省 重大项目\n集中开工。", head="聚焦开放。"),
                          Subhead("一、总体"),
                          Figure("f01", "images/a01-1.jpg", "市长陈金虎讲话", credit="（陈曦摄）"),
                          Figure("f02", None, "缺失的照片"),
                          Note([Paragraph.of("附注内容")])])
    a02 = Article("a02", "持续强化创新引领", kicker="市长走访慰问——", source="高新处",
                  blocks=[Paragraph.of("正文"), Sidebar("相关链接", [Paragraph.of("链接")])])
    meta = IssueMeta(title="常州科技", year=2021, number=12, cumulative=158,
                     board=[Role("主编", ["王某"])],
                     cover=Cover(image="images/cover.jpg", lines=["2021年全省重大项目集中开工"],
                                 slogan="科技 引领未来", description="封面说明"))
    issue = Issue(meta, [Section("s01", "专稿", [a01, a02]), Section("s02", "科技动态")],
                  contents=[ContentsEntry("c01", "专稿", "2021年全省重大项目集中开工\n常州市122个项目参加集中开工", 1, "a01"),
                            ContentsEntry("c02", "专稿", "持续强化创新引领", None, None)])
    return create_issue_folder(issue, tmp_path / "2021-12",
                               {"images/a01-1.jpg": b"jpeg", "images/cover.jpg": b"cover"})

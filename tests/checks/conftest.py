"""Builders for small issues made in code, so each rule can be shown what to flag and what not."""
from __future__ import annotations

import pytest

from editor.model import Article, ContentsEntry, Issue, IssueMeta, Paragraph, Section


def _article(aid: str, title: str, *paras: str, **kw) -> Article:
    return Article(aid, title, blocks=[Paragraph.of(p) for p in paras], **kw)


def _issue(*sections: tuple[str, list[Article]], contents=None, **meta) -> Issue:
    """Sections as (name, articles); contents as (section, title, page, article id) tuples."""
    secs = [Section(f"s{i:02d}", name, list(arts)) for i, (name, arts) in enumerate(sections, 1)]
    entries = [ContentsEntry(f"c{i:02d}", sec, title, page, art)
               for i, (sec, title, page, art) in enumerate(contents or [], 1)]
    return Issue(meta=IssueMeta(title="常州科技", year=2021, number=3, **meta), sections=secs, contents=entries)


class Build:
    article = staticmethod(_article)
    issue = staticmethod(_issue)

    @staticmethod
    def rules(found, rule: str):
        return [f for f in found if f.rule == rule]


@pytest.fixture
def build() -> type[Build]:
    return Build

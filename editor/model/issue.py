"""The issue: metadata, ordered sections of articles, special pages and the contents."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from .article import Article
from .blocks import Figure
from .contents import ContentsEntry, ContentsReview
from .meta import Imprint, IssueMeta


@dataclass
class Section:
    """A 栏目. A section with no article this month stays in the issue and is left out of the contents."""
    id: str
    name: str
    articles: list[Article] = field(default_factory=list)


@dataclass
class PhotoPage:
    """A page of photos with captions (the inside cover of the sample). `position` says where it
    goes: inside-front (封二), inside-back (封三) or back (封底)."""
    id: str
    title: str = ""
    position: str = "inside-front"
    figures: list[Figure] = field(default_factory=list)


PHOTO_POSITIONS = ("inside-front", "inside-back", "back")


@dataclass
class Issue:
    """A whole issue: what the issue file holds."""
    meta: IssueMeta = field(default_factory=IssueMeta)
    sections: list[Section] = field(default_factory=list)
    photo_pages: list[PhotoPage] = field(default_factory=list)
    contents: list[ContentsEntry] = field(default_factory=list)
    imprints: list[Imprint] = field(default_factory=list)
    review: ContentsReview | None = None

    # -- lookups -------------------------------------------------------------------------------
    def articles(self) -> Iterator[Article]:
        for section in self.sections:
            yield from section.articles

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles() if a.id == article_id), None)

    def section_of(self, article_id: str) -> Section | None:
        return next((s for s in self.sections if any(a.id == article_id for a in s.articles)), None)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def figures(self) -> Iterator[tuple[Article | PhotoPage, Figure]]:
        """Every figure with its owner: the article or the photo page it belongs to."""
        for art in self.articles():
            for fig in art.figures():
                yield art, fig
        for page in self.photo_pages:
            for fig in page.figures:
                yield page, fig

    def entry(self, entry_id: str) -> ContentsEntry | None:
        return next((e for e in self.contents if e.id == entry_id), None)

    # -- ids -------------------------------------------------------------------------------------
    def all_ids(self) -> set[str]:
        ids = {s.id for s in self.sections} | {a.id for a in self.articles()}
        ids |= {f.id for _, f in self.figures()} | {p.id for p in self.photo_pages}
        ids |= {e.id for e in self.contents}
        return ids

    def new_id(self, prefix: str) -> str:
        """A fresh id of the form prefix + number (s01, a07, f12, c03) never used in this issue.
        Ids are stable: nothing renumbers them when items move or go."""
        used = self.all_ids()
        pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$")
        numbers = [int(m.group(1)) for i in used if (m := pattern.match(i))]
        n = max(numbers, default=0) + 1
        return f"{prefix}{n:02d}"

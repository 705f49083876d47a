"""The printed contents page and the proofreader's review of it."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ContentsEntry:
    """One entry of the contents as printed (or as it will be printed). `title` may hold a second
    line after a newline (subtitle or kicker). `page` is the printed page number; `article` links
    the entry to its article id, None when nothing matched."""
    id: str
    section: str
    title: str
    page: int | None = None
    article: str | None = None


@dataclass
class ReviewItem:
    """The proofreader's tick and comment on one contents entry."""
    entry: str                 # contents entry id
    ticked: bool = False
    comment: str = ""


@dataclass
class ContentsReview:
    """The proofreader's sign-off of the contents. `pages_signature` records the pages the
    review saw (entry id:page pairs), so a later layout that moves pages shows it as stale."""
    items: list[ReviewItem] = field(default_factory=list)
    signed_by: str | None = None
    signed_at: str | None = None     # ISO 8601
    pages_signature: str | None = None

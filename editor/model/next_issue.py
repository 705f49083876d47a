"""Starting next month's issue from this one."""
from __future__ import annotations

import copy

from .issue import Issue, Section
from .meta import Cover, PreviousIssue


def next_issue(prev: Issue, numbers_per_year: int = 12) -> Issue:
    """Number and cumulative number +1 (the number wraps to 1 in a new year); same sections,
    board, colophon and layout; no articles, contents, cover lines or photo pages."""
    meta = copy.deepcopy(prev.meta)
    meta.previous = PreviousIssue(prev.meta.year, prev.meta.number, prev.meta.cumulative)
    if prev.meta.number >= numbers_per_year:
        meta.year, meta.number = prev.meta.year + 1, 1
    else:
        meta.number = prev.meta.number + 1
    if meta.cumulative is not None:
        meta.cumulative += 1
    meta.cover = Cover(slogan=prev.meta.cover.slogan)
    meta.print_date = None
    sections = [Section(s.id, s.name) for s in prev.sections]
    return Issue(meta=meta, sections=sections)

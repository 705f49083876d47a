"""Putting read articles into an issue: ids, section, and the pictures handed to the store
through a callback (importers do not import the store)."""
from __future__ import annotations

from typing import Callable

from editor.model import Issue, Section

from .reader import DocxArticle

DEFAULT_SECTION = "待分栏"


def attach(issue: Issue, docs: list[DocxArticle], section_name: str | None,
           add_image: Callable[[bytes, str], str]) -> list[str]:
    """Add the articles to `section_name` (made when absent); returns the new article ids.
    add_image(data, name_hint) stores a picture and returns its path inside the issue folder."""
    name = (section_name or DEFAULT_SECTION).strip()
    section = next((s for s in issue.sections if s.name == name), None)
    if section is None:
        section = Section(id=issue.new_id("s"), name=name)
        issue.sections.append(section)
    ids = []
    for doc in docs:
        article = doc.article
        article.id = issue.new_id("a")
        section.articles.append(article)
        ids.append(article.id)
        for n, pending in enumerate(doc.images, 1):
            fig = pending.figure
            fig.id = issue.new_id("f")   # counts the figures already in the issue, this one too
            if pending.image is not None:
                fig.image = add_image(pending.image.data, f"{article.id}-{n}{pending.image.ext}")
    return ids

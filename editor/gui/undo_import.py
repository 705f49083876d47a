"""Undo for the Word import: every article of one import (and the section made for them) is one
command. The ids, the section and the image paths are settled before the command is pushed, on
a copy of the issue, so redo after undo puts back exactly the same articles."""
from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QUndoCommand

from editor.importers.docx import DocxArticle, attach
from editor.model import Article, Issue, Section

from .qt_text import translate


@dataclass
class PreparedImport:
    section_id: str
    section_name: str
    new_section: bool
    articles: list[Article]


def prepare_import(issue: Issue, docs: list[DocxArticle], section_name: str | None,
                   add_image) -> PreparedImport:
    """The articles as `attach` would add them to `issue`, which itself stays untouched."""
    probe = copy.deepcopy(issue)
    ids = attach(probe, copy.deepcopy(docs), section_name, add_image)
    section = probe.section_of(ids[0])
    return PreparedImport(section.id, section.name, issue.section(section.id) is None,
                          [probe.article(i) for i in ids])


def copy_images_with(folder, prepare):
    """Call prepare(add_image) with an add_image that copies into the open issue folder; when
    prepare fails, the pictures it already copied are taken back, so a failed import leaves no
    stray files."""
    added: list[Path] = []

    def add_image(data: bytes, name_hint: str) -> str:
        rel = folder.add_image(data, name_hint)
        added.append(folder.path / rel)
        return rel
    try:
        return prepare(add_image)
    except BaseException:
        for path in added:
            path.unlink(missing_ok=True)
        raise


class ImportArticles(QUndoCommand):
    """Add the prepared articles at the end of their section. The image files stay in images/
    on undo: an issue file saved before the undo may still name them."""

    def __init__(self, doc, prepared: PreparedImport, label: str = ""):
        n = len(prepared.articles)
        super().__init__(label or translate("undo_import", "Import {n} Word articles").format(n=n))
        self.doc, self.prepared = doc, prepared

    @property
    def article_ids(self) -> list[str]:
        return [a.id for a in self.prepared.articles]

    def redo(self) -> None:
        issue, p = self.doc.issue, self.prepared
        if p.new_section:
            issue.sections.append(Section(p.section_id, p.section_name))
        issue.section(p.section_id).articles.extend(copy.deepcopy(p.articles))
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        issue, p = self.doc.issue, self.prepared
        section = issue.section(p.section_id)
        gone = set(self.article_ids)
        section.articles[:] = [a for a in section.articles if a.id not in gone]
        if p.new_section and not section.articles:
            issue.sections.remove(section)
        self.doc.structure_changed.emit()

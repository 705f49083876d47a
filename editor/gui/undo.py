"""Undo commands: one per model change. Each names what it changes by kind and id (never by a
Python reference that a later reload would leave dangling) and tells the views afterwards."""
from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand



class _Swap(QUndoCommand):
    """A command that puts `new` in place on redo and `old` back on undo, through _apply."""
    old = new = None

    def _apply(self, value) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)



class SetField(_Swap):
    """Set one attribute of an article, figure, section, the metadata or the cover."""

    def __init__(self, doc, kind: str, ident: str, field: str, value, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "Edit %1").replace("%1", field))
        self.doc, self.kind, self.ident, self.field = doc, kind, ident, field
        self.old = getattr(doc.find(kind, ident), field)
        self.new = value

    def _apply(self, value) -> None:
        obj = self.doc.find(self.kind, self.ident)
        before = getattr(obj, self.field)
        setattr(obj, self.field, copy.deepcopy(value))
        if self.kind == "article" and self.field == "title":
            _retitle_entries(self.doc.issue, self.ident, before, value)
        elif self.kind == "section" and self.field == "name":
            for entry in self.doc.issue.contents:
                if entry.section == before:
                    entry.section = value
        self.doc.item_changed.emit(self.kind, self.ident)
        if self.kind == "section" or (self.kind == "article" and self.field in ("title", "short_title")):
            self.doc.structure_changed.emit()


def _retitle_entries(issue, article_id: str, old: str, new: str) -> None:
    """Contents entries that print the article's title follow a change of it; an entry worded
    differently on purpose keeps its wording."""
    for entry in issue.contents:
        first, sep, rest = entry.title.partition("\n")
        if entry.article == article_id and first == old:
            entry.title = new + sep + rest


class SetBlock(_Swap):
    """Replace one body block of an article (a paragraph's text, a sub-head)."""

    def __init__(self, doc, article_id: str, index: int, block, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "Edit paragraph"))
        self.doc, self.article_id, self.index = doc, article_id, index
        self.old = copy.deepcopy(doc.issue.article(article_id).blocks[index])
        self.new = copy.deepcopy(block)

    def _apply(self, block) -> None:
        self.doc.issue.article(self.article_id).blocks[self.index] = copy.deepcopy(block)
        self.doc.item_changed.emit("article", self.article_id)


class MoveArticle(QUndoCommand):
    """Move an article to a position in a section (the same or another one). Undo puts it back
    at the index it came from."""

    def __init__(self, doc, article_id: str, section_id: str, index: int, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "Move article"))
        self.doc, self.article_id = doc, article_id
        source = doc.issue.section_of(article_id)
        self.from_section = source.id
        self.from_index = next(i for i, a in enumerate(source.articles) if a.id == article_id)
        self.to_section, self.to_index = section_id, index
        # The article's contents entries go with it to the new section; undo gives them back
        # exactly the section names they had.
        self.entry_sections = {e.id: e.section for e in doc.issue.contents if e.article == article_id}

    @staticmethod
    def _move(doc, article_id: str, section_id: str, index: int) -> None:
        source = doc.issue.section_of(article_id)
        i = next(i for i, a in enumerate(source.articles) if a.id == article_id)
        article = source.articles.pop(i)
        target = doc.issue.section(section_id).articles
        target.insert(max(0, min(index, len(target))), article)
        doc.structure_changed.emit()

    def redo(self) -> None:
        name = self.doc.issue.section(self.to_section).name
        for entry in self.doc.issue.contents:
            if entry.id in self.entry_sections:
                entry.section = name
        self._move(self.doc, self.article_id, self.to_section, self.to_index)

    def undo(self) -> None:
        for entry in self.doc.issue.contents:
            if entry.id in self.entry_sections:
                entry.section = self.entry_sections[entry.id]
        self._move(self.doc, self.article_id, self.from_section, self.from_index)


class ReplaceMeta(_Swap):
    """All the edits of one metadata dialog, undone as one."""

    def __init__(self, doc, meta, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "Edit issue metadata"))
        self.doc = doc
        self.old, self.new = copy.deepcopy(doc.issue.meta), copy.deepcopy(meta)

    def _apply(self, meta) -> None:
        self.doc.issue.meta = copy.deepcopy(meta)
        self.doc.item_changed.emit("meta", "")
        self.doc.structure_changed.emit()



class InsertBlock(QUndoCommand):
    """Put a new block into an article's body at `index`."""

    def __init__(self, doc, article_id: str, index: int, block, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "Insert paragraph"))
        self.doc, self.article_id, self.index, self.block = doc, article_id, index, copy.deepcopy(block)

    def redo(self) -> None:
        self.doc.issue.article(self.article_id).blocks.insert(self.index, copy.deepcopy(self.block))
        self.doc.item_changed.emit("article", self.article_id)

    def undo(self) -> None:
        del self.doc.issue.article(self.article_id).blocks[self.index]
        self.doc.item_changed.emit("article", self.article_id)


class RemoveBlock(QUndoCommand):
    """Take a block out of an article's body; undo puts it back at the same index."""

    def __init__(self, doc, article_id: str, index: int, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "Delete block"))
        self.doc, self.article_id, self.index = doc, article_id, index
        self.block = copy.deepcopy(doc.issue.article(article_id).blocks[index])

    def redo(self) -> None:
        del self.doc.issue.article(self.article_id).blocks[self.index]
        self.doc.item_changed.emit("article", self.article_id)

    def undo(self) -> None:
        self.doc.issue.article(self.article_id).blocks.insert(self.index, copy.deepcopy(self.block))
        self.doc.item_changed.emit("article", self.article_id)


class AddArticle(QUndoCommand):
    """Put an article into a section at `index`, with its contents entry at the end of that
    section's entries (the layout gives the page)."""

    def __init__(self, doc, section_id: str, index: int, article, entry, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "New article"))
        self.doc, self.section_id, self.index = doc, section_id, index
        self.article, self.entry = copy.deepcopy(article), copy.deepcopy(entry)

    def redo(self) -> None:
        issue = self.doc.issue
        issue.section(self.section_id).articles.insert(self.index, copy.deepcopy(self.article))
        same = [i for i, e in enumerate(issue.contents) if e.section == self.entry.section]
        issue.contents.insert(same[-1] + 1 if same else len(issue.contents), copy.deepcopy(self.entry))
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        issue = self.doc.issue
        issue.section(self.section_id).articles.pop(self.index)
        issue.contents[:] = [e for e in issue.contents if e.id != self.entry.id]
        self.doc.structure_changed.emit()


class RemoveArticle(QUndoCommand):
    """Take an article out with its contents entries; undo puts all back where they were."""

    def __init__(self, doc, article_id: str, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "Delete article"))
        self.doc, self.article_id = doc, article_id
        section = doc.issue.section_of(article_id)
        self.section_id = section.id
        self.index = next(i for i, a in enumerate(section.articles) if a.id == article_id)
        self.article = copy.deepcopy(section.articles[self.index])
        self.entries = [(i, copy.deepcopy(e)) for i, e in enumerate(doc.issue.contents) if e.article == article_id]

    def redo(self) -> None:
        issue = self.doc.issue
        issue.section(self.section_id).articles.pop(self.index)
        issue.contents[:] = [e for e in issue.contents if e.article != self.article_id]
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        issue = self.doc.issue
        issue.section(self.section_id).articles.insert(self.index, copy.deepcopy(self.article))
        for i, entry in self.entries:
            issue.contents.insert(i, copy.deepcopy(entry))
        self.doc.structure_changed.emit()


class AddSection(QUndoCommand):
    def __init__(self, doc, section, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "New section"))
        self.doc, self.section = doc, copy.deepcopy(section)

    def redo(self) -> None:
        self.doc.issue.sections.append(copy.deepcopy(self.section))
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        self.doc.issue.sections = [s for s in self.doc.issue.sections if s.id != self.section.id]
        self.doc.structure_changed.emit()


def _entries_in_section_order(issue) -> list:
    """The contents entries grouped by the order of their sections, each group keeping its own
    order; an entry whose section name matches no section stays behind the entry before it."""
    rank = {s.name: i for i, s in reversed(list(enumerate(issue.sections)))}
    keyed, last = [], -1
    for n, entry in enumerate(issue.contents):
        last = rank.get(entry.section, last)
        keyed.append((last, n, entry))
    return [entry for *_, entry in sorted(keyed, key=lambda k: (k[0], k[1]))]


class MoveSection(QUndoCommand):
    """Move a section with its articles to another place among the sections; its contents
    entries move with it. Undo gives back the sections' and the entries' old order."""

    def __init__(self, doc, section_id: str, index: int, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "Move section"))
        self.doc, self.section_id, self.to_index = doc, section_id, index
        sections = doc.issue.sections
        self.from_index = next(i for i, s in enumerate(sections) if s.id == section_id)
        self.entry_order = [e.id for e in doc.issue.contents]

    def _place(self, index: int) -> None:
        sections = self.doc.issue.sections
        i = next(i for i, s in enumerate(sections) if s.id == self.section_id)
        sections.insert(max(0, min(index, len(sections) - 1)), sections.pop(i))

    def redo(self) -> None:
        self._place(self.to_index)
        self.doc.issue.contents[:] = _entries_in_section_order(self.doc.issue)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        self._place(self.from_index)
        by_id = {e.id: e for e in self.doc.issue.contents}
        self.doc.issue.contents[:] = [by_id[i] for i in self.entry_order]
        self.doc.structure_changed.emit()


def section_entries(issue, section) -> list:
    """The contents entries that go with a section: those of its articles, and unlinked ones
    filed under its name when no other section carries that name."""
    articles = {a.id for a in section.articles}
    shared = any(s.name == section.name for s in issue.sections if s is not section)
    return [e for e in issue.contents
            if e.article in articles or (e.article is None and e.section == section.name and not shared)]


class RemoveSection(QUndoCommand):
    """Take a section out with its articles and their contents entries; undo puts everything
    back at the same places with the same ids."""

    def __init__(self, doc, section_id: str, label: str = ""):
        super().__init__(label or QCoreApplication.translate("undo", "Delete section"))
        self.doc, self.section_id = doc, section_id
        issue = doc.issue
        self.index = next(i for i, s in enumerate(issue.sections) if s.id == section_id)
        self.section = copy.deepcopy(issue.sections[self.index])
        going = {id(e) for e in section_entries(issue, issue.sections[self.index])}
        self.entries = [(i, copy.deepcopy(e)) for i, e in enumerate(issue.contents) if id(e) in going]

    def redo(self) -> None:
        issue = self.doc.issue
        del issue.sections[self.index]
        going = {e.id for _, e in self.entries}
        issue.contents[:] = [e for e in issue.contents if e.id not in going]
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        issue = self.doc.issue
        issue.sections.insert(self.index, copy.deepcopy(self.section))
        for i, entry in self.entries:
            issue.contents.insert(i, copy.deepcopy(entry))
        self.doc.structure_changed.emit()

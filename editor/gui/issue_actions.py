"""Issue menu entries that add and remove articles and sections, each one undoable step."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from editor.model import Article, ContentsEntry, Paragraph, Run, Section

from .undo import AddArticle, AddSection, RemoveArticle, RemoveSection


class IssueActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.act_new_article = self._action("actionNewArticle", self.tr("New &Article"), self.new_article, "Ctrl+Shift+N")
        self.act_delete_article = self._action("actionDeleteArticle", self.tr("&Delete Article…"), self.delete_article, None)
        self.act_new_section = self._action("actionNewSection", self.tr("New &Section…"), self.new_section, None)
        self.act_delete_section = self._action("actionDeleteSection", self.tr("Delete Sec&tion…"), self.delete_section, None)
        menu = window.menus["issue"]
        menu.addSeparator()
        menu.addActions([self.act_new_article, self.act_delete_article, self.act_new_section, self.act_delete_section])
        window.tree.addActions([self.act_new_article, self.act_delete_article, self.act_delete_section])

    def _action(self, name: str, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def update(self, doc, key) -> None:
        writable = doc is not None and not doc.read_only
        self.act_new_article.setEnabled(writable and key is not None and key[0] in ("section", "article", "figure"))
        self.act_delete_article.setEnabled(writable and key is not None and key[0] == "article")
        self.act_new_section.setEnabled(writable)
        self.act_delete_section.setEnabled(writable and key is not None and key[0] == "section")

    # -- what a person answers; tests replace these --------------------------------------------
    def ask_section_name(self) -> str | None:
        name, ok = QInputDialog.getText(self.window, self.tr("New section"), self.tr("Section name:"))
        return name.strip() if ok and name.strip() else None

    def confirm_delete(self, title: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete article"),
                          self.tr("Delete “%1” and its contents entry? (Undo brings it back.)").replace("%1", title),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setObjectName("deleteArticleDialog")
        return box.exec() == QMessageBox.StandardButton.Yes

    def confirm_delete_section(self, name: str, articles: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete section"),
                          self.tr("Delete the section “%1” with its %n article(s) and their contents entries? "
                                  "(Undo brings them back.)", "", articles).replace("%1", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setObjectName("deleteSectionDialog")
        return box.exec() == QMessageBox.StandardButton.Yes

    # -- the work ------------------------------------------------------------------------------
    def _target(self):
        """The section and index a new article goes to: after the selected article, else at the
        end of the selected section, else at the end of the first section."""
        doc, key = self.window.doc, self.window.tree.current_key()
        issue = doc.issue
        if key and key[0] == "figure":
            owner = doc.figure_owner(key[1])
            key = ("article", owner.id) if isinstance(owner, Article) else None
        if key and key[0] == "article":
            section = issue.section_of(key[1])
            return section, next(i for i, a in enumerate(section.articles) if a.id == key[1]) + 1
        if key and key[0] == "section":
            section = issue.section(key[1])
            return section, len(section.articles)
        return (issue.sections[0], len(issue.sections[0].articles)) if issue.sections else (None, 0)

    def new_article(self) -> None:
        doc = self.window.doc
        if doc is None or doc.read_only:
            return
        section, index = self._target()
        if section is None:
            return
        title = self.tr("New article")
        article = Article(id=doc.issue.new_id("a"), title=title, blocks=[Paragraph([Run("")])])
        entry = ContentsEntry(id=doc.issue.new_id("c"), section=section.name, title=title, article=article.id)
        doc.push(AddArticle(doc, section.id, index, article, entry))
        self.window.tree.select("article", article.id)
        title_edit = self.window.article_editor.fields.edits["title"]
        title_edit.setFocus()
        title_edit.selectAll()

    def delete_article(self) -> None:
        doc, key = self.window.doc, self.window.tree.current_key()
        if doc is None or doc.read_only or not key or key[0] != "article":
            return
        if self.confirm_delete(doc.issue.article(key[1]).title):
            doc.push(RemoveArticle(doc, key[1]))

    def new_section(self) -> None:
        doc = self.window.doc
        if doc is None or doc.read_only:
            return
        name = self.ask_section_name()
        if name:
            section = Section(id=doc.issue.new_id("s"), name=name)
            doc.push(AddSection(doc, section))
            self.window.tree.select("section", section.id)

    def delete_section(self) -> None:
        """An empty section goes at once; one with articles only after the editor confirms."""
        doc, key = self.window.doc, self.window.tree.current_key()
        if doc is None or doc.read_only or not key or key[0] != "section":
            return
        section = doc.issue.section(key[1])
        if section.articles and not self.confirm_delete_section(section.name, len(section.articles)):
            return
        doc.push(RemoveSection(doc, section.id))

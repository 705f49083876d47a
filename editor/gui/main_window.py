"""The main window: issue tree on the left, the editor of the selected item on the right,
menus for files, editing and the issue; autosave, recent issues, and asking before unsaved
edits are lost."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter,
                               QStackedWidget)

from editor.errors import UserError

from . import settings as prefs
from .article_editor import ArticleEditor
from .field_form import FieldForm
from .figure_editor import FigureEditor
from .meta_dialog import MetaDialog
from .import_menu import install_import_actions
from .issue_actions import IssueActions
from .issue_tree import IssueTree
from .opening import open_document, show_error
from .preferences import PreferencesDialog, autosave_seconds
from .undo import MoveArticle, MoveSection, ReplaceMeta


class MainWindow(QMainWindow):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.doc = None
        self.tree = IssueTree(self)
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("Open an issue, or pick an article in the tree."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.article_editor = ArticleEditor(self)
        self.figure_editor = FigureEditor(self)
        self.section_editor = FieldForm("section", [("name", self.tr("Section name"), False)], self)
        for w in (self.placeholder, self.article_editor, self.figure_editor, self.section_editor):
            self.stack.addWidget(w)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.stack)
        splitter.setSizes([300, 700])
        self.setCentralWidget(splitter)
        self.tree.selected.connect(self.show_item)
        self.tree.move_requested.connect(self.move_article)
        self.tree.section_move_requested.connect(self.move_section)
        self._make_actions()
        self._make_menus()
        self.issue_actions = IssueActions(self)
        install_import_actions(self)   # File ▸ New Issue from Previous…, File ▸ Import ▸ …
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start(autosave_seconds() * 1000)
        self.resize(1100, 720)
        geometry = prefs.settings().value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._update_title()
        self._update_actions()

    # -- actions and menus -----------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_open = self._action("actionOpen", self.tr("&Open Issue…"), self.choose_and_open, S.Open)
        self.act_save = self._action("actionSave", self.tr("&Save"), self.save, S.Save)
        self.act_save_as = self._action("actionSaveAs", self.tr("Save &As…"), self.save_as, S.SaveAs)
        self.act_quit = self._action("actionQuit", self.tr("&Quit"), self.close, S.Quit)
        self.act_undo = self._action("actionUndo", self.tr("&Undo"), self._undo, S.Undo)
        self.act_redo = self._action("actionRedo", self.tr("&Redo"), self._redo, S.Redo)
        self.act_redo.setShortcuts(S.Redo)   # every binding of the platform: Ctrl+Y and Ctrl+Shift+Z
        self.act_up = self._action("actionMoveUp", self.tr("Move &Up"), lambda: self.move_by(-1), "Alt+Up")
        self.act_down = self._action("actionMoveDown", self.tr("Move &Down"), lambda: self.move_by(1), "Alt+Down")
        self.act_meta = self._action("actionMeta", self.tr("Issue &Metadata…"), self.edit_meta, "Ctrl+I")
        self.act_prefs = self._action("actionPreferences", self.tr("&Preferences…"), self.edit_preferences, S.Preferences)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.act_save, self.act_save_as])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_up, self.act_down])
        self.move_menu = edit_menu.addMenu(self.tr("Move to &Section"))
        self.move_menu.setObjectName("menuMoveTo")
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_prefs)
        issue_menu = bar.addMenu(self.tr("&Issue"))
        issue_menu.addAction(self.act_meta)
        self.menus = {"file": file_menu, "edit": edit_menu, "issue": issue_menu}

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in prefs.recent_issues():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(True)

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        key = self.tree.current_key()
        if not self.doc or not key or key[0] != "article":
            return
        current = self.doc.issue.section_of(key[1])
        for section in self.doc.issue.sections:
            action = self.move_menu.addAction(section.name)
            action.setEnabled(section is not current and not self.doc.read_only)
            action.triggered.connect(lambda _=False, s=section.id, a=key[1]:
                                     self.move_article(a, s, len(self.doc.issue.section(s).articles)))

    # -- the document ----------------------------------------------------------------------------
    def set_document(self, doc) -> None:
        old = self.doc
        if old is not None:
            old.close()
            for signal, slot in ((old.structure_changed, self._structure_changed), (old.item_changed, self._item_changed),
                                 (old.modified_changed, self._update_title), (old.path_changed, self._path_changed),
                                 (old.stack.indexChanged, self._update_actions)):
                signal.disconnect(slot)   # only ours: the page views follow the document too
            old.deleteLater()
        self.doc = doc
        self.tree.set_document(doc)
        self.stack.setCurrentWidget(self.placeholder)
        if doc is not None:
            doc.setParent(self)   # dies with the window, never before it
            doc.structure_changed.connect(self._structure_changed)
            doc.item_changed.connect(self._item_changed)
            doc.modified_changed.connect(self._update_title)
            doc.path_changed.connect(self._path_changed)
            doc.stack.indexChanged.connect(self._update_actions)
            prefs.add_recent(doc.path)
            first = next(iter(doc.issue.articles()), None)
            if first is not None:
                self.tree.select("article", first.id)
        self._update_title()
        self._update_actions()

    def open_path(self, path) -> bool:
        if not self.maybe_keep_edits():
            return False
        doc = open_document(self, path)
        if doc is None:
            return False
        self.set_document(doc)
        return True

    def choose_and_open(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open issue folder"))
        if folder:
            self.open_path(Path(folder))

    def save(self) -> bool:
        if self.doc is None:
            return False
        if self.doc.read_only:
            return self.save_as()
        try:
            self.doc.save()
        except UserError as exc:
            show_error(self, exc, self.tr("Cannot save"))
            return False
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        return True

    def save_as(self) -> bool:
        if self.doc is None:
            return False
        target = QFileDialog.getSaveFileName(self, self.tr("Save issue as new folder"))[0]
        return bool(target) and self.save_to(Path(target))

    def save_to(self, target: Path) -> bool:
        try:
            self.doc.save_as(target)
        except UserError as exc:
            show_error(self, exc, self.tr("Cannot save"))
            return False
        return True

    def autosave(self) -> None:
        if self.doc is None:
            return
        try:
            if self.doc.autosave():
                self.statusBar().showMessage(self.tr("Autosaved."), 3000)
        except UserError as exc:
            self.statusBar().showMessage(exc.message, 6000)

    def maybe_keep_edits(self) -> bool:
        """True when it is fine to drop the current issue (saved, discarded, or nothing to save)."""
        if self.doc is None or not self.doc.is_modified or self.doc.read_only:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved edits"),
                          self.tr("%1 has unsaved edits. Save them?").replace("%1", self.doc.issue.meta.label),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedDialog")
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.doc.folder.discard_recovery()
            return True
        return False

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.maybe_keep_edits():
            event.ignore()
            return
        prefs.settings().setValue("window/geometry", self.saveGeometry())
        prefs.settings().setValue("window/state", self.saveState())
        if self.doc is not None:
            self.doc.close()
        self.autosave_timer.stop()
        event.accept()

    # -- editing ---------------------------------------------------------------------------------
    def _undo(self) -> None:
        if self.doc:
            self.doc.stack.undo()

    def _redo(self) -> None:
        if self.doc:
            self.doc.stack.redo()

    def show_item(self, kind: str, ident: str) -> None:
        if kind == "article":
            self.article_editor.load(self.doc, ident)
            self.stack.setCurrentWidget(self.article_editor)
        elif kind == "figure":
            self.figure_editor.load(self.doc, ident)
            self.stack.setCurrentWidget(self.figure_editor)
        elif kind == "section":
            self.section_editor.load(self.doc, ident)
            self.stack.setCurrentWidget(self.section_editor)
        else:
            self.stack.setCurrentWidget(self.placeholder)
        self._update_actions()

    def _structure_changed(self) -> None:
        self.tree.rebuild()
        if self.tree.current_key() is None:   # what the editor showed is gone (deleted, undone)
            self.stack.setCurrentWidget(self.placeholder)
        self._update_actions()

    def _item_changed(self, kind: str, ident: str) -> None:
        self.tree.refresh_labels(kind, ident)
        current = self.tree.current_key()
        if current == (kind, ident) or (kind == "figure" and current and current[0] == "article"):
            self.show_item(*current)
        if kind == "meta":
            self._update_title()

    def move_article(self, article_id: str, section_id: str, index: int) -> None:
        if self.doc is None or self.doc.read_only:
            return
        self.doc.push(MoveArticle(self.doc, article_id, section_id, index))
        self.tree.select("article", article_id)

    def move_section(self, section_id: str, index: int) -> None:
        if self.doc is None or self.doc.read_only:
            return
        self.doc.push(MoveSection(self.doc, section_id, index))
        self.tree.select("section", section_id)

    def move_by(self, step: int) -> None:
        key = self.tree.current_key()
        if self.doc is not None and key and key[0] == "section":
            index = next(i for i, s in enumerate(self.doc.issue.sections) if s.id == key[1]) + step
            if 0 <= index < len(self.doc.issue.sections):
                self.move_section(key[1], index)
            return
        if self.doc is None or not key or key[0] != "article":
            return
        section = self.doc.issue.section_of(key[1])
        index = next(i for i, a in enumerate(section.articles) if a.id == key[1]) + step
        if 0 <= index < len(section.articles):
            self.move_article(key[1], section.id, index)

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self)
        if dialog.exec():
            dialog.save()
            self.autosave_timer.start(autosave_seconds() * 1000)

    def edit_meta(self) -> None:
        if self.doc is None:
            return
        dialog = MetaDialog(self.doc.issue.meta, self.doc.read_only, self,
                            add_image=None if self.doc.read_only else self.doc.folder.add_image)
        if dialog.exec() and not self.doc.read_only:
            meta = dialog.result_meta()
            if meta != self.doc.issue.meta:
                self.doc.push(ReplaceMeta(self.doc, meta))

    # -- window state ----------------------------------------------------------------------------
    def restore_state(self) -> None:
        """Docks and toolbars as the user left them; called once the docks exist."""
        state = prefs.settings().value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        geometry = prefs.settings().value("window/geometry")
        if isinstance(geometry, QByteArray):   # again: docks coming back change the size
            self.restoreGeometry(geometry)

    def _path_changed(self) -> None:
        prefs.add_recent(self.doc.path)
        self._update_title()

    def _update_title(self, *_ignored) -> None:
        if self.doc is None:
            self.setWindowTitle(self.tr("IssueDesk"))
            return
        suffix = self.tr(" (read-only)") if self.doc.read_only else ""
        self.setWindowTitle(f"{self.doc.issue.meta.label}[*]{suffix} — {self.tr('IssueDesk')}")
        self.setWindowModified(self.doc.is_modified)

    def _update_actions(self, *_ignored) -> None:
        has, writable = self.doc is not None, self.doc is not None and not self.doc.read_only
        self.act_save.setEnabled(writable)
        self.act_save_as.setEnabled(has)
        self.act_meta.setEnabled(has)
        self.act_undo.setEnabled(writable and self.doc.stack.canUndo())
        self.act_redo.setEnabled(writable and self.doc.stack.canRedo())
        movable = bool(self.tree.current_key() and self.tree.current_key()[0] in ("article", "section"))
        for action in (self.act_up, self.act_down):
            action.setEnabled(writable and movable)
        if hasattr(self, "issue_actions"):
            self.issue_actions.update(self.doc, self.tree.current_key())

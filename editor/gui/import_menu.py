"""File menu entries for bringing material in: New Issue from Previous…, and Import ▸ Issue from
Markdown… / Word Documents…. `install_import_actions(window)` is the one call the main window
makes; the dialogs do the work, this module only opens them and follows up (open the new issue,
select the first imported article)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu



# The dialogs (and the importers behind them) are imported when first used: they would add a
# tenth of a second to every start of the program.

class ImportActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.act_new = self._action("actionNewFromPrevious", self.tr("&New Issue from Previous…"),
                                    self.new_issue)
        self.act_new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.act_text = self._action("actionImportMarkdown", self.tr("Issue from &Markdown…"),
                                     self.import_text)
        self.act_docx = self._action("actionImportDocx", self.tr("&Word Documents…"), self.import_docx)
        file_menu = window.menus["file"]
        self.import_menu = QMenu(self.tr("I&mport"), file_menu)
        self.import_menu.setObjectName("menuImport")
        self.import_menu.addActions([self.act_text, self.act_docx])
        # New first, as in every File menu; Import in a group of its own before Save.
        present = file_menu.actions()
        top, save = getattr(window, "act_open", None), getattr(window, "act_save", None)
        if top in present:
            file_menu.insertAction(top, self.act_new)
        else:
            file_menu.addAction(self.act_new)
        if save in present:
            file_menu.insertMenu(save, self.import_menu)
            file_menu.insertSeparator(save)
        else:
            file_menu.addMenu(self.import_menu)
        file_menu.aboutToShow.connect(self.update_actions)
        self.import_menu.aboutToShow.connect(self.update_actions)
        self.update_actions()
        window.setAcceptDrops(True)   # Word files or a markdown issue dropped from the desktop or mail
        window.installEventFilter(self)

    def _action(self, name: str, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def update_actions(self) -> None:
        doc = self.window.doc
        self.act_docx.setEnabled(doc is not None and not doc.read_only)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    # -- the three entries -----------------------------------------------------------------------
    def new_issue(self) -> None:
        from .new_issue_dialog import NewIssueDialog
        doc = self.window.doc
        dialog = NewIssueDialog(doc.issue if doc else None, doc.path if doc else None, self.window)
        if dialog.exec() and dialog.created is not None:
            self._open_created(dialog.created)
        dialog.deleteLater()

    def import_text(self, source: Path | None = None) -> None:
        from .import_text_dialog import ImportTextDialog
        dialog = ImportTextDialog(self.window)
        if source is not None:
            dialog.set_source(source)
        if dialog.exec() and dialog.created is not None:
            self._open_created(dialog.created)
        dialog.deleteLater()

    def import_docx(self, files: list[Path] | None = None) -> None:
        from .import_docx_dialog import ImportDocxDialog
        doc = self.window.doc
        if doc is None or doc.read_only:
            self._say(self.tr("Open an issue for editing first."))
            return
        key = self.window.tree.current_key()
        section = None
        if key and key[0] == "section":
            section = doc.issue.section(key[1])
        elif key and key[0] == "article":
            section = doc.issue.section_of(key[1])
        dialog = ImportDocxDialog(doc, section.name if section else None, self.window)
        if files:
            dialog.set_files(files)
        if dialog.exec() and dialog.command is not None:
            ids = dialog.command.article_ids
            self.window.tree.select("article", ids[0])
            self._say(self.tr("Imported {n} articles (undoable).").format(n=len(ids)))
        dialog.deleteLater()

    # -- files dropped on the window --------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if obj is self.window and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            what, paths = dropped_files(event.mimeData())
            if what is None:
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                # After the drop has finished: a modal dialog inside it would hold the drag open.
                if what == "docx":
                    QTimer.singleShot(0, lambda: self.import_docx(paths))
                else:
                    QTimer.singleShot(0, lambda: self.import_text(paths[0]))
            return True
        return False

    def _open_created(self, folder) -> None:
        if not self.window.open_path(folder):
            self._say(self.tr("The new issue was written to {folder} but not opened.").format(folder=str(folder)))


WORD_SUFFIXES = (".docx", ".doc")
TEXT_SUFFIXES = (".md", ".markdown", ".txt")


def dropped_files(mime) -> tuple[str | None, list[Path]]:
    """("docx", Word files) or ("text", [one markdown file]) or (None, []) for anything else."""
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
    words = [p for p in paths if p.suffix.lower() in WORD_SUFFIXES]
    if words:
        return "docx", words
    texts = [p for p in paths if p.suffix.lower() in TEXT_SUFFIXES]
    if len(texts) == 1:
        return "text", texts
    return None, []


def install_import_actions(window) -> ImportActions:
    window.import_actions = ImportActions(window)
    return window.import_actions

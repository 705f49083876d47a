"""The open issue as the GUI holds it: the model, its folder on disk, and the undo stack.

Every change to the model goes through `push(command)`, so it can be undone and marks the issue
modified. Views listen to `structure_changed` (sections or articles moved, added, removed) and
`item_changed(kind, id)` (one thing's fields changed) and read the model again."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from editor.model import Figure, Issue
from editor.store import IMAGES_DIRNAME, IssueFolder, create_issue_folder


class IssueDocument(QObject):
    structure_changed = Signal()
    item_changed = Signal(str, str)      # kind ("article", "figure", "section", "meta"), id
    modified_changed = Signal(bool)
    path_changed = Signal()

    def __init__(self, folder: IssueFolder, issue: Issue | None = None, parent=None):
        super().__init__(parent)
        self.folder = folder
        self.issue = issue if issue is not None else folder.issue
        self.stack = QUndoStack(self)
        # Recovered autosave edits are unsaved work although no command produced them.
        self._dirty_without_command = issue is not None and issue is not folder.issue
        self.stack.cleanChanged.connect(lambda _clean: self.modified_changed.emit(self.is_modified))

    # -- state -----------------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.folder.path

    @property
    def read_only(self) -> bool:
        return self.folder.read_only

    @property
    def is_modified(self) -> bool:
        return self._dirty_without_command or not self.stack.isClean()

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)

    # -- lookups used by the commands ------------------------------------------------------------
    def find(self, kind: str, ident: str):
        issue = self.issue
        if kind == "article":
            return issue.article(ident)
        if kind == "section":
            return issue.section(ident)
        if kind == "figure":
            return next((f for _, f in issue.figures() if f.id == ident), None)
        if kind == "meta":
            return issue.meta
        if kind == "cover":
            return issue.meta.cover
        raise KeyError(kind)

    def figure_owner(self, figure_id: str):
        return next((owner for owner, f in self.issue.figures() if f.id == figure_id), None)

    def image_path(self, figure: Figure) -> Path | None:
        return self.path / figure.image if figure.image else None

    # -- disk ------------------------------------------------------------------------------------
    def save(self) -> None:
        self.folder.save(self.issue)
        self._mark_saved()

    def save_as(self, target: Path) -> None:
        """Write a new issue folder with the images, then continue editing there."""
        images = {}
        source_images = self.path / IMAGES_DIRNAME
        if source_images.is_dir():
            for f in source_images.rglob("*"):
                if f.is_file():
                    images[f.relative_to(self.path).as_posix()] = f
        create_issue_folder(self.issue, Path(target), images)
        new_folder = IssueFolder(target)
        self.folder.close()
        self.folder = new_folder
        self._mark_saved()
        self.path_changed.emit()

    def autosave(self) -> bool:
        if self.read_only or not self.is_modified:
            return False
        self.folder.autosave(self.issue)
        return True

    def close(self) -> None:
        self.folder.close()

    def _mark_saved(self) -> None:
        self._dirty_without_command = False
        self.stack.setClean()
        self.modified_changed.emit(False)

"""Opening an issue folder the way an office needs it: a lock held by someone else names them and
offers read-only; edits autosaved before a crash are offered back."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from editor.errors import LockedError, UserError
from editor.store import IssueFolder, break_lock, issue_folder_of

from .document import IssueDocument



def ask_locked(parent, exc: LockedError) -> str | None:
    """'read-only', 'break' (only offered for a stale lock) or None."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("opening", "Issue in use"), exc.message, parent=parent)
    box.setObjectName("lockedDialog")
    holder = exc.holder
    if holder is not None:
        box.setInformativeText(QCoreApplication.translate("opening", "Held by %1 on %2 since %3.")
                               .replace("%1", holder.user).replace("%2", holder.host).replace("%3", holder.time or "?"))
    read_only = box.addButton(QCoreApplication.translate("opening", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    breaker = None
    if holder is not None and holder.is_stale():
        breaker = box.addButton(QCoreApplication.translate("opening", "Break the lock and edit"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return "read-only"
    if breaker is not None and clicked is breaker:
        return "break"
    return None


def ask_recover(parent, folder: Path) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("opening", "Recover unsaved edits?"),
                      QCoreApplication.translate("opening", "This issue has edits that were autosaved but never saved (the program may "
                          "have been closed unexpectedly). Recover them?"), parent=parent)
    box.setObjectName("recoverDialog")
    box.setInformativeText(str(folder))
    recover = box.addButton(QCoreApplication.translate("opening", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("opening", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.exec()
    return box.clickedButton() is recover


def show_error(parent, exc: UserError, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title or QCoreApplication.translate("opening", "IssueDesk"), exc.message, parent=parent)
    box.setObjectName("errorDialog")
    box.exec()


def open_document(parent, path) -> IssueDocument | None:
    """The issue at `path`, opened for editing (or read-only when the user chose so); None when
    the user cancelled or the issue cannot be read (the reason has been shown)."""
    try:
        try:
            folder = IssueFolder(path)
        except LockedError as exc:
            choice = ask_locked(parent, exc)
            if choice is None:
                return None
            if choice == "break":
                break_lock(issue_folder_of(path))
            folder = IssueFolder(path, read_only=(choice == "read-only"))
        issue = None
        if not folder.read_only and folder.has_recovery():
            if ask_recover(parent, folder.path):
                issue = folder.recover()
            else:
                folder.discard_recovery()
        return IssueDocument(folder, issue)
    except UserError as exc:
        show_error(parent, exc, QCoreApplication.translate("opening", "Cannot open the issue"))
        return None

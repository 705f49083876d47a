"""Import-menu test helpers: a main window on a fresh copy of the demo issue, a way to reach a
menu entry by its visible text, and acting in a modal dialog when it comes up."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication



@pytest.fixture
def import_window(qtbot, demo_master, tmp_path):
    from editor.gui.app import application
    from editor.gui.main_window import MainWindow
    application()
    issue = tmp_path / "issue"
    shutil.copytree(demo_master, issue)
    win = MainWindow()
    assert win.import_actions is not None   # the main window installs the import entries itself
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(issue)
    yield win
    if win.doc is not None:   # close without the unsaved-edits question
        win.doc.stack.setClean()
        win.doc._dirty_without_command = False
    win.close()
    win.deleteLater()


def menu_entry(window, *path: str):
    """The action reached by clicking menu texts in turn (File, Import, Word…), & ignored."""
    actions = window.menuBar().actions()
    for i, text in enumerate(path):
        found = next((a for a in actions if text in a.text().replace("&", "")), None)
        assert found is not None, f"no menu entry {text!r} among {[a.text() for a in actions]}"
        if i == len(path) - 1:
            return found
        menu = found.menu()
        menu.aboutToShow.emit()
        actions = menu.actions()


def on_modal(object_name: str, act, done: list | None = None) -> None:
    """When the modal dialog `object_name` comes up, call act(dialog); `done` records that it ran."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != object_name:
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        finally:
            if done is not None:
                done.append(object_name)
    QTimer.singleShot(0, poll)


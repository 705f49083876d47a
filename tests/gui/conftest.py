"""GUI test helpers: a fresh copy of the demo issue per test, a main window on it, and a way to
answer the modal dialogs a person would answer."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel



@pytest.fixture
def issue_dir(demo_master, tmp_path):
    target = tmp_path / "issue"
    shutil.copytree(demo_master, target)
    return target


@pytest.fixture
def empty_window(qtbot):
    """A main window with no issue open yet."""
    from editor.gui.app import application
    from editor.gui.main_window import MainWindow
    application()
    win = MainWindow()   # closed below, after its edits are forgotten (qtbot.addWidget would close first and be asked)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    forget_edits(win)
    win.close()
    win.deleteLater()


@pytest.fixture
def window(empty_window, issue_dir):
    assert empty_window.open_path(issue_dir)
    return empty_window


def forget_edits(win) -> None:
    """Let a test's window close without asking about its edits."""
    if win.doc is not None:
        win.doc.stack.setClean()
        win.doc._dirty_without_command = False


def on_modal(object_name: str, act) -> None:
    """When the modal dialog `object_name` comes up, call act(dialog) — what a person does there."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != object_name:
            QTimer.singleShot(20, poll)
            return
        act(dialog)
    QTimer.singleShot(0, poll)


def answer(object_name: str, button_text: str, seen: list | None = None) -> None:
    """Press the button whose text contains `button_text` (alternatives split by |: Chinese and
    English) in the dialog `object_name` when it comes up; its texts go into `seen`."""
    def press(dialog):
        if seen is not None:
            seen.extend(label.text() for label in dialog.findChildren(QLabel))
        for button in dialog.findChildren(QAbstractButton):
            if any(alt in button.text().replace("&", "") for alt in button_text.split("|")):
                button.click()
                return
        dialog.reject()
        raise AssertionError(f"no button {button_text!r} in {object_name}: "
                             f"{[b.text() for b in dialog.findChildren(QAbstractButton)]}")
    on_modal(object_name, press)


def type_chinese(widget, text: str) -> None:
    """Type text as a Chinese input method delivers it: committed strings, not key codes
    (QTest.keyClicks only knows ASCII keys)."""
    from PySide6.QtGui import QInputMethodEvent
    for phrase in text.split(" ") if " " in text else [text]:
        event = QInputMethodEvent("", [])
        event.setCommitString(phrase)
        QApplication.sendEvent(widget, event)

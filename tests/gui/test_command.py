"""`issuedesk gui ISSUE` opens the window on the issue and returns 0 when the window is closed."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editor.cli.main import main
from editor.gui import settings as prefs


def test_gui_command_opens_the_issue_and_exits_cleanly(qtbot, issue_dir):
    seen = {}

    def close_when_shown():
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
        if not windows or windows[-1].doc is None:
            QTimer.singleShot(50, close_when_shown)
            return
        win = windows[-1]
        seen["title"] = win.windowTitle()
        win.page_views.runner.shutdown()
        win.close()

    QTimer.singleShot(0, close_when_shown)
    assert main(["gui", str(issue_dir)]) == 0
    assert "青溪科技 2026年第11期" in seen["title"]
    assert prefs.recent_issues()[0] == issue_dir.resolve()


def test_the_application_carries_the_program_icon(window):
    assert not QApplication.windowIcon().isNull()
    assert not window.windowIcon().isNull()

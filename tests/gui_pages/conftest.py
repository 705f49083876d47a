"""Page-view test helpers: a main window on a fresh copy of the demo issue with the page views
installed, and a wait for the background layout of the issue as it stands."""
from __future__ import annotations

import shutil

import pytest



@pytest.fixture
def pages_window(qtbot, demo_master, tmp_path):
    from editor.gui.app import application
    from editor.gui.main_window import MainWindow
    from editor.gui.page_views import install_page_views
    application()
    issue = tmp_path / "issue"
    shutil.copytree(demo_master, issue)
    win = MainWindow()   # closed below, not by qtbot: its close would ask about unsaved edits
    install_page_views(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(issue)
    wait_layout(qtbot, win)
    yield win
    views = win.page_views
    views.runner.shutdown()
    if win.doc is not None:   # close without the unsaved-edits question
        win.doc.stack.setClean()
        win.doc._dirty_without_command = False
    win.close()
    win.deleteLater()


def wait_layout(qtbot, win, timeout: int = 20000):
    """Until the background layout has caught up with the issue as it stands."""
    runner = win.page_views.runner
    qtbot.waitUntil(lambda: runner.idle and runner.latest is not None, timeout=timeout)
    return runner.latest

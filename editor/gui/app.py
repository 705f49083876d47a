"""Starting the GUI: the application object, language, fonts, and which issue to open first
(the one named, else the most recent, else the demo issue written to the user data folder)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from editor.paths import resource, user_data_dir

from . import main_thread_gc
from . import settings as prefs
from .display_fonts import install_app_font
from .translator import install_translators

DEMO_FOLDER_NAME = "demo-issue"


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("IssueDesk")
        app.setOrganizationName("IssueDesk")
    if not app.property("issuedesk_ready"):
        icon = resource("icons", "issuedesk.png")
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
        install_translators(app)
        install_app_font(app)
        app.setProperty("issuedesk_ready", True)
    main_thread_gc.install(app)
    return app


def demo_folder() -> Path:
    """The demo issue in the user data folder, written on first need."""
    folder = user_data_dir() / DEMO_FOLDER_NAME
    if not (folder / "issue.issuedesk").is_file():
        from editor.demo import write_demo
        write_demo(folder)
    return folder


def first_issue(named: Path | None) -> Path:
    if named is not None:
        return named
    from .preferences import open_recent_at_start
    recent = prefs.recent_issues() if open_recent_at_start() else []
    return recent[0] if recent else demo_folder()


def start(named: Path | None = None):
    """The main window, shown, with the first issue open (for tests and for run())."""
    application()
    from .main_window import MainWindow
    from .page_views import install_page_views
    window = MainWindow()
    install_page_views(window)   # flatplan, checks, contents review, preview, export
    window.restore_state()
    window.show()
    window.open_path(first_issue(named))
    return window


def run(named: Path | None = None) -> int:
    app = application()
    window = start(named)
    code = app.exec()
    del window
    return code

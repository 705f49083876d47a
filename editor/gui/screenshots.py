"""Screenshots of the main views with the demo issue: `python -m editor.gui.screenshots OUTDIR`.

Runs offscreen when no display is set. The demo issue is written to a temporary folder, so the
user's own data and settings are not touched."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _views(window):
    """(file name, widget to grab, how to bring it up) for each view worth showing."""
    def article():
        window.tree.select("article", "a05")

    def figure():
        item = window.tree.item_for("figure", "f03")
        item.parent().setExpanded(True)
        window.tree.select("figure", "f03")

    def photo_page():
        window.tree.select("figure", "p01")

    return [("main-article.png", window, article), ("main-figure.png", window, figure),
            ("main-photo-page.png", window, photo_page)]


def _wait_for_layout(app, runner, seconds: float = 60.0) -> None:
    """The flatplan and preview show pages only after the background layout has run."""
    import time
    end = time.monotonic() + seconds
    while not (runner.idle and runner.latest is not None) and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def save_screenshots(outdir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="issuedesk-shots-") as tmp:
        os.environ.setdefault("ISSUEDESK_SETTINGS", tmp)
        from editor.demo import write_demo
        from .app import application
        from .main_window import MainWindow
        from .meta_dialog import MetaDialog
        app = application()
        folder = write_demo(Path(tmp) / "demo")
        from .page_views import install_page_views
        window = MainWindow()
        views = install_page_views(window)
        window.resize(1400, 900)
        window.show()
        window.open_path(folder)
        _wait_for_layout(app, views.runner)
        outdir.mkdir(parents=True, exist_ok=True)
        saved = []
        for key in ("flatplan", "checks", "preview", "review"):
            views.show_view(key)
            app.processEvents()
            views.docks[key].grab().save(str(outdir / f"dock-{key}.png"))
            saved.append(outdir / f"dock-{key}.png")
        views.show_view("flatplan")
        views.show_view("preview")
        for name, widget, bring_up in _views(window):
            bring_up()
            app.processEvents()
            widget.grab().save(str(outdir / name))
            saved.append(outdir / name)
        dialog = MetaDialog(window.doc.issue.meta, parent=window)
        from PySide6.QtWidgets import QTabWidget
        tabs = dialog.findChild(QTabWidget)
        for i, name in ((0, "meta-issue.png"), (1, "meta-board.png"), (3, "meta-cover.png")):
            tabs.setCurrentIndex(i)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(outdir / name))
            saved.append(outdir / name)
        dialog.close()
        views.runner.shutdown()
        window.doc.stack.setClean()
        window.close()
        return saved


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m editor.gui.screenshots OUTDIR", file=sys.stderr)
        return 2
    for path in save_screenshots(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

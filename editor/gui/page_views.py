"""The page-aware views docked into the main window: flatplan, checks, contents review and
preview, fed by one background layout of the open issue; File ▸ Export… and View menu entries.

`install_page_views(window)` is the one call the main window makes. It follows the window's
document by wrapping its `set_document` (the main window has no signal for that)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel

from .checks_panel import ChecksPanel
from .contents_review import ContentsReviewPanel
from .export_dialog import ExportDialog
from .flatplan import PAGE_W, Flatplan
from .preview import PreviewPanel
from .undo_pages import follow_edits, pin_to_page
from .workers import LayoutRunner


class PageViews(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.doc = None
        self.runner = LayoutRunner(self)
        self.runner.thumbnail_width = PAGE_W
        self.flatplan = Flatplan()
        self.checks = ChecksPanel()
        self.review = ContentsReviewPanel()
        self.preview = PreviewPanel()
        self.docks: dict[str, QDockWidget] = {}
        bottom, right = Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        for key, widget, title, area in (
                ("flatplan", self.flatplan, self.tr("Flatplan"), bottom),
                ("checks", self.checks, self.tr("Checks"), bottom),
                ("preview", self.preview, self.tr("Preview"), right),
                ("review", self.review, self.tr("Contents review"), right)):
            dock = QDockWidget(title, window)
            dock.setObjectName(f"dock_{key}")
            dock.setWidget(widget)
            window.addDockWidget(area, dock)
            self.docks[key] = dock
        window.tabifyDockWidget(self.docks["flatplan"], self.docks["checks"])
        window.tabifyDockWidget(self.docks["preview"], self.docks["review"])
        self.docks["flatplan"].raise_()
        self.docks["preview"].raise_()
        window.resizeDocks([self.docks["preview"]], [560], Qt.Orientation.Horizontal)
        window.resizeDocks([self.docks["flatplan"]], [380], Qt.Orientation.Vertical)
        self.counts = QLabel(window)
        self.counts.setObjectName("checkCounts")
        self.busy = QLabel(window)
        self.busy.setObjectName("layoutBusy")
        window.statusBar().addPermanentWidget(self.busy)
        window.statusBar().addPermanentWidget(self.counts)
        self._make_menus()
        self._connect()

    # -- window furniture ------------------------------------------------------------------------
    def _make_menus(self) -> None:
        w = self.window
        self.act_export = QAction(self.tr("&Export…"), w)
        self.act_export.setObjectName("actionExport")
        self.act_export.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export.triggered.connect(self.export)
        w.addAction(self.act_export)
        file_menu = w.menus["file"]
        quit_action = getattr(w, "act_quit", None)
        if quit_action is not None and quit_action in file_menu.actions():
            file_menu.insertAction(quit_action, self.act_export)
            file_menu.insertSeparator(quit_action)
        else:
            file_menu.addAction(self.act_export)
        view_menu = w.menus.get("view") or w.menuBar().addMenu(self.tr("&View"))
        w.menus["view"] = view_menu
        shortcuts = {"flatplan": "Ctrl+1", "checks": "Ctrl+2", "review": "Ctrl+3", "preview": "Ctrl+4"}
        self.view_actions = {}
        for key in ("flatplan", "checks", "review", "preview"):
            action = QAction(self.docks[key].windowTitle(), w)
            action.setObjectName(f"actionShow_{key}")
            action.setShortcut(QKeySequence(shortcuts[key]))
            action.triggered.connect(lambda _=False, k=key: self.show_view(k))
            w.addAction(action)
            view_menu.addAction(action)
            self.view_actions[key] = action

    def show_view(self, key: str) -> None:
        dock = self.docks[key]
        dock.show()
        dock.raise_()

    def _connect(self) -> None:
        r = self.runner
        r.finished.connect(self._layout_finished)
        r.busy_changed.connect(self._busy)
        self.checks.counts_changed.connect(self._counts)
        self.checks.jump_requested.connect(self.jump)
        view = self.flatplan.view
        view.article_clicked.connect(self._open_article)
        view.page_clicked.connect(self.preview.go_to)
        view.pin_requested.connect(self.pin)
        view.unpin_requested.connect(lambda article: self.pin(article, None))
        # A proof PDF (and its thumbnails) is rendered with each layout only while the preview or
        # the flatplan can be seen.
        self._seen = {"preview": False, "flatplan": False}
        for key in self._seen:
            self.docks[key].visibilityChanged.connect(lambda visible, k=key: self._dock_seen(k, visible))
        self.window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.window and event.type() == QEvent.Type.Close:
            # The window may still refuse to close (unsaved edits); look once it has decided.
            QTimer.singleShot(0, self._maybe_shutdown)
        return False

    def _maybe_shutdown(self) -> None:
        if not self.window.isVisible():
            self.runner.shutdown()

    # -- the document ----------------------------------------------------------------------------
    def set_document(self, doc) -> None:
        follow_edits(self.doc, doc, self._edited)
        self.doc = doc
        self.flatplan.view.set_plan(None, None, None)
        self.checks.set_document(doc)
        self.review.set_document(doc)
        self.act_export.setEnabled(doc is not None)
        self.runner.set_document(doc)

    def _edited(self, *_index) -> None:
        self.flatplan.view.set_stale(True)

    def _layout_finished(self, outcome) -> None:
        if outcome.error is not None:
            self.window.statusBar().showMessage(outcome.error, 8000)
        if outcome.laid is not None:
            self.flatplan.view.set_plan(outcome.pagemap, outcome.issue, outcome.laid.layout)
        self.checks.layout_finished(outcome)
        dialog = getattr(self, "last_export_dialog", None)
        if dialog is not None and dialog.isVisible() and dialog.job is None and outcome.laid is not None:
            dialog.show_errors([f for f in self.checks.findings if f.severity == "error"])
        self.review.layout_finished(outcome)
        self.preview.layout_finished(outcome)
        if outcome.thumbnails:
            self.flatplan.view.set_thumbnails(outcome.thumbnails)

    def _busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Laying out…") if busy else "")
        self.preview.set_busy(busy)

    def _counts(self, errors: int, warnings: int) -> None:
        self.counts.setText(self.tr("{e} errors  {w} warnings").format(e=errors, w=warnings))
        self.counts.setStyleSheet("color: #b01e1e;" if errors else "")

    def _dock_seen(self, key: str, visible: bool) -> None:
        self._seen[key] = visible
        wanted = any(self._seen.values())
        self.runner.want_proof = wanted
        latest = self.runner.latest
        if wanted and self.doc is not None and latest is not None and latest.proof_pdf is None and not self.runner.busy:
            self.runner.run_now()

    # -- actions ---------------------------------------------------------------------------------
    def _open_article(self, article_id: str) -> None:
        self.window.tree.select("article", article_id)

    def pin(self, article_id: str, folio: int | None) -> None:
        doc = self.doc
        if doc is None or doc.read_only or doc.issue.article(article_id) is None:
            return
        if doc.issue.article(article_id).placement.start_page == folio:
            return
        doc.push(pin_to_page(doc, article_id, folio))
        self.window.statusBar().showMessage(
            self.tr("Article moved to page {n}; laying out again…").format(n=folio)
            if folio is not None else self.tr("Article unpinned; laying out again…"), 4000)

    def jump(self, location: dict) -> None:
        """Go to where a finding points: the figure or article in the editor, the contents entry
        in the review, the page in the flatplan and preview."""
        tree = self.window.tree
        done = False
        for kind in ("figure", "article", "section"):
            if location.get(kind) and tree.select(kind, location[kind]):
                done = True
                editor = getattr(self.window, "article_editor", None)
                if kind == "article" and location.get("block") is not None and hasattr(editor, "select_block"):
                    editor.select_block(location["block"])
                break
        if location.get("entry"):
            self.show_view("review")
            self.review.select_entry(location["entry"])
            done = True
        page = location.get("page")
        latest = self.runner.latest
        if page is not None and latest is not None and latest.pagemap is not None:
            info = latest.pagemap.page_by_folio(page)
            if info is not None:
                self.flatplan.view.select_page(info.index)
                self.preview.go_to(info.index)
                if not done:
                    self.show_view("flatplan")

    def export(self) -> None:
        if self.doc is None:
            return
        self.export_dialog().exec()

    def export_dialog(self) -> ExportDialog:
        errors = [f for f in self.checks.findings if f.severity == "error"]
        dialog = ExportDialog(self.doc, errors, self.window)
        self.last_export_dialog = dialog
        return dialog


def install_page_views(window) -> PageViews:
    """Add the page views to `window` once; returns them (also kept as window.page_views)."""
    existing = getattr(window, "page_views", None)
    if existing is not None:
        return existing
    views = PageViews(window)
    window.page_views = views
    original = window.set_document

    def set_document(doc, _original=original):
        _original(doc)
        views.set_document(doc)

    window.set_document = set_document
    if window.doc is not None:
        views.set_document(window.doc)
    else:
        views.act_export.setEnabled(False)
    return views

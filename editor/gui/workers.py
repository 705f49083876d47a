"""Long work off the GUI thread: laying the open issue out (with the checks that need pages and,
when the preview wants it, a proof PDF), and exporting.

The layout works on a deep copy of the issue taken on the GUI thread, so the editor can keep
typing while it runs; each request carries a revision number and an outcome for an older
revision than the newest request is dropped. Signals emitted from the worker threads reach the
GUI thread queued, so receivers may touch widgets."""
from __future__ import annotations

import copy
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, QTimer, Signal

from editor.errors import UserError

from .qt_text import translate

LAYOUT_DELAY_MS = 400


def render_thumbnails(pdf: Path, width: int, stop: threading.Event | None = None) -> dict:
    """Every page of `pdf` as a QImage `width` pixels wide, by physical page number. Runs on any
    thread (QImage is not a widget), so the GUI thread never waits for it."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    doc = QPdfDocument()
    try:
        doc.load(str(pdf))
        out = {}
        for i in range(doc.pageCount()):
            if stop is not None and stop.is_set():
                break
            size = doc.pagePointSize(i)
            height = round(width * size.height() / size.width()) if size.width() else width
            out[i + 1] = doc.render(i, QSize(width, height))
        return out
    finally:
        doc.close()


@dataclass
class LayoutOutcome:
    revision: int
    issue: object                        # the snapshot that was laid out
    laid: object | None = None           # editor.layout.paginate.LaidOutIssue
    findings: list = field(default_factory=list)   # every rule, pages included
    proof_pdf: Path | None = None
    thumbnails: dict = field(default_factory=dict)   # physical page -> QImage of the proof
    error: str | None = None

    @property
    def pagemap(self):
        return self.laid.pagemap if self.laid is not None else None


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it."""
    outcome = Signal(object)


class _LayoutTask(QRunnable):
    def __init__(self, relay: _Relay, revision: int, issue, folder: Path, proof_pdf: Path | None,
                 thumbnail_width: int, stop: threading.Event):
        super().__init__()
        self.relay, self.revision, self.issue, self.folder = relay, revision, issue, folder
        self.proof_pdf, self.thumbnail_width, self.stop = proof_pdf, thumbnail_width, stop

    def run(self) -> None:
        from editor.checks import run_checks
        from editor.layout.paginate import Cancelled, lay_out
        outcome = LayoutOutcome(self.revision, self.issue)
        try:
            outcome.laid = lay_out(self.issue, self.folder, cancel=self.stop.is_set)
            outcome.findings = run_checks(self.issue, outcome.laid.pagemap, folder=self.folder)
            if self.proof_pdf is not None and not self.stop.is_set():
                from editor.export.images import ImagePreparer
                from editor.export.render import render_pdf
                render_pdf(outcome.laid, self.proof_pdf, mode="proof", image_source=ImagePreparer(),
                           cancel=self.stop.is_set)
                outcome.proof_pdf = self.proof_pdf
                if self.thumbnail_width:
                    outcome.thumbnails = render_thumbnails(self.proof_pdf, self.thumbnail_width, self.stop)
        except Cancelled:
            return
        except UserError as exc:
            outcome.error = exc.message
        except Exception as exc:   # a layout bug must not take the editor down with it
            outcome.error = translate("workers", "Layout failed: {err}").format(err=f"{type(exc).__name__}: {exc}")
        if not self.stop.is_set():
            try:
                self.relay.outcome.emit(outcome)
            except RuntimeError:   # the window closed while we worked
                pass


class LayoutRunner(QObject):
    """Lays the document out again a moment after each change (a burst of typing gives one run)."""
    finished = Signal(object)        # LayoutOutcome, newest revision only
    busy_changed = Signal(bool)

    def __init__(self, parent=None, delay_ms: int = LAYOUT_DELAY_MS):
        super().__init__(parent)
        self.doc = None
        self.want_proof = False
        self.thumbnail_width = 0          # > 0: also render the proof's pages this wide
        self.latest: LayoutOutcome | None = None
        self._revision = 0
        self._stop: threading.Event | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.outcome.connect(self._arrived)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run_now)
        self._tmp = tempfile.TemporaryDirectory(prefix="issuedesk-preview-")
        self.busy = False

    def set_document(self, doc) -> None:
        from .undo_pages import follow_edits
        self._cancel_running()
        follow_edits(self.doc, doc, self.schedule)
        self.doc, self.latest = doc, None
        if doc is not None:
            self.run_now()

    def schedule(self, *_index) -> None:
        self._revision += 1
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        if self.doc is None:
            return
        self._cancel_running()
        self._revision += 1
        self._stop = threading.Event()
        proof = Path(self._tmp.name) / f"proof-{self._revision}.pdf" if self.want_proof else None
        task = _LayoutTask(self._relay, self._revision, copy.deepcopy(self.doc.issue),
                           Path(self.doc.path), proof, self.thumbnail_width, self._stop)
        self._set_busy(True)
        self._pool.start(task)

    @property
    def idle(self) -> bool:
        """No layout running or waiting: `latest` belongs to the issue as it stands."""
        return not self.busy and not self._timer.isActive()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests and shutdown)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self._timer.stop()
        self._cancel_running()
        self._pool.waitForDone(10000)

    def _cancel_running(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._stop = None

    def _arrived(self, outcome: LayoutOutcome) -> None:
        if outcome.revision != self._revision:
            return   # the issue changed meanwhile; a newer run is coming
        self._set_busy(False)
        if self.latest is not None and self.latest.proof_pdf and outcome.proof_pdf != self.latest.proof_pdf:
            self._forget(self.latest.proof_pdf)
        self.latest = outcome
        self.finished.emit(outcome)

    @staticmethod
    def _forget(path: Path) -> None:
        try:
            path.unlink()
        except OSError:   # still open in a viewer on Windows: the temp folder goes at exit
            pass

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)


class ExportCancelledByUser(Exception):
    pass


class ExportJob(QThread):
    """One export (print PDF, proof PDF or printer package) on its own thread. cancel() is safe
    from the GUI thread: the job stops at the next progress item and leaves no file behind."""
    progress = Signal(object)        # editor.export.exporter.Progress
    succeeded = Signal(object)       # ExportResult or PackageResult
    failed = Signal(object)          # the exception (UserError, ExportRefused, other)
    cancelled = Signal()

    KINDS = ("print", "proof", "package")

    def __init__(self, kind: str, folder: Path, out: Path, *, issue=None, force: bool = False,
                 parent=None):
        super().__init__(parent)
        if kind not in self.KINDS:
            raise ValueError(kind)
        self.kind, self.folder, self.out = kind, Path(folder), Path(out)
        self.issue = copy.deepcopy(issue) if issue is not None else None
        self.force = force
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _on_progress(self, p) -> None:
        self.progress.emit(p)
        if self._cancel.is_set():
            raise ExportCancelledByUser()

    def run(self) -> None:
        try:
            if self.kind == "package":
                from editor.export.package import make_package
                result = make_package(self.folder, self.out, force=self.force, on_progress=self._on_progress)
            else:
                from editor.export.exporter import run_export
                result = run_export(self.folder, self.out, proof=self.kind == "proof", issue=self.issue,
                                    force=self.force, on_progress=self._on_progress)
        except ExportCancelledByUser:
            self.cancelled.emit()
        except Exception as exc:   # shown to the user by the dialog, never a crash of the window
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

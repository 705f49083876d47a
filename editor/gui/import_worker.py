"""Running one import step off the GUI thread (reading Word files, reading and writing a whole
issue) and handing its result back on the GUI thread. Only the newest call counts: when the user
changes the choice or cancels while an older call runs, its result is dropped."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.errors import UserError


class Job:
    """What the function running off the GUI thread is handed: a way to report how far it is,
    and whether the user has cancelled (checked between files, never in the middle of one)."""

    def __init__(self, call: "BackgroundCall", generation: int):
        self._call, self._generation = call, generation
        self._stop = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        try:
            self._call._progress_from_thread.emit(self._generation, done, total, text)
        except RuntimeError:   # the dialog closed while we worked
            pass


class _Task(QRunnable):
    def __init__(self, job: Job, fn):
        super().__init__()
        self.job, self.fn = job, fn

    def run(self) -> None:
        result, error = None, None
        try:
            result = self.fn(self.job)
        except UserError as exc:
            error = exc
        except Exception as exc:   # an importer bug must reach the user as a message, not a crash
            error = UserError("处理失败：{err}", "Failed: {err}", err=f"{type(exc).__name__}: {exc}")
        try:
            self.job._call._arrived_from_thread.emit(self.job._generation, result, error)
        except RuntimeError:
            pass


class BackgroundCall(QObject):
    finished = Signal(object)            # the function's result
    failed = Signal(object)              # the UserError it raised (a bug comes as one too)
    progress = Signal(int, int, str)     # done, total, what is being worked on
    _arrived_from_thread = Signal(int, object, object)
    _progress_from_thread = Signal(int, int, int, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._generation = 0
        self._job: Job | None = None
        self._arrived_from_thread.connect(self._arrived)
        self._progress_from_thread.connect(self._progressed)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, fn) -> None:
        """Run fn(job) on the thread pool; finished or failed follows on the GUI thread."""
        self.cancel()
        self._generation += 1
        self._job = Job(self, self._generation)
        QThreadPool.globalInstance().start(_Task(self._job, fn))

    def cancel(self) -> None:
        if self._job is not None:
            self._job._stop.set()
            self._job = None

    def _current(self, generation: int) -> bool:
        return self._job is not None and generation == self._generation

    def _progressed(self, generation: int, done: int, total: int, text: str) -> None:
        if self._current(generation):
            self.progress.emit(done, total, text)

    def _arrived(self, generation: int, result, error) -> None:
        if not self._current(generation):
            return
        self._job = None
        if error is None:
            self.finished.emit(result)
        else:
            self.failed.emit(error)

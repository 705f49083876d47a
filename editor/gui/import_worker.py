"""Running one import step off the GUI thread (reading Word files, reading and writing a whole
issue) and handing its result back on the GUI thread. Only the newest call counts: when the user
changes the choice or cancels while an older call runs, its result is dropped.

The worker is a plain Python thread that never touches Qt: it leaves its progress and its result
on the Job, and a timer on the GUI thread picks them up, so no Qt object is owned, emitted from
or deleted on the worker's side."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from editor.errors import UserError

POLL_MS = 20


class Job:
    """What the function running off the GUI thread is handed: a way to report how far it is,
    and whether the user has cancelled (checked between files, never in the middle of one)."""

    def __init__(self):
        self._stop = threading.Event()
        self._done = threading.Event()
        self.reports: list[tuple[int, int, str]] = []        # (done, total, what), in order
        self.outcome: tuple = (None, None)                   # result, UserError or None

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total, text))   # list.append is atomic: the GUI thread reads along


def _run(job: Job, fn) -> None:
    result, error = None, None
    try:
        result = fn(job)
    except UserError as exc:
        error = exc
    except Exception as exc:   # an importer bug must reach the user as a message, not a crash
        error = UserError("处理失败：{err}", "Failed: {err}", err=f"{type(exc).__name__}: {exc}")
    job.outcome = (result, error)
    job._done.set()


class BackgroundCall(QObject):
    finished = Signal(object)            # the function's result
    failed = Signal(object)              # the UserError it raised (a bug comes as one too)
    progress = Signal(int, int, str)     # done, total, what is being worked on

    def __init__(self, parent=None):
        super().__init__(parent)
        self._job: Job | None = None
        self._shown = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, fn) -> None:
        """Run fn(job) on a worker thread; finished or failed follows on the GUI thread."""
        self.cancel()
        self._job = Job()
        self._shown = 0
        threading.Thread(target=_run, args=(self._job, fn), name="issuedesk-import", daemon=True).start()
        self._timer.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job._stop.set()
            self._job = None
        self._timer.stop()

    def _poll(self) -> None:
        job = self._job
        if job is None:
            self._timer.stop()
            return
        while self._shown < len(job.reports):
            self._shown += 1
            self.progress.emit(*job.reports[self._shown - 1])
            if self._job is not job:   # a receiver started or cancelled another call
                return
        if not job._done.is_set():
            return
        self._timer.stop()
        self._job = None
        result, error = job.outcome
        if error is None:
            self.finished.emit(result)
        else:
            self.failed.emit(error)

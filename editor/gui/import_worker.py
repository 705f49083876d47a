"""Running one import step off the GUI thread (reading Word files, reading and writing a whole
issue) and handing its result back on the GUI thread. Only the newest call counts: when the user
changes the choice while an older call runs, its result is dropped."""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.errors import UserError


class _Task(QRunnable):
    def __init__(self, relay: "BackgroundCall", generation: int, fn):
        super().__init__()
        self.relay, self.generation, self.fn = relay, generation, fn

    def run(self) -> None:
        result, error = None, None
        try:
            result = self.fn()
        except UserError as exc:
            error = exc
        except Exception as exc:   # an importer bug must reach the user as a message, not a crash
            error = UserError("处理失败：{err}", "Failed: {err}", err=f"{type(exc).__name__}: {exc}")
        try:
            self.relay._arrived_from_thread.emit(self.generation, result, error)
        except RuntimeError:   # the dialog closed while we worked
            pass


class BackgroundCall(QObject):
    finished = Signal(object)    # the function's result
    failed = Signal(object)      # the UserError it raised (a bug comes as one too)
    _arrived_from_thread = Signal(int, object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._generation = 0
        self._busy = False
        self._arrived_from_thread.connect(self._arrived)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, fn) -> None:
        self._generation += 1
        self._busy = True
        QThreadPool.globalInstance().start(_Task(self, self._generation, fn))

    def _arrived(self, generation: int, result, error) -> None:
        if generation != self._generation:
            return
        self._busy = False
        if error is None:
            self.finished.emit(result)
        else:
            self.failed.emit(error)

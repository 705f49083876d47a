"""Python's cyclic garbage collector, run only on the GUI thread.

The collector runs on whichever thread happens to allocate when a threshold is crossed. Layout,
checks and export run in worker threads and allocate a lot, so a collection there may free the
Python wrappers of Qt objects that belong to the GUI thread, which crashes Qt (seen as a
segmentation fault "Garbage-collecting" inside editor/layout/flow.py on a worker thread).
So the automatic collector is switched off while the GUI runs and this timer on the GUI thread
collects instead, generation by generation, with the same thresholds Python uses."""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 100


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(_INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def collect(self) -> None:
        if gc.isenabled():
            gc.disable()   # someone switched it back on (a test's teardown): keep it here
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                break


def install(app: QObject) -> MainThreadCollector:
    """Once per application; calling it again only makes sure the automatic collector is off."""
    collector = app.findChild(MainThreadCollector)
    if collector is None:
        collector = MainThreadCollector(app)
    collector.start()
    return collector

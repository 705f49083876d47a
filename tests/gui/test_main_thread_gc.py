"""Cyclic garbage is collected on the GUI thread, never by a worker thread's allocation."""
from __future__ import annotations

import gc
import threading
import weakref

from editor.gui.app import application


class _Node:
    def __init__(self):
        self.me = self   # a cycle: only the cyclic collector can free it


def test_automatic_collector_is_off_and_the_gui_thread_collects(qtbot):
    application()
    assert not gc.isenabled()
    collected_on, refs = [], []

    def make_garbage():
        probe = _Node()
        refs.append(weakref.ref(probe, lambda _: collected_on.append(threading.current_thread())))
        del probe
        for _ in range(5000):   # far past the generation-0 threshold
            _Node()

    worker = threading.Thread(target=make_garbage)
    worker.start()
    worker.join()
    assert collected_on == []                       # the worker's allocations did not collect
    qtbot.waitUntil(lambda: bool(collected_on), timeout=3000)
    assert collected_on == [threading.main_thread()]

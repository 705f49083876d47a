"""PySide6 6.12.0 on Python 3.11 drops a reference to True at each emit() of a Python signal; the
GUI package guards against it. A fresh interpreter emits far more signals than the count of True
holds and must live to say so."""
from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import editor.gui
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Source(QObject):
    changed = Signal(bool)
source = Source()
source.changed.connect(lambda value: None)
stack = QUndoStack()
stack.cleanChanged.connect(lambda clean: None)
class Step(QUndoCommand):
    def redo(self): pass
    def undo(self): pass
stack.push(Step())
for i in range(20000):
    source.changed.emit(i % 2 == 0)
for i in range(5000):
    stack.undo(); stack.redo()
print("alive")
"""


def test_many_signals_do_not_abort_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"

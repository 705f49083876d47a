"""Loading an issue to read it (export, checks, info) imports nothing of the editing side:
no lock module. The lock's names stay importable from editor.store."""
from __future__ import annotations

import subprocess
import sys


def test_load_issue_does_not_import_the_lock(issue_dir):
    code = ("import sys\nfrom editor.store import load_issue\n"
            f"issue = load_issue({str(issue_dir)!r})\n"
            "print(issue.meta.title, 'editor.store.lock' in sys.modules, 'socket' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["常州科技", "False", "False"]


def test_lock_names_are_still_exported():
    import editor.store as store
    from editor.store import LOCK_FILENAME, LockInfo, break_lock, read_lock
    from editor.store import lock
    assert (LOCK_FILENAME, LockInfo, break_lock, read_lock) == (lock.LOCK_FILENAME, lock.LockInfo,
                                                                lock.break_lock, lock.read_lock)
    assert set(store.__all__) <= set(dir(store)) | store._LOCK_NAMES

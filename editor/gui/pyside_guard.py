"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

With that pair, every emit() of a signal declared in Python drops one reference to True, and
every Python slot called by a Qt signal drops one to None. True and None are not immortal before
Python 3.12, so after a few hundred edits (each emits several signals) the interpreter aborts
with "Fatal Python error: bool_dealloc". PySide6 6.11.3 does not do this; the real cure is to
avoid 6.12.0. Until then the three singletons get the near-infinite count that Python 3.12
gives them anyway: they are never freed, so a count that cannot reach zero changes nothing else."""
from __future__ import annotations

import ctypes
import sys

import PySide6

AFFECTED = {"6.12.0"}
_HEADROOM = 1 << 40


def guard_singletons() -> bool:
    """True when the guard was needed and applied (once per process)."""
    if sys.version_info >= (3, 12) or PySide6.__version__ not in AFFECTED:
        return False
    if getattr(sys, "_issuedesk_singletons_guarded", False):
        return True
    for obj in (True, False, None):
        # ob_refcnt is the first field of every object in CPython's (non-debug) layout.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    sys._issuedesk_singletons_guarded = True
    return True


guard_singletons()

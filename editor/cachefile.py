"""Writing a cache file: whole or not at all, and never an error.

A cache only saves time, so unlike an issue save (store/safe_write.py) nothing is fsynced and a
failure is no one's concern: the caller computes the thing again next time. What matters is that
a reader never sees a torn file, also when two processes, or two threads of one (the GUI's layout
and an export), write the same cache at once: each writes its own temp file beside the target and
renames it over; the last rename wins."""
from __future__ import annotations

import os
import threading
from pathlib import Path


def keep(path: Path, data: bytes) -> bool:
    """Put `data` at `path` (folders made as needed); False if it could not be written."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(data)
        os.replace(temp, path)
        return True
    except OSError:
        try:
            temp.unlink()
        except OSError:
            pass
        return False

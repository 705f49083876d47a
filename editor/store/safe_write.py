"""Writing a file so that a crash at any moment leaves the old file or the new one, whole.

A temp file in the same folder (same file system, so the rename is atomic), flushed and
fsynced, renamed over the target, then the folder itself fsynced so the rename survives a
power cut."""
from __future__ import annotations

import os
import time
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return   # Windows cannot open a directory for fsync; NTFS journals the rename itself
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file_synced(path: Path, data: bytes) -> None:
    """Write and fsync a file that nobody else is reading yet (a temp file, a new folder's file)."""
    with open(path, "xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
    try:
        write_file_synced(tmp, data)
        _replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def _replace(src: Path, dst: Path) -> None:
    # On Windows a virus scanner or a preview pane holding the old file for a moment makes the
    # rename fail with PermissionError; it goes through once they let go.
    for attempt in range(10):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 9:
                raise
            time.sleep(0.05 * (attempt + 1))

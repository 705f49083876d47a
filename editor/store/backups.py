"""Rotating copies of the issue file taken before each save that changes it."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .safe_write import atomic_write

BACKUP_DIRNAME = ".issuedesk-backups"
KEEP = 5


def backup_dir(folder: Path) -> Path:
    return Path(folder) / BACKUP_DIRNAME


def list_backups(folder: Path) -> list[Path]:
    """Oldest first: names carry the time to the microsecond, so they sort by age."""
    d = backup_dir(folder)
    if not d.is_dir():
        return []
    return sorted(p for p in d.glob("issue-*.issuedesk") if p.is_file())


def make_backup(folder: Path, data: bytes, keep: int = KEEP) -> Path:
    d = backup_dir(folder)
    d.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = d / f"issue-{stamp}.issuedesk"
    n = 1
    while target.exists():
        target = d / f"issue-{stamp}-{n}.issuedesk"
        n += 1
    atomic_write(target, data)
    for old in list_backups(folder)[:-keep]:
        old.unlink(missing_ok=True)
    return target

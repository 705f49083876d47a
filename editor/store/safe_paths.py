"""Image paths inside an issue file: relative, normalised, and inside the issue folder.

A shared issue folder travels between office PCs and to the printer, so a path that points
elsewhere (../, /etc, C:\\, \\\\server) is a hostile or broken file, never something to follow."""
from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

_DRIVE = re.compile(r"^[A-Za-z]:")


def path_problem(rel: str) -> str | None:
    """Why `rel` is not an acceptable relative path, or None when it is."""
    if not rel:
        return "empty"
    if "\\" in rel:
        return "backslash"
    if _DRIVE.match(rel) or ":" in rel:
        return "drive or stream"
    if rel.startswith("/"):
        return "absolute"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in rel):
        return "control character"
    parts = rel.split("/")
    if any(p in ("", ".", "..") for p in parts):
        return "not normalised"
    if any(p != p.strip() or p.endswith(".") for p in parts):
        # Windows drops trailing dots and spaces, so "a. " and "a" would be one file there.
        return "trailing dot or space"
    return None


def inside_folder(folder: Path, rel: str) -> bool:
    """True when folder/rel stays inside folder after following symbolic links."""
    base = Path(folder).resolve()
    target = (base / PurePosixPath(rel)).resolve()
    return target == base or base in target.parents

"""The printer hand-off: one zip with the print PDF, its preflight report, the contents check,
and the issue folder with its images (so the printer or a colleague can re-make the PDF).

The zip is written beside the target under a temporary name and renamed at the end."""
from __future__ import annotations

import os
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from editor.errors import UserError

from .contents_sheet import toc_entries, toc_text
from .exporter import ExportResult, Progress, replace_output, run_export
from .preflight import Report, preflight

# Already compressed: storing them is as small and much faster than deflating again.
_STORED = {".jpg", ".jpeg", ".png", ".pdf", ".zip", ".gz", ".webp", ".tif", ".tiff"}


@dataclass
class PackageResult:
    path: Path
    export: ExportResult
    preflight: Report
    files: list[str]


def make_package(folder, out_zip, *, layout=None, force: bool = False, pad_to_4: bool = False,
                 cache_dir=None, issue=None,
                 on_progress: Callable[[Progress], None] | None = None) -> PackageResult:
    """`issue`: one in memory to export (the PDF follows it); the zip's issue folder is always
    what is saved on disk."""
    from editor.store import issue_folder_of, load_issue

    folder = issue_folder_of(folder)
    out = Path(out_zip)
    if not out.parent.is_dir():
        raise UserError("输出文件夹不存在：{path}", "The output folder does not exist: {path}", path=str(out.parent))
    if issue is None:
        issue = load_issue(folder)
    stem = _safe_stem(f"{issue.meta.title}-{issue.meta.year}-{issue.meta.number:02d}") or "issue"
    tmp_zip = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    with tempfile.TemporaryDirectory(prefix="issuedesk-package-") as work:
        pdf = Path(work) / f"{stem}.pdf"
        result = run_export(folder, pdf, issue=issue, layout=layout, force=force, pad_to_4=pad_to_4,
                            cache_dir=cache_dir, on_progress=on_progress)
        report = preflight(pdf)
        toc = toc_text(toc_entries(issue, result.pagemap), issue.meta.label.strip())
        files: list[str] = []
        try:
            with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as zf:
                def add(path: Path, name: str) -> None:
                    kind = zipfile.ZIP_STORED if path.suffix.lower() in _STORED else zipfile.ZIP_DEFLATED
                    zf.write(path, f"{stem}/{name}", compress_type=kind)
                    files.append(f"{stem}/{name}")

                def add_text(name: str, text: str) -> None:
                    zf.writestr(f"{stem}/{name}", text.rstrip("\n") + "\n")
                    files.append(f"{stem}/{name}")

                add(pdf, pdf.name)
                add_text("preflight.txt", report.to_text(pdf.name))
                add_text("preflight.json", report.to_json())
                add_text("contents-check.txt", toc)
                for path in _issue_files(folder, skip={out.resolve(), tmp_zip.resolve()}):
                    add(path, "issue/" + path.relative_to(folder).as_posix())
            replace_output(tmp_zip, out)
        finally:
            tmp_zip.unlink(missing_ok=True)
    return PackageResult(out, result, report, files)


def _issue_files(folder: Path, skip: set[Path]) -> list[Path]:
    """The issue file, images and anything else the office keeps there, less the program's own
    side files (lock, autosave, backups: all hidden) and symlinks that lead out of the folder."""
    root = folder.resolve()
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(".tmp"):
                continue
            path = Path(dirpath) / name
            real = path.resolve()
            if real in skip or not real.is_relative_to(root) or not real.is_file():
                continue
            out.append(path)
    return out


def _safe_stem(text: str) -> str:
    bad = '<>:"/\\|?*\0'
    return "".join("_" if ch in bad or ord(ch) < 32 else ch for ch in text).strip(" .")

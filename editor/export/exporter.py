"""Exporting an issue to PDF as a generator of progress.

    for p in export_issue(folder, "issue.pdf"):
        bar.set(p.stage, p.done, p.total)          # closing the generator cancels

The GUI drives a progress bar and a cancel button from it, the CLI a progress line. Layout and
rendering run in a worker thread so that the generator can keep yielding (and be closed) while
they work; closing sets their cancel flag and waits for them to stop. The PDF is written beside
the target under a temporary name and renamed only at the very end: a failed or cancelled
export leaves no broken file and an older PDF untouched.

A GUI worker thread drives the generator; the cancel button sets a flag the worker reads between
items and then calls close() itself (a generator cannot be closed from another thread while it
runs). Items come at least every 0.1 s, so a cancel takes effect within about that, plus the
page being drawn."""
from __future__ import annotations

import os
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Generator

from editor.errors import UserError
from editor.i18n import t

from .pdfx import DocInfo

if TYPE_CHECKING:
    from .images import ImageNote

STAGES = ("load", "layout", "check", "images", "render", "done")
_HEARTBEAT_S = 0.1


@dataclass
class Progress:
    """One step of an export, for a progress bar or line."""
    stage: str            # one of STAGES
    done: int
    total: int
    message: str = ""
    result: "ExportResult | None" = None   # set on the last item only


@dataclass
class ExportResult:
    """What an export made: the PDF, its pages, the checks' findings and the pictures' notes."""
    path: Path
    proof: bool
    pages: int
    pagemap: object                       # editor.layout.pagemap.PageMap
    findings: list = field(default_factory=list)      # every finding of the checks
    images: list[ImageNote] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def low_res_images(self) -> list[ImageNote]:
        return [n for n in self.images if n.low_res]

    @property
    def errors(self) -> list:
        return [f for f in self.findings if f.severity == "error"]


class ExportRefused(UserError):
    """Print export refused while errors stand; `findings` holds them. The CLI exits 1."""

    def __init__(self, findings: list):
        self.findings = findings
        lines = "\n".join(f"  [{f.rule}] {f.message}" for f in findings)
        super().__init__("检查发现 {n} 个错误，不能导出付印 PDF（改正后再导出，或用 --force 强制导出）：\n{lines}",
                         "{n} errors stand, so no print PDF was made (fix them, or use --force):\n{lines}",
                         n=len(findings), lines=lines)


class ExportCancelled(Exception):
    """Raised by run_export when its should_cancel callback asks to stop."""


def export_issue(folder, out_pdf, *, proof: bool = False, layout=None, force: bool = False,
                 pad_to_4: bool = False, issue=None, cache_dir=None,
                 checks: bool = True) -> Generator[Progress, None, ExportResult]:
    """Yield Progress items; the last one carries the ExportResult (also the return value).
    `issue`: an Issue already in memory (the GUI's, with unsaved edits); loaded from `folder`
    otherwise. Raises ExportRefused in print mode while errors stand, unless `force`."""
    started = time.perf_counter()
    from editor.store import issue_folder_of, load_issue
    folder = issue_folder_of(folder)
    out = Path(out_pdf)
    _check_target(out)
    mode = "proof" if proof else "print"
    stop = threading.Event()
    tmp = out.with_name(f".{out.name}.{os.urandom(4).hex()}.tmp")
    try:
        yield Progress("load", 0, 1, t("读取期刊", "Reading the issue"))
        if issue is None:
            issue = load_issue(folder)

        from editor.layout.paginate import lay_out
        laid = yield from _in_thread(
            "layout", t("排版", "Laying out"), stop,
            lambda _progress: lay_out(issue, folder, layout, cancel=stop.is_set, pad_to_4=pad_to_4))
        pagemap = laid.pagemap

        findings = []
        if checks:
            yield Progress("check", 0, 1, t("检查", "Checking"))
            findings = _run_checks(issue, pagemap, folder)
            errors = [f for f in findings if f.severity == "error"]
            if errors and not proof and not force:
                raise ExportRefused(errors)

        wanted = _placed_images(laid)
        preparer = None
        if wanted:
            # Only an issue with pictures needs images.py, and with it Pillow (13 ms to import).
            from .images import ImagePreparer
            cache = Path(cache_dir) if cache_dir else default_cache_dir()
            _prune_once(cache)
            preparer = ImagePreparer(cache)
        for i, (path, w, h) in enumerate(wanted):
            yield Progress("images", i, len(wanted), Path(path).name)
            preparer(path, mode, w, h)
        yield Progress("images", len(wanted), len(wanted), "")

        from editor.export.render import render_pdf
        _binary_images()
        meta = issue.meta
        # A proof is titled for a PDF reader's window; the print file carries the PDF/X metadata.
        laid.title = meta.label.strip() + (" 校样" if proof else "")
        info = None if proof else DocInfo(meta.label.strip() or out.stem, _publisher(meta), _subject(meta))
        yield from _in_thread(
            "render", t("生成 PDF", "Writing the PDF"), stop,
            lambda progress: render_pdf(laid, tmp, mode=mode, image_source=preparer,
                                        progress=progress, cancel=stop.is_set, info=info),
            total=len(laid.pages))

        replace_output(tmp, out)
        result = ExportResult(out, proof, pagemap.page_count or len(laid.pages), pagemap,
                              findings, preparer.notes if preparer else [], time.perf_counter() - started)
        yield Progress("done", 1, 1, str(out), result=result)
        return result
    finally:
        # Reached on success (tmp already renamed), on error and on close() (GeneratorExit).
        stop.set()
        for leftover in (tmp, tmp.with_name(tmp.name + ".part")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass


def run_export(folder, out_pdf, *, on_progress: Callable[[Progress], None] | None = None,
               should_cancel: Callable[[], bool] | None = None, **kwargs) -> ExportResult:
    """Drive export_issue to the end: for the CLI, tests and scripts."""
    gen = export_issue(folder, out_pdf, **kwargs)
    try:
        for p in gen:
            if on_progress:
                on_progress(p)
            if should_cancel and should_cancel():
                gen.close()
                raise ExportCancelled()
            if p.result is not None:
                return p.result
    finally:
        gen.close()
    raise RuntimeError("export ended without a result")


def replace_output(tmp: Path, out: Path) -> None:
    try:
        os.replace(tmp, out)
    except PermissionError:
        # Windows refuses to replace a file another program holds open: a PDF reader, usually.
        raise UserError("无法覆盖 {path}：文件正被其他程序使用（可能在 PDF 阅读器中打开），请关闭后重试",
                        "Cannot overwrite {path}: another program holds it (a PDF reader?); close it and retry",
                        path=str(out)) from None


def _check_target(out: Path) -> None:
    if out.is_dir():
        raise UserError("输出路径是一个文件夹：{path}", "The output path is a folder: {path}", path=str(out))
    if not out.parent.is_dir():
        raise UserError("输出文件夹不存在：{path}", "The output folder does not exist: {path}",
                        path=str(out.parent))
    if not os.access(out.parent, os.W_OK):
        raise UserError("无法写入输出文件夹：{path}", "Cannot write to the output folder: {path}",
                        path=str(out.parent))


def _in_thread(stage: str, message: str, stop: threading.Event, work, total: int = 0
               ) -> Generator[Progress, None, object]:
    """Run work(progress_callback) in a thread, yielding its progress, and a heartbeat while it
    is silent so the consumer can close us at any moment. Re-raises the work's exception."""
    events: queue.Queue = queue.Queue()
    outcome: dict = {}

    def report(done, total_):
        events.put((int(done), int(total_)))

    def target():
        try:
            outcome["value"] = work(report)
        except BaseException as exc:     # carried to the generator's thread and raised there
            outcome["error"] = exc
        finally:
            events.put(None)

    worker = threading.Thread(target=target, name=f"export-{stage}", daemon=True)
    worker.start()
    done = 0
    try:
        yield Progress(stage, done, total, message)
        while True:
            try:
                item = events.get(timeout=_HEARTBEAT_S)
            except queue.Empty:
                yield Progress(stage, done, total, message)
                continue
            if item is None:
                break
            done, total = item
            yield Progress(stage, done, total, message)
    finally:
        if worker.is_alive():
            stop.set()
            worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def default_cache_dir() -> Path:
    from .images import default_cache_dir as images_cache_dir
    return images_cache_dir()


_PRUNED: set[Path] = set()


def _prune_once(cache: Path) -> None:
    """Old cache entries go once per process and cache folder: cheap, and never mid-session.
    (Only exports with pictures prune: without them nothing is added to the cache either.)"""
    if cache not in _PRUNED:
        _PRUNED.add(cache)
        from .images import prune_cache
        prune_cache(cache)


def _binary_images() -> None:
    """ReportLab ASCII85-encodes every image stream by default, in pure Python unless its C
    accelerator is installed: 10 s for a dozen print photos. PDF is a binary format; no one
    needs the 25 % larger text form."""
    from reportlab import rl_config
    rl_config.useA85 = 0


def _run_checks(issue, pagemap, folder: Path) -> list:
    try:
        from editor.checks import run_checks
    except ImportError:   # a build without the checks: export still works, nothing to refuse on
        return []
    return run_checks(issue, pagemap, folder=folder)


def _placed_images(laid) -> list[tuple[str, float, float]]:
    from editor.layout.display import ImageOp
    seen, out = set(), []
    for page in laid.pages:
        for op in page.ops:
            if isinstance(op, ImageOp) and op.path:
                key = (op.path, round(op.w, 1), round(op.h, 1))
                if key not in seen:
                    seen.add(key)
                    out.append((op.path, op.w, op.h))
    return out


def _publisher(meta) -> str | None:
    for role in meta.publishers:
        if role.names:
            return "、".join(role.names)
    return None


def _subject(meta) -> str | None:
    parts = [meta.label.strip()]
    if meta.cumulative:
        parts.append(f"总第{meta.cumulative}期")
    return " ".join(p for p in parts if p) or None

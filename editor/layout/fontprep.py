"""Making the TrueType files ReportLab can embed from the OFL fonts we depend on.

ReportLab embeds only glyf outlines. Noto Serif SC comes as CFF, so its outlines are converted
to quadratic curves (about a minute, ~440 MB); Noto Sans SC comes as a variable font whose
default instance is Thin, so the regular and bold weights are cut out as static fonts.
The jobs run in separate processes (they are CPU bound and independent), each writes to a
temporary name and renames, and a manifest records what each file was made from so that a
prepare after a package upgrade redoes exactly the stale files.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable

from editor.cachefile import keep
from editor.errors import UserError
from editor.i18n import t

from .fonts import MANIFEST

MANIFEST_FORMAT = 1

Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class Job:
    output: str         # file name inside fonts_dir()
    package: str        # distribution the source comes from
    kind: str           # "cff2glyf" or "instance"
    weight: int = 400
    seconds: float = 20.0   # rough duration on one core, to weigh progress

    @property
    def module(self) -> str:
        """The source package's import name."""
        return SOURCE_MODULES[self.package]

    def source(self) -> Path:
        if self.package == "pylopdf-fonts-zh-cn":
            import pylopdf_fonts_zh_cn
            return Path(pylopdf_fonts_zh_cn.serif_path())
        import justmytype_intl_cjk
        root = Path(str(justmytype_intl_cjk.get_font_pack().get_font_directories()[0]))
        return root / "ofl" / "notosanssc" / "NotoSansSC[wght].ttf"


SOURCE_MODULES = {"pylopdf-fonts-zh-cn": "pylopdf_fonts_zh_cn", "justmytype-intl-cjk": "justmytype_intl_cjk"}


# The serif job is the long one; it goes first so the two short ones share the other core.
JOBS = (
    Job("NotoSerifSC-Regular.ttf", "pylopdf-fonts-zh-cn", "cff2glyf", seconds=55.0),
    Job("NotoSansSC-Regular.ttf", "justmytype-intl-cjk", "instance", 400, seconds=22.0),
    Job("NotoSansSC-Bold.ttf", "justmytype-intl-cjk", "instance", 700, seconds=22.0),
)


# ---- the conversions (run in worker processes) -------------------------------------------

def cff_to_glyf(src: Path, dst: Path, max_err: float = 1.0) -> None:
    """Replace the CFF outlines of an OpenType font with TrueType ones."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(src))
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                  "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                  "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp   # the real counts are recalculated on save

    # Format 2 keeps glyph names, which ReportLab uses for nothing but some tools show.
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(dst))


def static_instance(src: Path, dst: Path, weight: int) -> None:
    """Cut one fixed weight out of a variable font, with names that say which weight it is."""
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = TTFont(str(src))
    static = instancer.instantiateVariableFont(font, {"wght": weight}, static=True,
                                               updateFontNames=True)
    static.save(str(dst))


def _run_job(job: Job, folder: str) -> str:
    """Worker entry point: make one file under a temporary name, then rename it into place."""
    target = Path(folder) / job.output
    temp = target.with_name(f".{job.output}.{os.getpid()}.tmp")
    try:
        if job.kind == "cff2glyf":
            cff_to_glyf(job.source(), temp)
        else:
            static_instance(job.source(), temp, job.weight)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return job.output


# ---- the manifest ---------------------------------------------------------------------------

_SHA_CACHE: dict[tuple, str] = {}
# The sources' hashes, kept in the fonts folder: telling whether the prepared fonts are stale is
# asked at the first export of every process, and hashing 30 MB of sources each time costs more
# than the rest of that question.
SHA_MEMO = ".faces/sources.json"


def sha256(path: Path, memo: Path | None = None) -> str:
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key not in _SHA_CACHE:
        known = _read_memo(memo) if memo else {}
        stored = known.get("|".join(map(str, key)))
        if isinstance(stored, str):
            _SHA_CACHE[key] = stored
        else:
            h = hashlib.sha256()
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
            _SHA_CACHE[key] = h.hexdigest()
            if memo:
                known["|".join(map(str, key))] = _SHA_CACHE[key]
                _write_memo(memo, known)
    return _SHA_CACHE[key]


def _read_memo(memo: Path) -> dict:
    try:
        data = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_memo(memo: Path, known: dict) -> None:
    # a read-only fonts folder (a frozen bundle): hash again next time
    keep(memo, json.dumps(known, indent=1).encode("utf-8"))


def source_record(job: Job, memo: Path | None = None) -> dict | None:
    """What the job would be made from now; None where the source package is not installed
    (as in a frozen bundle, which ships fonts prepared at build time). `memo`: a file of known
    hashes (SHA_MEMO in the fonts folder)."""
    try:
        version = metadata.version(job.package)
        src = job.source()
    except (ImportError, metadata.PackageNotFoundError):
        return None
    if not src.is_file():
        return None
    return {"package": job.package, "version": version, "file": src.name,
            "sha256": sha256(src, memo), "kind": job.kind, "weight": job.weight}


def read_manifest(folder: Path) -> dict:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        return {}
    return data.get("files", {}) if isinstance(data.get("files"), dict) else {}


def write_manifest(folder: Path, files: dict) -> None:
    temp = folder / f".{MANIFEST}.{os.getpid()}.tmp"
    temp.write_text(json.dumps({"format": MANIFEST_FORMAT, "files": files},
                               ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temp, folder / MANIFEST)


def job_state(job: Job, folder: Path, manifest: dict) -> str:
    """'ready', 'missing' (never made or damaged) or 'stale' (the source changed since)."""
    target = folder / job.output
    entry = manifest.get(job.output)
    if not target.is_file() or not isinstance(entry, dict):
        return "missing"
    if target.stat().st_size != entry.get("size"):
        return "missing"
    now = source_record(job, folder / SHA_MEMO)
    if now is not None and now != entry.get("source"):
        return "stale"
    return "ready"


def folder_states(folder: Path) -> tuple[dict[str, str], list[Path], dict[str, str | None]]:
    """Each prepared file name -> its state (job_state), with what the answer was drawn from:
    the files besides the manifest and the prepared ones (the sources found), and where each
    source package is imported from (None: not installed). The sources' versions are not listed:
    installing another version rewrites their files."""
    manifest = read_manifest(folder)
    states = {job.output: job_state(job, folder, manifest) for job in JOBS}
    sources, origins = [], {}
    for job in JOBS:
        spec = importlib.util.find_spec(job.module)
        origins[job.module] = spec.origin if spec else None
        if spec is not None:
            try:
                sources.append(job.source())
            except ImportError:
                pass
    return states, sources, origins


# ---- running the jobs ---------------------------------------------------------------------

def prepare(folder: Path, progress: Progress | None = None, force: bool = False,
            workers: int | None = None) -> list[Path]:
    """Make every missing or stale font file in `folder`; returns the paths of all of them."""
    say = progress or (lambda msg, frac: None)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("无法创建字体目录 {path}：{err}", "Cannot create the fonts folder {path}: {err}",
                        path=folder, err=exc) from exc
    manifest = read_manifest(folder)
    todo = [j for j in JOBS if force or job_state(j, folder, manifest) != "ready"]
    records = {}
    for job in todo:
        rec = source_record(job)
        if rec is None:
            raise UserError("找不到字体来源包 {pkg}：请先 pip install {pkg}",
                            "The font source package {pkg} is missing: pip install {pkg}",
                            pkg=job.package)
        records[job.output] = rec
    if not todo:
        say(t("字体已就绪：{path}", "Fonts are ready: {path}", path=folder), 1.0)
        return [folder / j.output for j in JOBS]

    total = sum(j.seconds for j in todo)
    done_weight = 0.0
    shown = 0.0   # fractions only ever go up, though the estimate below may undershoot

    def report(msg: str, fraction: float) -> None:
        nonlocal shown
        shown = max(shown, min(fraction, 1.0))
        say(msg, shown)
    start = time.monotonic()
    say(t("正在准备 {n} 个字体文件（约需一分钟），存放于 {path}",
          "Preparing {n} font files (about a minute) in {path}", n=len(todo), path=folder), 0.0)
    # imported here: every export asks whether the fonts are ready, only this makes them
    import concurrent.futures as cf
    import multiprocessing

    workers = workers or max(1, min(len(todo), os.cpu_count() or 1, 2))
    if getattr(sys, "frozen", False):
        # A frozen program cannot spawn copies of itself without freeze_support() in its entry
        # point; it ships prepared fonts anyway, so a repair runs here, one job after another.
        pool_type, kwargs = cf.ThreadPoolExecutor, {"max_workers": 1}
    else:
        # spawn, not fork: safe beside Qt threads when the GUI asks for a prepare.
        pool_type = cf.ProcessPoolExecutor
        kwargs = {"max_workers": workers, "mp_context": multiprocessing.get_context("spawn")}
    with pool_type(**kwargs) as pool:
        pending = {pool.submit(_run_job, job, str(folder)): job for job in todo}
        for job in todo:
            say(t("排队：{name}", "Queued: {name}", name=job.output), 0.0)
        while pending:
            finished, _ = cf.wait(pending, timeout=5, return_when=cf.FIRST_COMPLETED)
            elapsed = time.monotonic() - start
            if not finished:
                # An estimate from wall time keeps the user informed during the long serif job.
                guess = min(0.95, elapsed * workers / total)
                report(t("仍在转换字体……已用 {s:.0f} 秒", "Still converting fonts… {s:.0f} s so far",
                         s=elapsed), guess)
                continue
            for fut in finished:
                job = pending.pop(fut)
                fut.result()
                done_weight += job.seconds
                target = folder / job.output
                manifest[job.output] = {"size": target.stat().st_size, "sha256": sha256(target),
                                        "source": records[job.output]}
                write_manifest(folder, manifest)
                report(t("完成：{name}（{s:.0f} 秒）", "Done: {name} ({s:.0f} s)",
                         name=job.output, s=elapsed), done_weight / total)
    return [folder / j.output for j in JOBS]

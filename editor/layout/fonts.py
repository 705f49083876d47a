"""The fonts that print the issue: where the prepared files are, registering them with ReportLab,
finding an office's own system fonts by family name, and which characters a font lacks.

Two families ship with the program (OFL, prepared by `issuedesk fonts prepare`):
  serif  Noto Serif SC — the 宋体-style body face
  sans   Noto Sans SC  — the 黑体-style face for titles, heads and captions (regular and bold)

Bold serif: Noto Serif SC comes without a bold weight. Chinese typesetting does not embolden
宋体 anyway: a run-in head or a stressed phrase in body text is set in 黑体. So the bold of
"serif" is the sans bold file — `font_file("serif", bold=True)` and `register_font("serif",
True)` give Noto Sans SC Bold, and the serif family registered with ReportLab maps <b> to it.

A layout may also name a family installed on the machine (SimSun/宋体, SimHei/黑体 on office
PCs): it is found on the system, never shipped, and embedded like ours.
"""
from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
import unicodedata
from pathlib import Path

from editor.cachefile import keep
from editor.errors import UserError
from editor.paths import resources_dir, user_data_dir

from . import facecache

FAMILIES = ("serif", "sans")
# What fontprep made each prepared file from; named here, as finding the folder reads it and an
# export never imports fontprep (see font_states).
MANIFEST = "manifest.json"

# Which prepared file prints each (family, bold); bold serif is the sans bold, see above.
FACE_FILES = {
    ("serif", False): "NotoSerifSC-Regular.ttf",
    ("serif", True): "NotoSansSC-Bold.ttf",
    ("sans", False): "NotoSansSC-Regular.ttf",
    ("sans", True): "NotoSansSC-Bold.ttf",
}
# ReportLab names: one per file, so the same file is embedded once however it was asked for.
_RL_NAMES = {
    "NotoSerifSC-Regular.ttf": "IssueDesk-Serif",
    "NotoSansSC-Regular.ttf": "IssueDesk-Sans",
    "NotoSansSC-Bold.ttf": "IssueDesk-Sans-Bold",
}


class FontsNotReady(UserError):
    """The prepared fonts are missing or stale."""

    def __init__(self, folder: Path):
        super().__init__(
            "字体尚未准备好（{path}）。请先运行：issuedesk fonts prepare（约一分钟）",
            "The fonts are not prepared ({path}). Run: issuedesk fonts prepare (about a minute)",
            path=folder)


def fonts_dir() -> Path:
    override = os.environ.get("ISSUEDESK_FONTS")
    if override:
        return Path(override)
    if getattr(sys, "frozen", False):
        bundled = resources_dir() / "fonts"
        if (bundled / MANIFEST).is_file():
            return bundled
    return user_data_dir() / "fonts"


def font_states(folder: Path | None = None) -> dict[str, str]:
    """Each prepared file name -> 'ready', 'missing' or 'stale'.

    The full answer (fontprep.folder_states) reads the manifest and finds each source package,
    its version and its file: 5-8 ms with fontprep's imports, at every export. So the answer is
    kept (_states_note) with the size, modification time and inode of every file it was drawn
    from and where the source packages are imported from; while those are found unchanged (a few
    stats) the kept answer stands."""
    folder = folder or fonts_dir()
    note = _states_note(folder)
    kept = _kept_states(note, folder)
    if kept is not None:
        return kept
    from . import fontprep

    files = _prepared_paths(folder)
    before = _stats(files)
    states, sources, origins = fontprep.folder_states(folder)
    after = _stats(files)
    if note is not None and after == before:     # not written to while being checked
        _keep_states(note, (_STATES_FORMAT, str(folder), states, after + _stats(sources), origins))
    return states


def fonts_ready() -> bool:
    return all(state == "ready" for state in font_states().values())


_STATES_FORMAT = 1


def _prepared_paths(folder: Path) -> list[Path]:
    return [folder / MANIFEST] + [folder / name for name in _RL_NAMES]


def _states_note(folder: Path) -> Path | None:
    """Where the answer for `folder` is kept: with the faces' cache (_face_cache_dir)."""
    cache = _face_cache_dir(folder / MANIFEST)
    if cache is None:
        return None
    return cache / f"states-{hashlib.sha1(str(folder).encode()).hexdigest()[:12]}.marshal"


def _stats(paths: list[Path]) -> list:
    out = []
    for path in paths:
        try:
            st = os.stat(path)
            out.append((str(path), st.st_size, st.st_mtime_ns, st.st_ino))
        except OSError:
            out.append((str(path), None))
    return out


def _kept_states(note: Path | None, folder: Path) -> dict[str, str] | None:
    if note is None:
        return None
    try:
        fmt, where, states, stats, origins = marshal.loads(note.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if fmt != _STATES_FORMAT or where != str(folder) or not isinstance(states, dict):
        return None
    if _stats([Path(s[0]) for s in stats]) != stats:
        return None
    import importlib.util
    for module, origin in origins.items():
        spec = importlib.util.find_spec(module)
        if (spec.origin if spec else None) != origin:
            return None
    return states


def _keep_states(note: Path, kept: tuple) -> None:
    keep(note, marshal.dumps(kept))     # not kept: checked in full next time


def prepare_fonts(progress=None, force: bool = False) -> list[Path]:
    """Build the TrueType files (about a minute on two cores); progress(msg, fraction)."""
    from . import fontprep

    paths = fontprep.prepare(fonts_dir(), progress, force=force)
    _ready_files.cache_clear()
    for path in paths:      # ReportLab's reading of each face, ready for the first export
        facecache.load_ttfont("prepare", path, 0, _face_cache_dir(path))
    return paths


@functools.lru_cache(maxsize=None)
def _ready_files(folder: Path) -> frozenset[str]:
    return frozenset(name for name, state in font_states(folder).items() if state == "ready")


def font_file(family: str, bold: bool = False) -> Path:
    key = (family.lower(), bool(bold))
    if key not in FACE_FILES:
        raise UserError("未知的字体族：{family}（可用：serif、sans）",
                        "Unknown font family: {family} (known: serif, sans)", family=family)
    folder = fonts_dir()
    name = FACE_FILES[key]
    if name not in _ready_files(folder):
        _ready_files.cache_clear()   # someone may have prepared them since
        if name not in _ready_files(folder):
            raise FontsNotReady(folder)
    return folder / name


# ---- registration with ReportLab -----------------------------------------------------------

_registered: dict[tuple[str, bool], str] = {}


def register_font(family: str, bold: bool = False) -> str:
    """Register the font with ReportLab once and return its ReportLab name."""
    key = (family.strip().lower(), bool(bold))
    if key in _registered:
        return _registered[key]
    if key[0] in FAMILIES:
        path = font_file(key[0], bold)
        name = _RL_NAMES[path.name]
        _register_file(name, path, 0)
        _register_family(key[0])
    else:
        path, index, face = find_system_font(family, bold)
        name = _system_rl_name(face, bold)
        _register_file(name, path, index)
    _registered[key] = name
    return name


def _register_file(name: str, path: Path, index: int) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    if name in pdfmetrics.getRegisteredFontNames():
        return
    try:
        pdfmetrics.registerFont(facecache.load_ttfont(name, path, index, _face_cache_dir(path)))
    except TTFError as exc:
        raise UserError("无法使用字体文件 {path}：{err}（只能嵌入 TrueType 轮廓的字体）",
                        "Cannot use the font file {path}: {err} (only TrueType-outline fonts can be embedded)",
                        path=path, err=exc) from exc


def _face_cache_dir(path: Path) -> Path | None:
    """Where ReportLab's reading of a font file is kept: beside our prepared fonts when that
    folder is writable (prepared once, like the fonts), else in the user's data folder. Never in
    a system font folder."""
    folder = fonts_dir()
    if Path(path).parent == folder and os.access(folder, os.W_OK):
        return folder / ".faces"
    try:
        return user_data_dir() / "cache" / "faces"
    except Exception:       # no user folder to be had: parse each time
        return None


def _register_family(family: str) -> None:
    """Let ReportLab paragraphs map <b> in our families to the right file."""
    from reportlab.lib.fonts import addMapping

    regular_path, bold_path = font_file(family, False), font_file(family, True)
    normal, bold = _RL_NAMES[regular_path.name], _RL_NAMES[bold_path.name]
    _register_file(normal, regular_path, 0)
    _register_file(bold, bold_path, 0)
    for b, i, name in ((0, 0, normal), (1, 0, bold), (0, 1, normal), (1, 1, bold)):
        addMapping(normal, b, i, name)


def _system_rl_name(face: str, bold: bool) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in face)
    return f"Sys-{safe}{'-Bold' if bold else ''}"


# ---- system fonts ---------------------------------------------------------------------------

# Windows file names of the faces Chinese offices ask for; the Chinese names are aliases.
_WINDOWS_FILES = {
    "simsun": ("simsun.ttc", None), "宋体": ("simsun.ttc", None), "nsimsun": ("simsun.ttc", None),
    "新宋体": ("simsun.ttc", None),
    "simhei": ("simhei.ttf", None), "黑体": ("simhei.ttf", None),
    "fangsong": ("simfang.ttf", None), "仿宋": ("simfang.ttf", None),
    "kaiti": ("simkai.ttf", None), "楷体": ("simkai.ttf", None),
    "microsoft yahei": ("msyh.ttc", "msyhbd.ttc"), "微软雅黑": ("msyh.ttc", "msyhbd.ttc"),
    "dengxian": ("deng.ttf", "dengb.ttf"), "等线": ("deng.ttf", "dengb.ttf"),
}
_ALIASES = {"宋体": "SimSun", "新宋体": "NSimSun", "黑体": "SimHei", "仿宋": "FangSong",
            "楷体": "KaiTi", "微软雅黑": "Microsoft YaHei", "等线": "DengXian"}
_FONT_EXTS = (".ttf", ".ttc", ".otf", ".otc")


def _font_dirs() -> list[Path]:
    dirs = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path.home()
    dirs += [home / ".fonts", home / ".local/share/fonts", Path("/usr/share/fonts"),
             Path("/usr/local/share/fonts"), Path("/Library/Fonts"), home / "Library/Fonts",
             Path("/System/Library/Fonts")]
    return [d for d in dirs if d.is_dir()]


def _face_names(path: Path) -> list[tuple[int, set[str], bool]]:
    """For each face in the file: (index, its family names lowercased, is it bold)."""
    from fontTools.ttLib import TTCollection, TTFont

    try:
        if path.suffix.lower() in (".ttc", ".otc"):
            fonts = list(TTCollection(str(path), lazy=True).fonts)
        else:
            fonts = [TTFont(str(path), lazy=True)]
    except Exception:   # an unreadable file in a fonts folder is not our business
        return []
    faces = []
    for index, font in enumerate(fonts):
        names = set()
        for rec in font["name"].names:
            if rec.nameID in (1, 4, 16):
                try:
                    names.add(rec.toUnicode().strip().lower())
                except UnicodeDecodeError:
                    continue
        bold = bool(font["OS/2"].fsSelection & 0x20) if "OS/2" in font else False
        faces.append((index, names, bold))
    return faces


def _pick_face(path: Path, wanted: set[str], bold: bool) -> int | None:
    matches = [(i, b) for i, names, b in _face_names(path) if names & wanted]
    for i, b in matches:
        if b == bold:
            return i
    return matches[0][0] if matches else None


def _fc_candidates(family: str, bold: bool) -> list[Path]:
    """Files fontconfig knows for the family, its own best match first (fc-list alone would
    also offer e.g. the condensed cut of a family)."""
    import shutil
    import subprocess      # here: an export with our own fonts never asks fontconfig

    if not shutil.which("fc-list"):
        return []
    pattern = f"{family}:style=Bold" if bold else family
    found = []
    for cmd in (["fc-match", "-f", "%{file}\n", f"{family}:bold" if bold else family],
                ["fc-list", pattern, "file"]):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        found += [Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip()]
    return found


@functools.lru_cache(maxsize=64)
def find_system_font(family: str, bold: bool = False) -> tuple[Path, int, str]:
    """(file, face index in a collection, face name) of an installed family; UserError if absent.

    Where the family has no bold face the regular one is returned: SimSun has none, and a
    layout that asks for bold SimSun should name SimHei instead."""
    wanted = {family.strip().lower()}
    if family.strip() in _ALIASES:
        wanted.add(_ALIASES[family.strip()].lower())
    for name, alias in _ALIASES.items():
        if alias.lower() in wanted:
            wanted.add(name)
    candidates: list[Path] = []
    for key in wanted:
        if key in _WINDOWS_FILES:
            regular, bold_file = _WINDOWS_FILES[key]
            names = [bold_file, regular] if bold and bold_file else [regular]
            candidates += [d / n for d in _font_dirs() for n in names]
    for query in sorted(wanted):
        if bold:
            candidates += _fc_candidates(query, True)
        candidates += _fc_candidates(query, False)
    seen = set()
    for path in candidates:
        if path in seen or not path.is_file() or path.suffix.lower() not in _FONT_EXTS:
            continue
        seen.add(path)
        index = _pick_face(path, wanted, bold)
        if index is not None:
            return path, index, _ALIASES.get(family.strip(), family.strip())
    raise UserError("在本机找不到字体“{family}”（已查找系统字体目录和 fontconfig）。"
                    "请安装该字体，或在版式中改用 serif / sans。",
                    "The font \"{family}\" is not installed on this machine (searched the system font "
                    "folders and fontconfig). Install it, or use serif / sans in the layout.",
                    family=family)


# ---- coverage -------------------------------------------------------------------------------

def _coverage(family: str, bold: bool):
    """The code points the face maps. ReportLab read the cmap when the face was registered (our
    families always are by the time anyone asks); fontTools reads it only for a system face
    ReportLab does not hold, which may be one it cannot embed at all (CFF outlines)."""
    from reportlab.pdfbase import pdfmetrics

    key = (family.strip().lower(), bool(bold))
    name = _registered.get(key)
    if name is None and key[0] in FAMILIES:
        name = register_font(family, bold)
    if name is not None:
        face = getattr(pdfmetrics.getFont(name), "face", None)
        if isinstance(getattr(face, "charToGlyph", None), dict):
            return face.charToGlyph
    return _cmap(*_font_location(family, bold))


@functools.lru_cache(maxsize=16)
def _cmap(path: Path, index: int) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    font = TTFont(str(path), fontNumber=index, lazy=True)
    return frozenset(font.getBestCmap() or {})


def _font_location(family: str, bold: bool) -> tuple[Path, int]:
    key = family.strip().lower()
    if key in FAMILIES:
        return font_file(key, bold), 0
    path, index, _ = find_system_font(family, bold)
    return path, index


def missing_chars(text, family: str, bold: bool = False) -> set[str]:
    """The characters of `text` (a string, or a set of its characters) the font has no glyph for.
    Control and format characters (line breaks, zero-width joiners) are never drawn, so they
    never count as missing."""
    cmap = _coverage(family, bold)
    # the code points the face lacks found by the set in C (a dict or a set of code points):
    # a Python test of each of an issue's ~1,400 characters took 0.3-0.5 ms a family
    lacking = set(map(ord, text)).difference(cmap)
    return {chr(code) for code in lacking
            if unicodedata.category(chr(code)) not in ("Cc", "Cf", "Zl", "Zp")}

"""What goes into the frozen IssueDesk bundle, in one place: the spec builds from it, build.py
names its outputs from it, and tests/packaging checks the program's run-time file use against it.

Kept free of PyInstaller imports so that tests and build.py can load it with plain Python.
"""
from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
ICONS = REPO / "resources" / "icons"

APP_NAME = "IssueDesk"
APP_NAME_ZH = "期刊编排台"
EXE_NAME = "issuedesk"            # the command line program (console) on every system
GUI_EXE_NAME = "issuedesk-gui"    # Windows only: the same program without a console window
PUBLISHER = "IssueDesk developers"
FILE_EXT = ".issuedesk"
MIME_TYPE = "application/x-issuedesk"

# The bundle's folders, relative to its data root (sys._MEIPASS); editor.paths looks there.
FONTS_DEST = "resources/fonts"

# Modules the program never needs; most would come in only as optional imports of our
# dependencies, and the Qt ones are large (QML, Quick, 3D, WebEngine are whole runtimes).
EXCLUDES = [
    "tkinter", "_tkinter", "unittest", "pydoc_data", "lib2to3", "idlelib",
    "numpy", "scipy", "matplotlib", "pandas", "IPython", "jedi", "sympy",
    "pytest", "_pytest", "hypothesis", "pytestqt", "setuptools", "pip",
    "PyInstaller",
    # The fonts come prepared (resources/fonts); the 47 MB source packages stay out.
    "pylopdf_fonts_zh_cn", "justmytype_intl_cjk",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DExtras",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtSensors",
    "PySide6.QtSerialPort", "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
]

# Qt libraries the PySide6 hooks may still drag in through plugins; dropped after analysis.
QT_LIB_EXCLUDES = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "Qt6Designer",
                   "libQt6Quick", "libQt6Qml", "libQt6WebEngine", "libQt63D",
                   "libQt6Multimedia", "libQt6Designer", "libQt6VirtualKeyboard")

# Qt's own catalogues (standard buttons, file dialogs): only the languages the program speaks.
QT_TRANSLATIONS_KEPT = ("zh_CN", "_en.")


def keep_in_bundle(dest: str) -> bool:
    """Whether a file PyInstaller's Qt hooks chose (by its destination path) stays in."""
    path = Path(dest)
    if any(path.name.startswith(prefix) for prefix in QT_LIB_EXCLUDES):
        return False
    if "translations" in path.parts and path.suffix == ".qm" and "PySide6" in path.parts:
        return any(tag in path.name for tag in QT_TRANSLATIONS_KEPT)
    return True


def project_version() -> str:
    with open(REPO / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def version_tuple(version: str | None = None) -> tuple[int, int, int, int]:
    """The four numbers Windows wants; a suffix like 'rc1' or '.dev3' is dropped."""
    parts = []
    for piece in (version or project_version()).split(".")[:4]:
        digits = ""
        for ch in piece:   # the leading number only: "1rc1" is 1
            if not ch.isdigit():
                break
            digits += ch
        parts.append(int(digits or 0))
    return tuple((parts + [0, 0, 0, 0])[:4])


def fonts_source() -> Path:
    """The prepared fonts of the machine that builds (editor.layout.fonts.fonts_dir())."""
    from editor.layout.fonts import fonts_dir
    return fonts_dir()


def font_files(folder: Path | None = None) -> list[Path]:
    """The prepared files the bundle must carry: each TrueType file and the manifest that says
    they are ready (editor.layout.fonts looks for it before trusting the bundled folder)."""
    from editor.layout import fontprep
    folder = folder or fonts_source()
    return [folder / job.output for job in fontprep.JOBS] + [folder / fontprep.MANIFEST]


def datas(fonts_folder: Path | None = None) -> list[tuple[str, str]]:
    """(source, destination folder in the bundle) pairs, in PyInstaller's `datas` form.

    resources/ goes whole (schema, colour profile, translations, icons) except the prepared
    fonts, which come from the build machine's fonts folder, file by file."""
    pairs: list[tuple[str, str]] = []
    for path in sorted((REPO / "resources").rglob("*")):
        rel = path.relative_to(REPO)
        if path.is_file() and "__pycache__" not in rel.parts and rel.parts[:2] != ("resources", "fonts"):
            pairs.append((str(path), str(rel.parent.as_posix())))
    for path in sorted((REPO / "layouts").rglob("*")):
        if path.is_file():
            pairs.append((str(path), path.relative_to(REPO).parent.as_posix()))
    for path in font_files(fonts_folder):
        pairs.append((str(path), FONTS_DEST))
    licence = font_licence()
    if licence is not None:
        pairs.append((str(licence), FONTS_DEST))
    return pairs


def covered(path: Path, pairs: list[tuple[str, str]]) -> bool:
    """Whether the file is carried by one of the (source, destination) pairs, itself or
    through a folder that is."""
    path = Path(os.path.realpath(path))
    for src, _ in pairs:
        src_path = Path(os.path.realpath(src))
        if path == src_path or src_path in path.parents:
            return True
    return False


def needs_bundling(path: Path, roots: list[Path]) -> bool:
    """Whether a file the program opened must come along in the bundle: anything under the
    checkout or the build machine's fonts folder, except code (frozen into the program as
    modules) and the tests."""
    path = Path(os.path.realpath(path))
    if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
        return False
    if (REPO / "tests") in path.parents:
        return False
    if any(cache in path.parents for cache in cache_dirs()):
        return False
    return any(Path(os.path.realpath(r)) in path.parents for r in roots)


def cache_dirs() -> list[Path]:
    """Folders the program fills itself, beside the fonts (ReportLab's reading of each face,
    the source hashes): remade on first use, and keyed by where the files lie, so a copy from
    the build machine would be of no use in the bundle."""
    from editor.layout import fontprep
    memo = getattr(fontprep, "SHA_MEMO", None)
    if not memo:
        return []
    return [Path(os.path.realpath(fonts_source() / Path(memo).parent))]


def font_licence() -> Path | None:
    """The SIL Open Font License text, which must travel with the fonts; the sans source
    package carries it (the serif is under the same licence). None where it is not installed."""
    try:
        import justmytype_intl_cjk
        root = Path(str(justmytype_intl_cjk.get_font_pack().get_font_directories()[0]))
    except Exception:   # any failure of that package only costs the licence copy, reported by build.py
        return None
    path = root / "ofl" / "notosanssc" / "OFL.txt"
    return path if path.is_file() else None


def check_fonts_ready(folder: Path | None = None) -> None:
    """Stop the build with a clear message when the fonts are not prepared: a bundle without
    them would export nothing."""
    from editor.layout.fonts import font_states
    folder = folder or fonts_source()
    states = font_states(folder)
    bad = {name: state for name, state in states.items() if state != "ready"}
    if bad:
        raise SystemExit(f"fonts not ready in {folder}: {bad}; run: issuedesk fonts prepare")


def windows_version_file(target: Path, version: str | None = None, exe: str = EXE_NAME) -> Path:
    """Write the version resource of the Windows programs in PyInstaller's version-file form
    (a Python expression PyInstaller evaluates on Windows)."""
    version = version or project_version()
    nums = version_tuple(version)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": f"{APP_NAME} {APP_NAME_ZH}",
        "FileVersion": version,
        "InternalName": exe,
        "LegalCopyright": f"© {PUBLISHER}",
        "OriginalFilename": f"{exe}.exe",
        "ProductName": f"{APP_NAME} {APP_NAME_ZH}",
        "ProductVersion": version,
    }
    string_structs = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""# Made by packaging/bundle_contents.py from pyproject.toml; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      # 0804 = Chinese (PRC), 04B0 = Unicode
      StringTable('080404B0', [
          {string_structs}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200, 0x0409, 1200])])
  ]
)
"""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def is_windows() -> bool:
    return sys.platform.startswith("win")

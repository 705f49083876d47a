"""Chinese fonts for the screen: the same faces that print the issue, so what the editor sees is
what the printer gets. The prepared TrueType files are used when ready; before `issuedesk fonts
prepare` has run, Qt can show the shipped OpenType (CFF) originals directly, which ReportLab
cannot print but the screen can."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

_loaded: dict[str, str] = {}


def _candidates(family: str) -> list[Path]:
    paths: list[Path] = []
    try:
        from editor.layout.fonts import font_file
        paths.append(font_file(family))
    except Exception:   # fonts not prepared, or the layout package not installed here
        pass
    try:
        import pylopdf_fonts_zh_cn as shipped
        paths.append(Path(shipped.sans_path() if family == "sans" else shipped.serif_path()))
    except Exception:
        pass
    return paths


def load_family(family: str) -> str | None:
    """Register the screen font for 'sans' or 'serif'; returns the Qt family name or None."""
    if family in _loaded:
        return _loaded[family]
    for path in _candidates(family):
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            _loaded[family] = families[0]
            return families[0]
    return None


def install_app_font(app: QApplication, point_size: float = 10.0) -> str | None:
    """Make the sans face the application's font (titles, forms and trees are 黑体 style)."""
    name = load_family("sans")
    load_family("serif")
    if name:
        font = QFont(name)
        font.setPointSizeF(point_size)
        app.setFont(font)
    return name


def serif_font(point_size: float = 11.0) -> QFont:
    """The body-text face for paragraph editing; the application font if none could be loaded."""
    name = load_family("serif")
    font = QFont(name) if name else QFont()
    font.setPointSizeF(point_size)
    return font

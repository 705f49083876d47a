"""The GUI's language: English source strings in tr(), Chinese from a Qt Linguist catalogue
(resources/translations/issuedesk_zh_CN.ts, compiled to .qm). The choice follows the same rule
as the command line (editor.i18n.language()), so ISSUEDESK_LANG works for both."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from editor.i18n import language
from editor.paths import resource

_installed: list[QTranslator] = []


def install_translators(app: QApplication) -> bool:
    """Install the program's and Qt's own Chinese catalogues when the language is Chinese."""
    if language() != "zh":
        return False
    ok = False
    ours = QTranslator(app)
    if ours.load(str(resource("translations", "issuedesk_zh_CN.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
        ok = True
    qt_own = QTranslator(app)   # standard buttons (确定/取消), file dialogs
    if qt_own.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return ok

"""The GUI's language: English source strings in tr(), Chinese from a Qt Linguist catalogue
(resources/translations/issuedesk_zh_CN.ts, compiled to .qm).

The choice is editor.i18n.language() (ISSUEDESK_LANG first, then the POSIX locale variables)
whenever the environment says anything; only when it says nothing (a Windows or macOS desktop
start, where LANG is not set) does Qt's system locale decide. The choice is then pinned in
ISSUEDESK_LANG, so messages from the core (UserError, findings) come in the GUI's language."""
from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from editor.i18n import language
from editor.paths import resource

# The variables editor.i18n.language() reads; when all are empty its answer is only a default.
_LANGUAGE_VARS = ("ISSUEDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")

_installed: list[QTranslator] = []


def system_is_chinese() -> bool:
    return QLocale.system().language() == QLocale.Language.Chinese


def gui_language() -> str:
    """'zh' or 'en' for the GUI."""
    if any(os.environ.get(var) for var in _LANGUAGE_VARS):
        return language()
    return "zh" if system_is_chinese() else "en"


def install_translators(app: QApplication) -> bool:
    """Install the program's and Qt's own Chinese catalogues when the language is Chinese;
    otherwise the English source strings show. True when our catalogue was installed."""
    lang = gui_language()
    os.environ["ISSUEDESK_LANG"] = lang
    if lang != "zh":
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

"""Qt translation for GUI code that is not a QObject method (module functions, undo commands,
worker tasks): `translate("context", "English")` looks the text up in the same .qm catalogue as
self.tr(), and pyside6-lupdate finds these calls by that name."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

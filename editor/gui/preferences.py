"""The preferences dialog: how often unsaved edits are autosaved, and whether the program opens
the most recent issue at start. Kept in QSettings (see settings.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from . import settings as prefs

AUTOSAVE_KEY = "autosave/seconds"
AUTOSAVE_DEFAULT = 60
OPEN_RECENT_KEY = "start/open_recent"


def autosave_seconds() -> int:
    return max(5, int(prefs.settings().value(AUTOSAVE_KEY, AUTOSAVE_DEFAULT)))


def open_recent_at_start() -> bool:
    return str(prefs.settings().value(OPEN_RECENT_KEY, "true")).lower() == "true"


class PreferencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("autosaveSeconds")
        self.autosave.setRange(5, 3600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(autosave_seconds())
        form.addRow(self.tr("Autosave unsaved edits every"), self.autosave)
        self.open_recent = QCheckBox(self.tr("Open the most recent issue at start"), self)
        self.open_recent.setObjectName("openRecent")
        self.open_recent.setChecked(open_recent_at_start())
        form.addRow(self.open_recent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        s = prefs.settings()
        s.setValue(AUTOSAVE_KEY, self.autosave.value())
        s.setValue(OPEN_RECENT_KEY, "true" if self.open_recent.isChecked() else "false")
        s.sync()

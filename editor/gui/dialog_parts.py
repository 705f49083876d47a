"""Small parts the import dialogs share: a free folder name for a new issue, a field with its
button at the right, and the OK/Cancel row."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QWidget

from .qt_text import translate



def free_folder(parent: Path, name: str) -> Path:
    """parent/name, or parent/name-2, -3 … : the first that is absent or an empty folder."""
    name = re.sub(r'[\\/:*?"<>|\s]+', "-", name).strip("-.") or "issue"
    candidate, n = parent / name, 2
    while candidate.exists() and (not candidate.is_dir() or any(candidate.iterdir())):
        candidate, n = parent / f"{name}-{n}", n + 1
    return candidate


def with_button(widget: QWidget, text: str, slot) -> QWidget:
    """`widget` with a button at its right (a path and its Browse…), as one form row."""
    box = QWidget(widget.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    button = QPushButton(text, box)
    button.clicked.connect(slot)
    row.addWidget(button)
    return box


def ok_cancel(dialog: QDialog, ok_text: str, ok_name: str) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's button row: its own word on OK (导入, 新建), Cancel, wired to accept/reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName(ok_name)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("dialog_parts", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok

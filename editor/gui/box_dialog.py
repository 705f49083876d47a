"""Editing a sidebar (链接) or a note (附注): its title and its text, one paragraph per line."""
from __future__ import annotations

import copy

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit

from editor.model import Paragraph, Run, Subhead


class BoxDialog(QDialog):
    def __init__(self, block, parent=None):
        super().__init__(parent)
        self.setObjectName("boxDialog")
        self.block = copy.deepcopy(block)
        self.setWindowTitle(self.tr("Sidebar or note"))
        self.resize(560, 420)
        form = QFormLayout(self)
        self.label = QLineEdit(block.label)
        self.label.setObjectName("boxLabel")
        self.title = QLineEdit(block.title)
        self.title.setObjectName("boxTitle")
        self.text = QPlainTextEdit("\n".join(b.text for b in block.blocks))
        self.text.setObjectName("boxText")
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text (one paragraph per line)"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_block(self):
        """The block as edited. Lines that were sub-heads or had a bold run-in head keep them."""
        out = copy.deepcopy(self.block)
        out.label = self.label.text().strip() or self.block.label
        out.title = self.title.text().strip()
        old = {b.text: b for b in self.block.blocks}
        inner = []
        for line in (ln.strip() for ln in self.text.toPlainText().splitlines()):
            if not line:
                continue
            before = old.get(line)
            inner.append(copy.deepcopy(before) if isinstance(before, (Paragraph, Subhead)) else Paragraph([Run(line)]))
        out.blocks = inner
        return out

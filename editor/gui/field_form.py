"""A form of line edits bound to fields of one model object: an edit that is finished (Enter or
leaving the field) becomes one SetField command. Loading the form never makes a command."""
from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLineEdit, QWidget

from .undo import SetField


class FieldForm(QWidget):
    def __init__(self, kind: str, fields: list[tuple[str, str, bool]], parent=None):
        """fields: (attribute, label, optional) — an emptied optional field becomes None."""
        super().__init__(parent)
        self.kind, self.doc, self.ident = kind, None, None
        self.edits: dict[str, QLineEdit] = {}
        self._optional = {name: optional for name, _, optional in fields}
        self.form = QFormLayout(self)
        for name, label, _ in fields:
            edit = QLineEdit(self)
            edit.setObjectName(f"{kind}_{name}")
            edit.editingFinished.connect(lambda n=name: self._commit(n))
            self.form.addRow(label, edit)
            self.edits[name] = edit

    def add_number(self, name: str, label: str, suffix: str = "") -> QDoubleSpinBox:
        """A number field (placed size in mm); 0 means 'let the layout choose' (None)."""
        box = QDoubleSpinBox(self)
        box.setObjectName(f"{self.kind}_{name}")
        box.setRange(0, 400)
        box.setDecimals(1)
        box.setSuffix(suffix)
        box.setSpecialValueText(self.tr("auto"))
        box.editingFinished.connect(lambda n=name, b=box: self._commit_number(n, b))
        self.form.addRow(label, box)
        self.edits[name] = box
        return box

    def load(self, doc, ident: str) -> None:
        self.doc, self.ident = doc, ident
        obj = doc.find(self.kind, ident)
        for name, edit in self.edits.items():
            value = getattr(obj, name)
            edit.blockSignals(True)
            if isinstance(edit, QDoubleSpinBox):
                edit.setValue(value or 0.0)
            else:
                edit.setText(value or "")
                edit.setCursorPosition(0)
            edit.blockSignals(False)
            edit.setReadOnly(doc.read_only) if isinstance(edit, QLineEdit) else edit.setEnabled(not doc.read_only)

    def _push(self, name: str, value) -> None:
        if self.doc is None or self.doc.read_only:
            return
        obj = self.doc.find(self.kind, self.ident)
        if obj is None:   # undone or deleted while the form still showed it
            return
        if getattr(obj, name) != value:
            label = self.form.labelForField(self.edits[name]).text()
            self.doc.push(SetField(self.doc, self.kind, self.ident, name, value,
                                   self.tr("Edit %1").replace("%1", label)))

    def _commit(self, name: str) -> None:
        text = self.edits[name].text().strip()
        self._push(name, None if (self._optional[name] and not text) else text)

    def _commit_number(self, name: str, box: QDoubleSpinBox) -> None:
        self._push(name, box.value() or None)

"""The issue metadata and colophon dialog: identity, permit, publishers, editorial board,
contact, printing and the cover. Accepting it makes one undoable change."""
from __future__ import annotations

import copy

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit,
                               QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget, QHeaderView)

from editor.model import IssueMeta, Role

NAME_SEPARATOR = "、"


class RoleTable(QTableWidget):
    """Ordered roles with their names (separated by 、) and an optional remark."""

    def __init__(self, roles: list[Role], parent=None):
        super().__init__(len(roles) + 2, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Names"), self.tr("Remark")])
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(2, 170)
        for row, role in enumerate(roles):
            for col, text in enumerate((role.role, NAME_SEPARATOR.join(role.names), role.note or "")):
                self.setItem(row, col, QTableWidgetItem(text))

    def roles(self) -> list[Role]:
        out = []
        for row in range(self.rowCount()):
            cells = [(self.item(row, c).text().strip() if self.item(row, c) else "") for c in range(3)]
            if not cells[0]:
                continue
            names = [n.strip() for n in cells[1].replace("，", NAME_SEPARATOR).split(NAME_SEPARATOR) if n.strip()]
            out.append(Role(cells[0], names, cells[2] or None))
        return out


class MetaDialog(QDialog):
    def __init__(self, meta: IssueMeta, read_only: bool = False, parent=None, add_image=None):
        """add_image(data, name_hint) -> relative path stores a chosen cover photo in the issue
        folder; without it the cover photo cannot be changed here."""
        super().__init__(parent)
        self.add_image = add_image
        self.setObjectName("metaDialog")
        self.setWindowTitle(self.tr("Issue metadata and colophon"))
        self.meta = copy.deepcopy(meta)
        self.resize(760, 600)
        tabs = QTabWidget(self)
        self.edits: dict[str, QLineEdit] = {}

        ident = self._form(tabs, self.tr("Issue"))
        self._line(ident, "title", self.tr("Masthead title"), meta.title)
        self.year = self._spin(ident, self.tr("Year"), meta.year, 1900, 2200)
        self.number = self._spin(ident, self.tr("Number"), meta.number, 1, 99)
        self.cumulative = self._spin(ident, self.tr("Cumulative number"), meta.cumulative or 0, 0, 99999)
        self._line(ident, "permit", self.tr("Permit number"), meta.permit)
        self._line(ident, "internal_marking", self.tr("Internal marking"), meta.internal_marking)
        self._line(ident, "distribution", self.tr("Distribution"), meta.distribution)

        people = QWidget()
        box = QVBoxLayout(people)
        self.publishers = RoleTable(meta.publishers, people)
        self.publishers.setObjectName("publishersTable")
        self.board = RoleTable(meta.board, people)
        self.board.setObjectName("boardTable")
        box.addWidget(QLabel(self.tr("Publishers (主办, 承办, 协办 …)")))
        box.addWidget(self.publishers)
        box.addWidget(QLabel(self.tr("Editorial board; separate names with 、")))
        box.addWidget(self.board, 2)
        tabs.addTab(people, self.tr("Publishers and board"))

        printing = self._form(tabs, self.tr("Contact and printing"))
        c = meta.contact
        for name, label in (("address", self.tr("Address")), ("postcode", self.tr("Postcode")),
                            ("phone", self.tr("Phone")), ("fax", self.tr("Fax")),
                            ("website", self.tr("Website")), ("email", self.tr("E-mail"))):
            self._line(printing, "contact." + name, label, getattr(c, name))
        self._line(printing, "printer", self.tr("Printer"), meta.printer)
        self.print_run = self._spin(printing, self.tr("Print run"), meta.print_run or 0, 0, 10_000_000)
        self._line(printing, "print_date", self.tr("Print date"), meta.print_date)
        self._line(printing, "cycle", self.tr("Publication cycle"), meta.cycle)

        cover = self._form(tabs, self.tr("Cover"))
        self.cover_image = meta.cover.image
        self.cover_label = QLabel(meta.cover.image or self.tr("(none)"))
        self.cover_label.setObjectName("coverImage")
        self.cover_button = QPushButton(self.tr("Choose…"))
        self.cover_button.setObjectName("chooseCover")
        self.cover_button.setEnabled(add_image is not None and not read_only)
        self.cover_button.clicked.connect(self.choose_cover)
        row = QHBoxLayout()
        row.addWidget(self.cover_label, 1)
        row.addWidget(self.cover_button)
        cover.addRow(self.tr("Cover photo"), row)
        self._line(cover, "cover.description", self.tr("Cover description"), meta.cover.description)
        self._line(cover, "cover.credit", self.tr("Photo credit"), meta.cover.credit)
        self._line(cover, "cover.slogan", self.tr("Slogan"), meta.cover.slogan)
        self.cover_lines = QPlainTextEdit("\n".join(meta.cover.lines))
        self.cover_lines.setObjectName("coverLines")
        cover.addRow(self.tr("Cover lines (one per line)"), self.cover_lines)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _form(self, tabs: QTabWidget, title: str) -> QFormLayout:
        page = QWidget()
        tabs.addTab(page, title)
        return QFormLayout(page)

    def _line(self, form: QFormLayout, key: str, label: str, value) -> None:
        edit = QLineEdit(value or "")
        edit.setObjectName("meta_" + key.replace(".", "_"))
        form.addRow(label, edit)
        self.edits[key] = edit

    @staticmethod
    def _spin(form: QFormLayout, label: str, value: int, lo: int, hi: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(lo, hi)
        spin.setValue(value)
        form.addRow(label, spin)
        return spin

    def ask_picture(self):
        """The file a person picks; tests replace this."""
        from pathlib import Path
        name = QFileDialog.getOpenFileName(self, self.tr("Cover photo"), "",
                                           self.tr("Pictures (*.jpg *.jpeg *.png *.tif *.tiff)"))[0]
        return Path(name) if name else None

    def choose_cover(self) -> None:
        path = self.ask_picture()
        if path is None or self.add_image is None:
            return
        from editor.errors import UserError
        from editor.importers.images import prepare_image_file
        try:
            prepared = prepare_image_file(path)
            self.cover_image = self.add_image(prepared.data, path.stem + prepared.ext)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cover photo"), exc.message)
            return
        self.cover_label.setText(self.cover_image)

    def result_meta(self) -> IssueMeta:
        """The metadata as edited: empty optional texts and zero numbers become None."""
        meta = copy.deepcopy(self.meta)
        for key, edit in self.edits.items():
            text = edit.text().strip()
            target, _, name = key.rpartition(".")
            obj = {"": meta, "contact": meta.contact, "cover": meta.cover}[target]
            setattr(obj, name, text if (text or name == "title") else None)
        meta.year, meta.number = self.year.value(), self.number.value()
        meta.cumulative = self.cumulative.value() or None
        meta.print_run = self.print_run.value() or None
        meta.publishers, meta.board = self.publishers.roles(), self.board.roles()
        meta.cover.image = self.cover_image
        meta.cover.lines = [ln.strip() for ln in self.cover_lines.toPlainText().splitlines() if ln.strip()]
        return meta

"""File ▸ New Issue from Previous…: next month's issue started from the open one (or another
chosen folder): number and cumulative number +1, the same sections, board and colophon, no
articles. The dialog shows what the new issue will be before it writes the folder; the caller
opens it when the dialog is accepted."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QDialog, QFileDialog, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout)

from editor.errors import UserError
from editor.model import Issue, next_issue
from editor.store import create_issue_folder, load_issue

from .dialog_parts import free_folder, ok_cancel, with_button
from .opening import show_error
from .qt_text import translate


def issue_label(issue: Issue) -> str:
    m = issue.meta
    total = (translate("new_issue_dialog", " (no. {n} overall)").format(n=m.cumulative)
             if m.cumulative is not None else "")
    return m.label + total


class NewIssueDialog(QDialog):
    def __init__(self, previous: Issue | None = None, previous_path: Path | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("newIssueDialog")
        self.setWindowTitle(self.tr("New issue from the previous one"))
        self.previous, self.previous_path = previous, previous_path
        self.created: Path | None = None

        self.previous_label = QLabel(self)
        self.previous_label.setObjectName("previousLabel")
        self.previous_label.setWordWrap(True)
        prev_row = with_button(self.previous_label, self.tr("Another issue…"), self.choose_previous)

        self.per_year = QSpinBox(self)
        self.per_year.setObjectName("perYearSpin")
        self.per_year.setRange(1, 52)
        self.per_year.setValue(12)
        self.per_year.valueChanged.connect(self._refresh)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextLabel")
        self.carried = QLabel(self)
        self.carried.setObjectName("carriedLabel")
        self.carried.setWordWrap(True)
        self.target = QLineEdit(self)
        self.target.setObjectName("targetEdit")
        self.target.textChanged.connect(self._update_ok)
        target_row = with_button(self.target, self.tr("Browse…"), self.choose_target)

        form = QFormLayout()
        form.addRow(self.tr("Previous issue:"), prev_row)
        form.addRow(self.tr("Issues a year:"), self.per_year)
        form.addRow(self.tr("New issue:"), self.next_label)
        form.addRow(self.tr("Carried over:"), self.carried)
        form.addRow(self.tr("New issue folder:"), target_row)

        self.buttons, self.ok_button = ok_cancel(self, self.tr("Create"), "createButton")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 300)
        self._refresh()

    def next(self) -> Issue | None:
        return next_issue(self.previous, self.per_year.value()) if self.previous is not None else None

    def choose_previous(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the previous issue's folder"))
        if folder:
            self.set_previous_folder(Path(folder))

    def set_previous_folder(self, folder: Path) -> bool:
        try:
            self.previous = load_issue(folder)
        except UserError as exc:
            show_error(self, exc, self.tr("Cannot read the previous issue"))
            return False
        self.previous_path = Path(folder)
        self.target.clear()
        self._refresh()
        return True

    def choose_target(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the new issue's folder (an empty one)"))
        if folder:
            self.target.setText(folder)

    def _refresh(self, *_ignored) -> None:
        new = self.next()
        if new is None:
            self.previous_label.setText(self.tr("(choose the previous issue)"))
            self.next_label.clear()
            self.carried.clear()
            self._update_ok()
            return
        where = f"\n{self.previous_path}" if self.previous_path else ""
        self.previous_label.setText(issue_label(self.previous) + where)
        self.next_label.setText(issue_label(new))
        meta = new.meta
        self.carried.setText(self.tr("{n} sections ({names}); {board} board roles; {pubs} publisher roles; "
                                     "printer, distribution and the rest of the colophon. No articles, "
                                     "contents, cover lines or pictures.").format(
            n=len(new.sections), names="、".join(s.name for s in new.sections),
            board=len(meta.board), pubs=len(meta.publishers)))
        if not self.target.text().strip() and self.previous_path is not None:
            parent = self.previous_path.parent if self.previous_path.name else self.previous_path
            self.target.setText(str(free_folder(parent, f"{meta.title}-{meta.year}-{meta.number:02d}")))
        self._update_ok()

    def _update_ok(self, *_ignored) -> None:
        self.ok_button.setEnabled(self.previous is not None and bool(self.target.text().strip()))

    def accept(self) -> None:
        new = self.next()
        if new is None:
            return
        target = Path(self.target.text().strip())
        try:
            create_issue_folder(new, target)
        except UserError as exc:
            show_error(self, exc, self.tr("Cannot create the issue"))
            return
        self.created = target
        super().accept()

"""File ▸ Import ▸ Issue from Markdown…: a whole issue in the markdown form of the sample (an OCR
of a printed issue) becomes a new issue folder, with the report of the lines the import could
not place. The caller opens the new issue when the dialog is accepted.

Reading and writing run off the GUI thread; the folder is written all or nothing by the store."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHeaderView, QLabel, QLineEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from editor.errors import UserError

from .dialog_parts import free_folder, with_button
from .import_worker import BackgroundCall
from .opening import show_error


def import_into_new_folder(source: Path, target: Path):
    """Read the markdown issue and write it as a new issue folder; the ImportResult."""
    from editor.importers.sample_text import import_markdown
    from editor.store import create_issue_folder
    result = import_markdown(source)
    create_issue_folder(result.issue, target)
    return result


class ImportTextDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("importTextDialog")
        self.setWindowTitle(self.tr("Import an issue from Markdown"))
        self.created: Path | None = None
        self.result = None
        self.worker = BackgroundCall(self)
        self.worker.finished.connect(self._done)
        self.worker.failed.connect(self._failed)

        self.source = QLineEdit(self)
        self.source.setObjectName("sourceEdit")
        self.source.setPlaceholderText(self.tr("a markdown file such as an OCR of a printed issue"))
        self.source.editingFinished.connect(self._suggest_target)
        self.source.textChanged.connect(self._update_buttons)
        self.target = QLineEdit(self)
        self.target.setObjectName("targetEdit")
        self.target.setPlaceholderText(self.tr("a folder that is absent or empty"))
        self.target.textChanged.connect(self._update_buttons)
        form, browse = QFormLayout(), self.tr("Browse…")
        form.addRow(self.tr("Markdown file:"), with_button(self.source, browse, self.choose_source))
        form.addRow(self.tr("New issue folder:"), with_button(self.target, browse, self.choose_target))

        self.summary = QLabel(self.tr("The import makes a new issue folder; the source file is not changed."), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.unplaced = QTableWidget(0, 3, self)
        self.unplaced.setObjectName("unplacedTable")
        self.unplaced.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Text"), self.tr("Reason")])
        self.unplaced.verticalHeader().setVisible(False)
        self.unplaced.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.unplaced.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.unplaced.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.start_import)
        self.open_button = self.buttons.addButton(self.tr("Open the new issue"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openButton")
        self.open_button.hide()
        self.close_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("closeButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.unplaced, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 520)
        self._update_buttons()

    # -- choosing ---------------------------------------------------------------------------------
    def choose_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a markdown file"), "",
                                              self.tr("Markdown text (*.md *.markdown *.txt);;All files (*)"))
        if path:
            self.set_source(Path(path))

    def set_source(self, path: Path) -> None:
        self.source.setText(str(path))
        self._suggest_target()

    def choose_target(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the new issue's folder (an empty one)"))
        if path:
            self.target.setText(path)

    def _suggest_target(self) -> None:
        text = self.source.text().strip()
        if text and not self.target.text().strip():
            self.target.setText(str(free_folder(Path(text).parent, Path(text).stem)))

    def reject(self) -> None:
        if not self.worker.busy:   # a folder half way to disk is not abandoned unseen
            super().reject()

    def _update_buttons(self, *_ignored) -> None:
        self.close_button.setEnabled(not self.worker.busy)
        self.import_button.setEnabled(not self.worker.busy and self.created is None
                                      and bool(self.source.text().strip()) and bool(self.target.text().strip()))

    # -- importing --------------------------------------------------------------------------------
    def start_import(self) -> None:
        source, target = Path(self.source.text().strip()), Path(self.target.text().strip())
        self.summary.setText(self.tr("Importing {name}…").format(name=source.name))
        self.worker.start(lambda _job: import_into_new_folder(source, target))
        self._update_buttons()

    def _failed(self, exc: UserError) -> None:
        self.summary.setText(exc.message)
        self._update_buttons()
        show_error(self, exc, self.tr("Cannot import"))

    def _done(self, result) -> None:
        self.result, self.created = result, Path(self.target.text().strip())
        issue = result.issue
        lines = [self.tr("Imported {label}: {sections} sections, {articles} articles, {entries} contents "
                         "entries, {figures} figure captions (image files to be supplied). Written to {folder}.").format(
            label=issue.meta.label, sections=len(issue.sections), articles=sum(1 for _ in issue.articles()),
            entries=len(issue.contents), figures=sum(1 for _ in issue.figures()), folder=str(self.created))]
        lines += result.notes
        lines.append(self.tr("{n} lines found no place; see below.").format(n=len(result.unplaced))
                     if result.unplaced else self.tr("Every line found its place."))
        self.summary.setText("\n".join(lines))
        self.unplaced.setRowCount(len(result.unplaced))
        for row, item in enumerate(result.unplaced):
            for col, value in enumerate((str(item.line), item.text, item.reason)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.unplaced.setItem(row, col, cell)
        self.unplaced.setVisible(bool(result.unplaced))
        self.source.setReadOnly(True)   # the report belongs to these two paths
        self.target.setReadOnly(True)
        self.import_button.hide()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.close_button.setText(self.tr("Close"))
        self._update_buttons()

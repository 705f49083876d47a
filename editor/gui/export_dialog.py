"""File ▸ Export: print PDF, proof PDF or the printer package, made in a background thread with a
progress bar and a Cancel button. While the checks report errors, print export and the package
are refused unless the editor ticks the override, and the errors are listed so they know what
they override. A cancelled or failed export leaves no file behind (the exporter's promise)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QFileDialog, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QProgressBar, QPushButton, QRadioButton,
                               QVBoxLayout)

from editor.errors import UserError

from .qt_text import translate
from .workers import ExportJob

KINDS = ("print", "proof", "package")


def kind_name(kind: str) -> str:
    return {"print": translate("export_dialog", "Print PDF (PDF/X, bleed and crop marks)"),
            "proof": translate("export_dialog", "Proof PDF (watermarked)"),
            "package": translate("export_dialog", "Printer package (zip: print PDF, preflight, "
                                                  "contents check, issue files)")}[kind]


def stage_name(stage: str) -> str:
    return {"load": translate("export_dialog", "Reading"), "layout": translate("export_dialog", "Layout"),
            "check": translate("export_dialog", "Checks"), "images": translate("export_dialog", "Images"),
            "render": translate("export_dialog", "Pages"), "done": translate("export_dialog", "Done")}.get(stage, stage)


def default_target(doc, kind: str) -> Path:
    meta = doc.issue.meta
    stem = "".join(ch for ch in meta.label if ch not in '\\/:*?"<>|').strip() or "issue"
    suffix = {"print": "-付印.pdf", "proof": "-校样.pdf", "package": "-交付包.zip"}[kind]
    return Path(doc.path).parent / f"{stem}{suffix}"


class ExportDialog(QDialog):
    def __init__(self, doc, errors: list, parent=None):
        """errors: the error findings of the latest checks (listed, and blocking print export)."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.doc, self.errors = doc, list(errors)
        self.job: ExportJob | None = None
        self.result = None
        self.kind_buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for kind in KINDS:
            button = QRadioButton(kind_name(kind), self)
            button.setObjectName(f"export_{kind}")
            group.addButton(button)
            button.toggled.connect(lambda on, k=kind: on and self._kind_chosen(k))
            self.kind_buttons[kind] = button
            layout.addWidget(button)
        row = QHBoxLayout()
        self.target = QLineEdit(self)
        self.target.setObjectName("exportTarget")
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.clicked.connect(self._browse)
        row.addWidget(QLabel(self.tr("Save to:"), self))
        row.addWidget(self.target, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("exportErrorsLabel")
        self.error_list = QListWidget(self)
        self.error_list.setObjectName("exportErrors")
        self.override = QCheckBox(self.tr("Export anyway (the editor takes responsibility)"), self)
        self.override.setObjectName("exportOverride")
        self.override.toggled.connect(lambda _on: self._update())
        layout.addWidget(self.error_label)
        layout.addWidget(self.error_list)
        layout.addWidget(self.override)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("exportNote")
        layout.addWidget(self.note)
        self.stage = QLabel(" ", self)
        self.stage.setObjectName("exportStage")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("exportProgress")
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("exportStart")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("exportCancel")
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.show_errors(self.errors)
        self.resize(620, 460)
        self.kind_buttons["print"].setChecked(True)

    # -- choices ---------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def _kind_chosen(self, kind: str) -> None:
        self.target.setText(str(default_target(self.doc, kind)))
        self._update()

    def _browse(self) -> None:
        pattern = "ZIP (*.zip)" if self.kind == "package" else "PDF (*.pdf)"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.target.text(), pattern)
        if path:
            self.target.setText(path)

    def show_errors(self, errors: list) -> None:
        self.errors = list(errors)
        self.error_list.clear()
        for f in self.errors:
            self.error_list.addItem(f"[{f.rule}] {f.message}")
        self.error_label.setText(
            self.tr("{n} errors stand, so the print PDF and the package are refused:").format(n=len(self.errors))
            if self.errors else self.tr("The checks found no errors."))
        self.error_list.setVisible(bool(self.errors))
        self.override.setVisible(bool(self.errors))
        self._update()

    def blocked_reason(self) -> str | None:
        if self.job is not None:
            return self.tr("Exporting…")
        kind = self.kind
        if kind != "proof" and self.errors and not self.override.isChecked():
            return self.tr("Errors stand: fix them, or tick “Export anyway”.")
        if kind == "package" and self.doc.is_modified:
            return self.tr("The package is made from the issue as saved: save first.")
        if not self.target.text().strip():
            return self.tr("Choose where to save.")
        return None

    def _update(self) -> None:
        if not self.kind_buttons or not any(b.isChecked() for b in self.kind_buttons.values()):
            return
        reason = self.blocked_reason()
        self.export_button.setEnabled(reason is None)
        if self.job is None:
            self.note.setText(reason or "")

    # -- running ---------------------------------------------------------------------------------
    def start(self) -> ExportJob | None:
        if self.blocked_reason() is not None:
            return None
        out = Path(self.target.text().strip())
        force = self.override.isChecked()
        self.result = None
        self.job = ExportJob(self.kind, self.doc.path, out, issue=self.doc.issue, force=force, parent=self)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.finished.connect(self._job_over)
        for w in (*self.kind_buttons.values(), self.target, self.browse, self.override):
            w.setEnabled(False)
        self.bar.setValue(0)
        self.stage.setText(self.tr("Starting…"))
        self.cancel_button.setText(self.tr("Cancel export"))
        self.note.setText("")
        self.job.start()
        self._update()
        return self.job

    def cancel_or_close(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _progress(self, p) -> None:
        from editor.export.exporter import STAGES
        if p.stage not in STAGES:
            return
        # Each stage gets an equal share of the bar; within a stage, its own done/total.
        share = 100 / (len(STAGES) - 1)
        within = (p.done / p.total) if p.total else 0
        self.bar.setValue(min(100, int(STAGES.index(p.stage) * share + within * share)))
        message = f" {p.message}" if p.message and p.stage in ("images",) else ""
        self.stage.setText(f"{stage_name(p.stage)} {p.done}/{p.total}{message}" if p.total else stage_name(p.stage))

    def _succeeded(self, result) -> None:
        self.result = result
        self.bar.setValue(100)
        export = getattr(result, "export", result)
        self.stage.setText(self.tr("Exported: {path} ({n} pages, {s:.1f} s)").format(
            path=str(result.path), n=export.pages, s=export.seconds))

    def _failed(self, exc) -> None:
        from editor.export.exporter import ExportRefused
        if isinstance(exc, ExportRefused):
            self.show_errors(exc.findings)
            self.stage.setText(self.tr("Export refused: errors stand."))
        elif isinstance(exc, UserError):
            self.stage.setText(exc.message)
        else:
            self.stage.setText(self.tr("Export failed: {err}").format(err=f"{type(exc).__name__}: {exc}"))
        self.bar.setValue(0)

    def _cancelled(self) -> None:
        self.bar.setValue(0)
        self.stage.setText(self.tr("Cancelled; no file was written."))

    def _job_over(self) -> None:
        self.job = None
        for w in (*self.kind_buttons.values(), self.target, self.browse, self.override):
            w.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self._update()

    def wait(self, msecs: int = 60000) -> bool:
        return self.job is None or self.job.wait(msecs)

    def done(self, code: int) -> None:  # noqa: D401 - Qt API: also reached by Esc and the close box
        if self.job is not None:
            self.job.cancel()
            self.job.wait(10000)
        super().done(code)


"""File ▸ Import ▸ Word Documents…: choose .docx files, see what each will become (title block,
paragraphs, figures with captions, sidebars, notes, tables, and what needs a person's eye),
choose the section, and add them as one undoable step.

The files are read off the GUI thread; a file that cannot be read (not a Word file, hostile,
encrypted, a legacy .doc) is named with the reason and left out, the others are unaffected."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QMessageBox, QProgressBar, QPushButton, QStyle,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from editor.errors import UserError
from editor.importers.docx import DocxArticle, read_docx
from editor.importers.docx.attach import DEFAULT_SECTION
from editor.model import Figure, Paragraph, Subhead, Table

from .dialog_parts import ok_cancel
from .import_worker import BackgroundCall
from .opening import show_error
from .qt_text import translate
from .undo_import import ImportArticles, copy_images_with, prepare_import

PATH_ROLE = Qt.ItemDataRole.UserRole
THUMB_PX = 72
SEVERITY_ICONS = {"warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                  "info": QStyle.StandardPixmap.SP_MessageBoxInformation}


@dataclass
class ReadOutcome:
    path: Path
    doc: DocxArticle | None = None
    error: str | None = None
    thumbnails: list[Thumb | None] = field(default_factory=list)   # one per picture of doc


@dataclass
class Thumb:
    """A preview picture as plain RGB bytes: made with Pillow on the reading thread, turned into
    a QImage on the GUI thread, so the reading thread needs nothing of Qt."""
    width: int
    height: int
    rgb: bytes

    def image(self) -> QImage:
        return QImage(self.rgb, self.width, self.height, 3 * self.width, QImage.Format.Format_RGB888).copy()


def thumbnail(data: bytes, side: int = THUMB_PX) -> Thumb | None:
    """A small picture for the preview; a JPEG is decoded at a fraction of its size."""
    from PIL import Image
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.draft("RGB", (side * 2, side * 2))
            small = im.convert("RGB")
            small.thumbnail((side, side))
            return Thumb(small.width, small.height, small.tobytes())
    except Exception:   # the picture was checked on the way in; a preview can do without it
        return None


def read_all(paths: list[Path], job=None) -> list[ReadOutcome]:
    """Each file on its own: one refusal does not stop the others. `job` (import_worker.Job)
    hears how far the reading is and may stop it between two files."""
    outcomes = []
    for n, path in enumerate(paths):
        if job is not None:
            if job.cancelled:
                break
            job.report(n, len(paths), path.name)
        try:
            doc = read_docx(path)
            thumbs = [thumbnail(p.image.data) if p.image else None for p in doc.images]
            outcomes.append(ReadOutcome(path, doc=doc, thumbnails=thumbs))
        except UserError as exc:
            outcomes.append(ReadOutcome(path, error=exc.message))
        except Exception as exc:   # an importer bug must reach the user as a refusal, not a crash
            error = translate("import_docx_dialog", "Reading failed: {err}").format(err=f"{type(exc).__name__}: {exc}")
            outcomes.append(ReadOutcome(path, error=error))
    return outcomes


class ImportDocxDialog(QDialog):
    read_finished = Signal()

    def __init__(self, doc, section_name: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("importDocxDialog")
        self.setWindowTitle(self.tr("Import Word documents"))
        self.doc = doc
        self.outcomes: list[ReadOutcome] = []
        self.command: ImportArticles | None = None
        self.reader = BackgroundCall(self)
        self.reader.finished.connect(self._read_done)
        self.reader.progress.connect(self._read_progress)
        self.reader.failed.connect(self._read_failed)

        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.add_button.setObjectName("addFilesButton")
        self.add_button.clicked.connect(self.choose_files)
        self.status = QLabel(self.tr("Choose the .docx files to import."), self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("readProgress")
        self.progress.hide()
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)

        self.preview = QTreeWidget(self)
        self.preview.setObjectName("importPreview")
        self.preview.setColumnCount(2)
        self.preview.setHeaderLabels([self.tr("Will create"), self.tr("Content")])
        self.preview.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.preview.itemChanged.connect(lambda *_: self._update_ok())

        self.section = QComboBox(self)
        self.section.setObjectName("sectionCombo")
        self.section.setEditable(True)
        names = [s.name for s in doc.issue.sections]
        self.section.addItems(names + ([DEFAULT_SECTION] if DEFAULT_SECTION not in names else []))
        self.section.setCurrentText(section_name or DEFAULT_SECTION)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Into section:"), self))
        row.addWidget(self.section, 1)

        self.buttons, self.ok_button = ok_cancel(self, self.tr("Import"), "importButton")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(820, 600)
        self._update_ok()

    # -- choosing and reading ------------------------------------------------------------------
    @property
    def reading(self) -> bool:
        return self.reader.busy

    def paths(self) -> list[Path]:
        return [o.path for o in self.outcomes]

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose Word documents"), "",
            self.tr("Word documents (*.docx *.doc);;All files (*)"))
        if files:
            known = self.paths()
            self.set_files(known + [Path(f) for f in files if Path(f) not in known])

    def set_files(self, paths) -> None:
        """Read these files (off the GUI thread) and show what they will become."""
        paths = [Path(p) for p in paths]
        self.outcomes = [ReadOutcome(p) for p in paths]
        self.preview.clear()
        self.status.setText(self.tr("Reading {n} files…").format(n=len(paths)))
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self.reader.start(lambda job: read_all(paths, job))
        self._update_ok()

    def _read_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(done)
        self.status.setText(self.tr("Reading {n}/{total}: {name}").format(n=done + 1, total=total, name=name))

    def _read_done(self, outcomes: list[ReadOutcome]) -> None:
        self.progress.hide()
        self.outcomes = outcomes
        self._fill_preview()
        refused = [o for o in outcomes if o.error]
        good = len(outcomes) - len(refused)
        self.status.setText(self.tr("{good} files can be imported, {bad} cannot be read.").format(
            good=good, bad=len(refused)))
        self._update_ok()
        if refused:
            self._show_refused(refused)
        self.read_finished.emit()

    def _read_failed(self, exc: UserError) -> None:
        self.progress.hide()
        self.outcomes = []
        self.preview.clear()
        self.status.setText(exc.message)
        self._update_ok()
        show_error(self, exc, self.tr("Cannot import"))
        self.read_finished.emit()

    def _show_refused(self, refused: list[ReadOutcome]) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot import"),
                          self.tr("These files cannot be imported; the issue is unchanged:"), parent=self)
        box.setObjectName("importRefusedDialog")
        box.setInformativeText("\n\n".join(
            o.error if o.path.name in o.error else self.tr("{name}: {error}").format(name=o.path.name, error=o.error)
            for o in refused))
        box.exec()

    # -- the preview -----------------------------------------------------------------------------
    def _fill_preview(self) -> None:
        self.preview.blockSignals(True)
        self.preview.clear()
        existing = {one_line(a.title): a.id for a in self.doc.issue.articles()}
        for outcome in self.outcomes:
            item = QTreeWidgetItem(self.preview)
            item.setData(0, PATH_ROLE, str(outcome.path))
            if outcome.error:
                item.setText(0, outcome.path.name)
                item.setText(1, outcome.error)
                item.setToolTip(1, outcome.error)
                item.setForeground(1, QBrush(QColor("#b00020")))
                item.setIcon(0, self._small_icon(QStyle.StandardPixmap.SP_MessageBoxCritical))
                continue
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setText(0, outcome.path.name)
            item.setText(1, one_line(outcome.doc.article.title))
            twin = existing.get(one_line(outcome.doc.article.title))
            if twin is not None:   # the same manuscript sent twice is a common slip
                warn = QTreeWidgetItem(item, [self.tr("Note"), self.tr(
                    "The issue already has an article with this title ({id}): imported twice?").format(id=twin)])
                warn.setForeground(1, QBrush(QColor("#b00020")))
                warn.setIcon(0, self._small_icon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            for key, label, value, children in describe(outcome.doc):
                child = QTreeWidgetItem(item, [label, value])
                child.setToolTip(1, value)
                for n, (sub_label, sub_value) in enumerate(children):
                    sub = QTreeWidgetItem(child, [sub_label, sub_value])
                    sub.setToolTip(1, sub_value)
                    if key == "figures" and outcome.thumbnails[n] is not None:
                        sub.setIcon(1, QIcon(QPixmap.fromImage(outcome.thumbnails[n].image())))
                    elif key == "findings":
                        sub.setIcon(0, self._small_icon(SEVERITY_ICONS.get(
                            outcome.doc.findings[n].severity, QStyle.StandardPixmap.SP_MessageBoxWarning)))
                child.setExpanded(bool(children))   # captions and findings are what the editor checks
            item.setExpanded(True)
        self.preview.blockSignals(False)

    def _small_icon(self, which: QStyle.StandardPixmap) -> QIcon:
        """A message icon at text size: the preview's icon size is made for the thumbnails, and
        an icon built from one small pixmap is never scaled up to it."""
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        return QIcon(self.style().standardIcon(which).pixmap(side, side))

    def chosen(self) -> list[DocxArticle]:
        """The readable files whose box is ticked, in the order shown."""
        docs = []
        for i, outcome in enumerate(self.outcomes):
            item = self.preview.topLevelItem(i)
            if outcome.doc is not None and item is not None and item.checkState(0) == Qt.CheckState.Checked:
                docs.append(outcome.doc)
        return docs

    def section_name(self) -> str:
        return self.section.currentText().strip() or DEFAULT_SECTION

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(not self.reading and bool(self.chosen()) and not self.doc.read_only)

    def reject(self) -> None:
        self.reader.cancel()   # the files still unread are left alone
        super().reject()

    # -- applying --------------------------------------------------------------------------------
    def accept(self) -> None:
        docs = self.chosen()
        if not docs or self.doc.read_only:
            return
        try:
            prepared = copy_images_with(self.doc.folder, lambda add_image: prepare_import(
                self.doc.issue, docs, self.section_name(), add_image))
        except UserError as exc:
            show_error(self, exc, self.tr("Cannot import"))
            return
        self.command = ImportArticles(self.doc, prepared)
        self.doc.push(self.command)
        super().accept()


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def describe(doc: DocxArticle) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """What one file will create, as (key, label, value, [(label, value)…]) rows of the preview."""
    art = doc.article
    rows: list[tuple[str, str, str, list]] = []
    for key, label, value in (("kicker", translate("import_docx_dialog", "Kicker"), art.kicker),
                              ("title", translate("import_docx_dialog", "Title"), art.title),
                              ("subtitle", translate("import_docx_dialog", "Subtitle"), art.subtitle),
                              ("source", translate("import_docx_dialog", "Source"), art.source)):
        if value:
            rows.append((key, label, one_line(value), []))
    count = lambda kind: sum(1 for b in art.blocks if isinstance(b, kind))  # noqa: E731
    rows.append(("body", translate("import_docx_dialog", "Body"),
                 translate("import_docx_dialog", "{p} paragraphs, {h} sub-heads").format(
                     p=count(Paragraph), h=count(Subhead)), []))
    figures = [_figure_row(n, p.figure, p.image is not None) for n, p in enumerate(doc.images, 1)]
    if figures:
        rows.append(("figures", translate("import_docx_dialog", "Figures"), str(len(figures)), figures))
    sidebars = [(s.label, one_line(s.title) or translate("import_docx_dialog", "(untitled)")) for s in art.sidebars()]
    if sidebars:
        rows.append(("sidebars", translate("import_docx_dialog", "Sidebars"), str(len(sidebars)), sidebars))
    notes = [(n.label, one_line(" ".join(b.text for b in n.blocks))) for n in art.notes()]
    if notes:
        rows.append(("notes", translate("import_docx_dialog", "Notes"), str(len(notes)), notes))
    tables = [(one_line(b.title) or translate("import_docx_dialog", "(untitled)"),
               translate("import_docx_dialog", "{r} rows × {c} columns").format(
                   r=len(b.rows), c=max((len(r) for r in b.rows), default=0)))
              for b in art.blocks if isinstance(b, Table)]
    if tables:
        rows.append(("tables", translate("import_docx_dialog", "Tables"), str(len(tables)), tables))
    findings = [(f.code, f.message) for f in doc.findings]
    if findings:
        rows.append(("findings", translate("import_docx_dialog", "To deal with"), str(len(findings)), findings))
    return rows


def _figure_row(n: int, fig: Figure, embedded: bool) -> tuple[str, str]:
    caption = one_line(fig.full_caption) or translate("import_docx_dialog", "(no caption)")
    if not embedded:
        return (translate("import_docx_dialog", "Figure {n}").format(n=n),
                translate("import_docx_dialog", "{caption} — picture not embedded, supply it").format(caption=caption))
    info = fig.info
    size = (translate("import_docx_dialog", "{w}×{h} px, {mode}").format(w=info.width_px, h=info.height_px,
                                                                          mode=info.mode) if info else "")
    return (translate("import_docx_dialog", "Figure {n}").format(n=n),
            translate("import_docx_dialog", "{caption} ({size})").format(caption=caption, size=size) if size else caption)


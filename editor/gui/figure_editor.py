"""The figure editor: the picture, its caption, credit and placed size."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from editor.errors import UserError

from .field_form import FieldForm
from .opening import show_error
from .undo import SetField


class FigureEditor(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("figureEditor")
        layout = QVBoxLayout(self)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(200)
        layout.addWidget(self.picture, 1)
        self.fields = FieldForm("figure", [
            ("caption", self.tr("Caption"), False),
            ("credit", self.tr("Credit"), True),
        ], self)
        self.fields.add_number("width_mm", self.tr("Placed width"), " mm")
        self.fields.add_number("height_mm", self.tr("Placed height"), " mm")
        layout.addWidget(self.fields)
        self.info = QLabel(self)
        self.info.setObjectName("figureInfo")
        layout.addWidget(self.info)
        self.replace_button = QPushButton(self.tr("Replace Picture…"), self)
        self.replace_button.setObjectName("replacePicture")
        self.replace_button.clicked.connect(self.replace_picture)
        layout.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.doc, self.figure_id = None, None

    def load(self, doc, figure_id: str) -> None:
        self.doc, self.figure_id = doc, figure_id
        self.replace_button.setEnabled(not doc.read_only)
        self.fields.load(doc, figure_id)
        fig = doc.find("figure", figure_id)
        path = doc.image_path(fig)
        pixmap = QPixmap(str(path)) if path and path.is_file() else QPixmap()
        if pixmap.isNull():
            self.picture.setText(self.tr("Picture missing: %1").replace("%1", fig.image or "—"))
        else:
            self.picture.setPixmap(pixmap.scaled(420, 280, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        self.info.setText(self._describe(pixmap, fig))

    def _describe(self, pixmap: QPixmap, fig) -> str:
        if pixmap.isNull():
            return ""
        text = self.tr("%1 × %2 px").replace("%1", str(pixmap.width())).replace("%2", str(pixmap.height()))
        if fig.width_mm:
            ppi = pixmap.width() / (fig.width_mm / 25.4)
            text += self.tr(", %1 ppi at the placed width").replace("%1", f"{ppi:.0f}")
        return text

    def ask_picture(self) -> Path | None:
        """The file a person picks; tests replace this."""
        name = QFileDialog.getOpenFileName(self, self.tr("Picture for this figure"), "",
                                           self.tr("Pictures (*.jpg *.jpeg *.png *.tif *.tiff)"))[0]
        return Path(name) if name else None

    def replace_picture(self) -> None:
        if self.doc is None or self.doc.read_only:
            return
        path = self.ask_picture()
        if path is None:
            return
        from editor.importers.images import prepare_image_file
        try:
            prepared = prepare_image_file(path)   # refuses broken or hostile files before anything changes
            rel = self.doc.folder.add_image(prepared.data, path.stem + prepared.ext)
        except UserError as exc:
            show_error(self, exc, self.tr("Cannot use this picture"))
            return
        stack = self.doc.stack
        stack.beginMacro(self.tr("Replace picture"))   # one undo step for the file and what was measured of it
        self.doc.push(SetField(self.doc, "figure", self.figure_id, "info", prepared.info))
        self.doc.push(SetField(self.doc, "figure", self.figure_id, "image", rel))
        stack.endMacro()

"""The figure editor: the picture, its caption, credit and placed size."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .field_form import FieldForm


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

    def load(self, doc, figure_id: str) -> None:
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

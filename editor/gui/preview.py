"""Page preview: the proof PDF of the current layout (rendered by the layout worker) in QtPdf's
viewer. The PDF is the one export would write in proof mode, so what is previewed is what prints
(less the crop marks)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget



class PreviewPanel(QWidget):

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.pdf = QPdfDocument(self)
        self.path: Path | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page = QSpinBox(self)
        self.page.setObjectName("previewPage")
        self.page.setRange(1, 1)
        # One pattern, not a prefix and a suffix: Chinese wraps the number (第 3 张), English leads with a word.
        prefix, _n, suffix = self.tr("page {n}").partition("{n}")
        self.page.setPrefix(prefix)
        self.page.setSuffix(suffix)
        self.page.valueChanged.connect(lambda n: self.go_to(n))
        self.zoom = QComboBox(self)
        self.zoom.setObjectName("previewZoom")
        self.zoom.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.currentIndexChanged.connect(lambda _i: self.view.setZoomMode(self.zoom.currentData()))
        self.state = QLabel(self.tr("Waiting for the layout…"), self)
        self.state.setObjectName("previewState")
        bar = QHBoxLayout()
        bar.addWidget(self.page)
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def layout_finished(self, outcome) -> None:
        if outcome.error is not None:
            self.state.setText(outcome.error)
            return
        if outcome.proof_pdf is None:
            return
        keep = self.page.value()
        self.pdf.close()
        self.pdf.load(str(outcome.proof_pdf))
        self.path = Path(outcome.proof_pdf)
        count = self.pdf.pageCount()
        self.page.blockSignals(True)
        self.page.setRange(1, max(1, count))
        self.page.setValue(min(keep, max(1, count)))
        self.page.blockSignals(False)
        self.state.setText(self.tr("{n} pages (proof)").format(n=count))
        self.go_to(self.page.value())

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.state.setText(self.tr("Laying out…"))

    def go_to(self, index: int) -> None:
        """Show physical page `index` (1-based)."""
        if self.pdf.pageCount() == 0:
            return
        index = max(1, min(index, self.pdf.pageCount()))
        if self.page.value() != index:
            self.page.blockSignals(True)
            self.page.setValue(index)
            self.page.blockSignals(False)
        self.view.pageNavigator().jump(index - 1, QPointF(), 0)

    def page_image(self, index: int, width: int = 300) -> QImage:
        """Physical page `index` rendered `width` pixels wide (thumbnails, tests, screenshots)."""
        size = self.pdf.pagePointSize(index - 1)
        height = round(width * size.height() / size.width()) if size.width() else width
        return self.pdf.render(index - 1, QSize(width, height))


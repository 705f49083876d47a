"""The flatplan (拼版图): the laid-out issue as small pages in spreads, each with its section's
colour and the titles of the articles on it. A click on an article's band opens the article; an
article dragged onto another page asks to start it there (the main window pins it through the
undo stack, and the next layout redraws the plan)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea, QSizePolicy, QWidget

from .qt_text import translate


ARTICLE_MIME = "application/x-issuedesk-article"
PAGE_W, PAGE_H = 104, 146          # a 16K page (185 × 260 mm) at screen thumbnail size
BAND_H, LABEL_H, GAP, SPREAD_GAP = 18, 18, 2, 22


def cmyk_to_qcolor(cmyk) -> QColor:
    """A screen approximation of a process colour (0–100 per ink); enough to tell sections apart."""
    c, m, y, k = (max(0.0, min(100.0, float(v))) / 100 for v in cmyk)
    return QColor.fromRgbF((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))


def page_label(page) -> str:
    if page.folio is not None:
        return translate("flatplan", "p. {n}").format(n=page.folio)
    return {"cover": translate("flatplan", "Cover"), "contents": translate("flatplan", "Contents"),
            "photos": translate("flatplan", "Photos"), "back-cover": translate("flatplan", "Back cover"),
            "blank": translate("flatplan", "Blank")}.get(page.kind, page.kind)


@dataclass
class PageSlot:
    page: object                  # PageInfo
    rect: QRect


def spreads(page_count: int) -> list[tuple[int | None, int | None]]:
    """Physical pages (1-based) as they face each other: the cover alone on the right, then
    pairs (2, 3), (4, 5)…, a last even page alone on the left."""
    out: list[tuple[int | None, int | None]] = [(None, 1)] if page_count else []
    for left in range(2, page_count + 1, 2):
        out.append((left, left + 1 if left + 1 <= page_count else None))
    return out


class FlatplanView(QWidget):
    article_clicked = Signal(str)            # article id
    page_clicked = Signal(int)               # physical page index
    pin_requested = Signal(str, int)         # article id, printed page (folio)
    unpin_requested = Signal(str)            # article id: let it flow again

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("flatplanView")
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.pagemap = None
        self.titles: dict[str, str] = {}     # article id -> title
        self.pinned: set[str] = set()        # articles with a start page of their own
        self.colours: dict[str, QColor] = {}  # section name -> colour
        self.article_sections: dict[str, str] = {}   # article id -> section name
        self.thumbnails: dict[int, QImage] = {}     # physical page -> rendered proof page
        self.selected_page: int | None = None
        self.stale = False
        self.slots: list[PageSlot] = []
        self._press: tuple[QPoint, str | None] | None = None
        self._drop_page: int | None = None

    # -- content ---------------------------------------------------------------------------------
    def set_plan(self, pagemap, issue, layout) -> None:
        self.pagemap = pagemap
        self.titles = {a.id: a.title for a in issue.articles()} if issue is not None else {}
        self.pinned = {a.id for a in issue.articles() if a.placement.start_page} if issue is not None else set()
        self.article_sections = ({a.id: s.name for s in issue.sections for a in s.articles}
                                 if issue is not None else {})
        self.colours = {}
        self.thumbnails = {}
        if issue is not None and layout is not None:
            for i, section in enumerate(issue.sections):
                self.colours[section.name] = cmyk_to_qcolor(layout.section_colour(i))
        self.stale = False
        self._place_slots()
        self.update()

    def set_thumbnails(self, images: dict) -> None:
        """Rendered pages of the same layout (from the preview's proof PDF), drawn under the plan."""
        self.thumbnails = dict(images)
        self.update()

    def set_stale(self, stale: bool) -> None:
        """The issue changed since this plan was laid out (a newer one is on its way)."""
        if stale != self.stale:
            self.stale = stale
            self.update()

    def pages(self) -> list:
        return list(self.pagemap.pages) if self.pagemap is not None else []

    def _place_slots(self) -> None:
        self.slots = []
        width = max(self.width(), 2 * PAGE_W + 2 * SPREAD_GAP)
        spread_w = 2 * PAGE_W + GAP
        per_row = max(1, (width - SPREAD_GAP) // (spread_w + SPREAD_GAP))
        pages = self.pages()
        for n, (left, right) in enumerate(spreads(len(pages))):
            row, col = divmod(n, per_row)
            x = SPREAD_GAP + col * (spread_w + SPREAD_GAP)
            y = SPREAD_GAP + row * (PAGE_H + LABEL_H + SPREAD_GAP)
            for index, dx in ((left, 0), (right, PAGE_W + GAP)):
                if index is not None:
                    self.slots.append(PageSlot(pages[index - 1], QRect(x + dx, y, PAGE_W, PAGE_H)))
        rows = (len(spreads(len(pages))) + per_row - 1) // per_row
        self.setMinimumHeight(SPREAD_GAP + rows * (PAGE_H + LABEL_H + SPREAD_GAP))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._place_slots()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(4 * (2 * PAGE_W + GAP + SPREAD_GAP), 2 * (PAGE_H + LABEL_H + SPREAD_GAP))

    # -- geometry used by clicks, drops and tests ------------------------------------------------
    def slot_at(self, pos: QPoint) -> PageSlot | None:
        return next((s for s in self.slots if s.rect.contains(pos)), None)

    def slot_of(self, index: int) -> PageSlot | None:
        return next((s for s in self.slots if s.page.index == index), None)

    def article_bands(self, slot: PageSlot) -> list[tuple[str, QRect]]:
        """The part of a page given to each article on it, top to bottom."""
        ids = list(slot.page.articles)
        if not ids:
            return []
        body = slot.rect.adjusted(0, BAND_H, 0, 0)
        h = body.height() // len(ids)
        return [(a, QRect(body.left(), body.top() + i * h, body.width(), h)) for i, a in enumerate(ids)]

    def article_at(self, pos: QPoint) -> str | None:
        slot = self.slot_at(pos)
        if slot is None:
            return None
        for article, rect in self.article_bands(slot):
            if rect.contains(pos):
                return article
        return slot.page.articles[0] if slot.page.articles else None

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().window())
        if not self.slots:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("Laying out…") if self.pagemap is None else self.tr("No pages"))
            return
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.75))
        for slot in self.slots:
            self._paint_page(p, slot, small)
        if self.stale:
            p.setPen(QColor(120, 120, 120))
            p.drawText(self.rect().adjusted(0, 2, -8, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                       self.tr("Updating…"))

    def _paint_page(self, p: QPainter, slot: PageSlot, small: QFont) -> None:
        page, r = slot.page, slot.rect
        p.fillRect(r, QColor(255, 255, 255) if page.kind != "blank" else QColor(235, 235, 235))
        thumb = self.thumbnails.get(page.index)
        if thumb is not None and not thumb.isNull():
            # Article pages show their titles over a faded picture of the page; the others
            # (cover, photos, contents) are best told apart by the picture itself.
            p.setOpacity(0.35 if page.articles else 1.0)
            p.drawImage(QRectF(r), thumb)
            p.setOpacity(1.0)
        colour = self.colours.get(page.section or "", QColor(150, 150, 150))
        band = QRect(r.left(), r.top(), r.width(), BAND_H)
        p.fillRect(band, colour)
        p.setFont(small)
        p.setPen(QColor(255, 255, 255) if colour.lightnessF() < 0.6 else QColor(0, 0, 0))
        head = page.section or page_label(page)
        p.drawText(band.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   p.fontMetrics().elidedText(head, Qt.TextElideMode.ElideRight, band.width() - 8))
        p.setPen(QColor(40, 40, 40))
        bands = self.article_bands(slot)
        for article, rect in bands:
            if article in self.pinned:   # a pin marks an article placed by hand
                p.drawText(rect.adjusted(0, 2, -4, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "◆")
            tint = QColor(self.colours.get(self.article_sections.get(article, ""), colour))
            tint.setAlphaF(0.16)
            p.fillRect(rect.adjusted(2, 2, -2, -2), tint)
            self._paint_title(p, rect.adjusted(5, 3, -5, -3), self.titles.get(article, article))
        if page.figures and page.kind == "article":
            p.setPen(QColor(110, 110, 110))
            p.drawText(r.adjusted(0, 0, -4, -2), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                       "▨" * min(3, len(page.figures)))
        selected = page.index == self.selected_page
        dropping = page.index == self._drop_page
        pen = QPen(QColor(20, 90, 200) if (selected or dropping) else QColor(120, 120, 120), 3 if dropping else (2 if selected else 1))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r)
        p.setPen(QColor(60, 60, 60))
        label = QRect(r.left(), r.bottom() + 2, r.width(), LABEL_H - 2)
        p.drawText(label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, page_label(page))

    @staticmethod
    def _paint_title(p: QPainter, rect: QRect, title: str) -> None:
        """As many lines of the title as the band holds, the last one elided."""
        fm = p.fontMetrics()
        lines, rest = [], title
        for _ in range(max(1, rect.height() // fm.lineSpacing())):
            if not rest:
                break
            n = len(rest)
            while n > 1 and fm.horizontalAdvance(rest[:n]) > rect.width():
                n -= 1
            lines.append(rest[:n])
            rest = rest[n:]
        if rest and lines:
            lines[-1] = fm.elidedText(lines[-1] + rest, Qt.TextElideMode.ElideRight, rect.width())
        for i, line in enumerate(lines):
            p.drawText(rect.left(), rect.top() + fm.ascent() + i * fm.lineSpacing(), line)

    # -- clicks and drag and drop ----------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position().toPoint()
        slot = self.slot_at(pos)
        if slot is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.select_page(slot.page.index)
        article = self.article_at(pos)
        self._press = (pos, article)
        self.page_clicked.emit(slot.page.index)
        if article is not None:
            self.article_clicked.emit(article)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._press is None or self._press[1] is None:
            return
        if (event.position().toPoint() - self._press[0]).manhattanLength() < QApplication.startDragDistance():
            return
        article = self._press[1]
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(article_mime(article))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._press = None
        super().mouseReleaseEvent(event)

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """Right-click on an article pinned to its page: offer to let it flow again."""
        article = self.article_at(pos)
        if article is None or article not in self.pinned:
            return None
        menu = QMenu(self)
        action = menu.addAction(self.tr("Unpin: {title}").format(title=self.titles.get(article, article)))
        action.setObjectName("actionUnpin")
        action.triggered.connect(lambda: self.unpin_requested.emit(article))
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        menu = self.context_menu(event.pos())
        if menu is not None:
            menu.exec(event.globalPos())

    def select_page(self, index: int | None) -> None:
        self.selected_page = index
        self.update()

    def drop_folio(self, pos: QPoint) -> int | None:
        slot = self.slot_at(pos)
        if slot is None or slot.page.kind not in ("article", "blank") or slot.page.folio is None:
            return None
        return slot.page.folio

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(ARTICLE_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position().toPoint()
        if event.mimeData().hasFormat(ARTICLE_MIME) and self.drop_folio(pos) is not None:
            self._drop_page = self.slot_at(pos).page.index
            event.acceptProposedAction()
        else:
            self._drop_page = None
            event.ignore()
        self.update()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._drop_page = None
        self.update()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._drop_page = None
        self.update()
        mime = event.mimeData()
        folio = self.drop_folio(event.position().toPoint())
        if not mime.hasFormat(ARTICLE_MIME) or folio is None:
            event.ignore()
            return
        article = bytes(mime.data(ARTICLE_MIME)).decode("utf-8")
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.pin_requested.emit(article, folio)


def article_mime(article_id: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(ARTICLE_MIME, article_id.encode("utf-8"))
    mime.setText(article_id)
    return mime


class Flatplan(QScrollArea):
    """The flatplan view in a scroll area, for a dock."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("flatplan")
        self.view = FlatplanView(self)
        self.setWidget(self.view)
        self.setWidgetResizable(True)

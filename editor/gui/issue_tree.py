"""The issue tree: sections → articles → figures, and the photo pages. Dragging an article or a
section onto another place asks for a move; the tree never rearranges itself: the move goes through the undo
stack and the tree is rebuilt from the model."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

ROLE = Qt.ItemDataRole.UserRole


def _short(text: str, n: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


class IssueTree(QTreeWidget):
    selected = Signal(str, str)                  # kind, id
    move_requested = Signal(str, str, int)       # article id, section id, final index
    section_move_requested = Signal(str, int)    # section id, final index among the sections

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("issueTree")
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.currentItemChanged.connect(self._current_changed)
        self._doc = None

    # -- building --------------------------------------------------------------------------------
    def set_document(self, doc) -> None:
        self._doc = doc
        self.rebuild()

    def rebuild(self) -> None:
        keep = self.current_key()
        self.blockSignals(True)
        self.clear()
        issue = self._doc.issue if self._doc else None
        if issue is not None:
            for section in issue.sections:
                sec_item = self._item(self, "section", section.id, "■ " + section.name)
                for article in section.articles:
                    art_item = self._item(sec_item, "article", article.id, _short(article.title))
                    art_item.setToolTip(0, article.title)
                    art_item.setFlags(art_item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                    for fig in article.figures():
                        self._figure_item(art_item, fig)
            for page in issue.photo_pages:
                page_item = self._item(self, "photo_page", page.id, "▣ " + (page.title or self._position_name(page.position)))
                page_item.setFlags(page_item.flags() & ~(Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled))
                for fig in page.figures:
                    self._figure_item(page_item, fig)
            self.expandToDepth(0)
        self.blockSignals(False)
        if keep:
            self.select(*keep)

    def _position_name(self, position: str) -> str:
        return {"inside-front": self.tr("Inside front cover"), "inside-back": self.tr("Inside back cover"),
                "back": self.tr("Back cover")}.get(position, position)

    def _figure_item(self, parent, fig) -> QTreeWidgetItem:
        item = self._item(parent, "figure", fig.id, "▨ " + _short(fig.caption or self.tr("(no caption)"), 24))
        item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled))
        return item

    @staticmethod
    def _item(parent, kind: str, ident: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, ROLE, (kind, ident))
        return item

    # -- selection -------------------------------------------------------------------------------
    def current_key(self) -> tuple[str, str] | None:
        item = self.currentItem()
        return tuple(item.data(0, ROLE)) if item else None

    def item_for(self, kind: str, ident: str) -> QTreeWidgetItem | None:
        for item in self._walk():
            if tuple(item.data(0, ROLE)) == (kind, ident):
                return item
        return None

    def select(self, kind: str, ident: str) -> bool:
        item = self.item_for(kind, ident)
        if item is not None:
            self.setCurrentItem(item)
        return item is not None

    def _walk(self):
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack[0:0] = [item.child(i) for i in range(item.childCount())]

    def _current_changed(self, current, _previous) -> None:
        if current is not None:
            self.selected.emit(*current.data(0, ROLE))

    def refresh_labels(self, kind: str, ident: str) -> None:
        item = self.item_for(kind, ident)
        if item is None or self._doc is None:
            return
        obj = self._doc.find(kind, ident)
        if kind == "figure":
            item.setText(0, "▨ " + _short(obj.caption or self.tr("(no caption)"), 24))
        elif kind == "article":
            item.setText(0, _short(obj.title))

    # -- drag and drop ---------------------------------------------------------------------------
    def drop_target(self, item: QTreeWidgetItem | None, position) -> tuple[str, int] | None:
        """Where a dropped article lands: (section id, row in that section before the move)."""
        Indicator = QAbstractItemView.DropIndicatorPosition
        if item is None:
            return None
        kind, ident = item.data(0, ROLE)
        if kind == "figure":
            item, position = item.parent(), Indicator.BelowItem
            kind, ident = item.data(0, ROLE)
        if kind == "section":
            if position == Indicator.AboveItem:
                prev = self.indexOfTopLevelItem(item) - 1
                if prev < 0:
                    return None
                above = self.topLevelItem(prev)
                if above.data(0, ROLE)[0] != "section":
                    return None
                return above.data(0, ROLE)[1], above.childCount()
            if position == Indicator.BelowItem and item.isExpanded() and item.childCount():
                return ident, 0   # just under the section's own line: first place
            return ident, item.childCount()
        if kind == "article":
            section_item = item.parent()
            row = section_item.indexOfChild(item)
            return section_item.data(0, ROLE)[1], row + (1 if position == Indicator.BelowItem else 0)
        return None

    def section_drop_index(self, item: QTreeWidgetItem | None, position) -> int | None:
        """Where a dropped section lands among the sections (before the move): above the section
        it is dropped over, else after it; anything inside a section counts as that section."""
        while item is not None and item.parent() is not None:
            item, position = item.parent(), QAbstractItemView.DropIndicatorPosition.BelowItem
        sections = self._doc.issue.sections if self._doc else []
        if item is None or item.data(0, ROLE)[0] != "section":
            return len(sections) if item is not None else None   # on a photo page: last place
        row = self.indexOfTopLevelItem(item)
        return row if position == QAbstractItemView.DropIndicatorPosition.AboveItem else row + 1

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        dragged = self.currentItem()
        over, position = self.itemAt(event.position().toPoint()), self.dropIndicatorPosition()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()   # the model moves, not the tree
        if dragged is not None and dragged.data(0, ROLE)[0] == "section":
            self._drop_section(dragged, self.section_drop_index(over, position))
            return
        target = self.drop_target(over, position)
        if dragged is None or target is None or dragged.data(0, ROLE)[0] != "article":
            return
        article_id = dragged.data(0, ROLE)[1]
        section_id, row = target
        from_section = dragged.parent().data(0, ROLE)[1]
        from_row = dragged.parent().indexOfChild(dragged)
        if section_id == from_section and row > from_row:
            row -= 1   # the article leaves its old place first
        if (section_id, row) != (from_section, from_row):
            self.move_requested.emit(article_id, section_id, row)

    def _drop_section(self, dragged: QTreeWidgetItem, index: int | None) -> None:
        if index is None:
            return
        row = self.indexOfTopLevelItem(dragged)
        if index > row:
            index -= 1   # the section leaves its old place first
        if index != row:
            self.section_move_requested.emit(dragged.data(0, ROLE)[1], index)

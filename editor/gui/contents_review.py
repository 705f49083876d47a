"""The proofreader's review of the contents: each entry with the page the contents print and the
page where its article really starts in the current layout. The proofreader ticks entries,
comments, and signs off; the review keeps the pages it saw (`pages_signature`), so when a later
layout moves an article the sign-off shows as stale. Every change is an undo command."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from editor.export.contents_sheet import short_time, toc_entries, write_contents_sheet

from .undo_pages import follow_edits, set_comment, set_ticked, sign_off

COLUMNS = ("tick", "section", "title", "printed", "real", "status", "comment")
STALE_STYLE = "color: #b01e1e; font-weight: bold;"


def real_pages(issue, pagemap) -> dict[str, int | None]:
    """Contents entry id -> the printed page where its article starts in this layout."""
    return {e.id: (pagemap.start_folio(e.article) if e.article else None) for e in issue.contents}


def printed_pages(issue, pagemap) -> dict[str, int | None]:
    """Contents entry id -> the page the contents print: as entered, else as the laid-out contents
    page prints it."""
    laid = {line.entry: line.folio for line in pagemap.contents if line.entry} if pagemap else {}
    return {e.id: e.page if e.page is not None else laid.get(e.id) for e in issue.contents}


def pages_signature(issue, pagemap) -> str:
    return ";".join(f"{entry}:{page if page is not None else '-'}"
                    for entry, page in real_pages(issue, pagemap).items())


def review_is_stale(review, signature: str | None) -> bool:
    return bool(review and review.signed_by and signature is not None
                and review.pages_signature != signature)


class ContentsReviewPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("contentsReview")
        self.doc = None
        self.pagemap = None
        self._filling = False
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels([self.tr("OK"), self.tr("Section"), self.tr("Title"),
                                              self.tr("Printed"), self.tr("Real"),
                                              self.tr("Status"), self.tr("Comment")])
        header = self.table.horizontalHeader()
        for name in ("tick", "section", "printed", "real", "status"):
            header.setSectionResizeMode(COLUMNS.index(name), QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("comment"), QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.setColumnWidth(COLUMNS.index("comment"), 110)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._item_changed)
        self.state = QLabel(self)
        self.state.setObjectName("reviewState")
        self.state.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("reviewName")
        self.name.setPlaceholderText(self.tr("Proofreader's name"))
        self.sign_button = QPushButton(self.tr("Sign off"), self)
        self.sign_button.setObjectName("reviewSign")
        self.sign_button.clicked.connect(self.sign)
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.setObjectName("reviewWithdraw")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.print_button = QPushButton(self.tr("Print review sheet (PDF)…"), self)
        self.print_button.setObjectName("reviewPrint")
        self.print_button.clicked.connect(self.choose_and_print)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Proofreader:"), self))
        row.addWidget(self.name, 1)
        row.addWidget(self.sign_button)
        row.addWidget(self.withdraw_button)
        second = QHBoxLayout()
        second.addStretch(1)
        second.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(second)
        self.refresh()

    # -- feeding ---------------------------------------------------------------------------------
    def set_document(self, doc) -> None:
        follow_edits(self.doc, doc, self.refresh)
        self.doc, self.pagemap = doc, None
        self.refresh()

    def layout_finished(self, outcome) -> None:
        if outcome.pagemap is not None:
            self.pagemap = outcome.pagemap
            self.refresh()

    @property
    def signature(self) -> str | None:
        if self.doc is None or self.pagemap is None:
            return None
        return pages_signature(self.doc.issue, self.pagemap)

    @property
    def is_stale(self) -> bool:
        return self.doc is not None and review_is_stale(self.doc.issue.review, self.signature)

    # -- the table -------------------------------------------------------------------------------
    def refresh(self, *_index) -> None:
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False
        self._show_state()

    def _fill(self) -> None:
        issue = self.doc.issue if self.doc else None
        entries = issue.contents if issue else []
        self.table.setRowCount(len(entries))
        items = {i.entry: i for i in (issue.review.items if issue and issue.review else [])}
        real = real_pages(issue, self.pagemap) if issue and self.pagemap else {}
        printed = printed_pages(issue, self.pagemap) if issue else {}
        editable = self.doc is not None and not self.doc.read_only
        for row, entry in enumerate(entries):
            review_item = items.get(entry.id)
            tick = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            tick.setFlags(flags | (Qt.ItemFlag.ItemIsUserCheckable if editable else Qt.ItemFlag.NoItemFlags))
            tick.setCheckState(Qt.CheckState.Checked if review_item and review_item.ticked else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, entry.id)
            status, bad = self._status(printed.get(entry.id), real.get(entry.id), entry.article)
            title = self._plain(entry.title.split("\n")[0])
            title.setToolTip(entry.title.replace("\n", " / "))
            cells = [tick, self._plain(entry.section), title,
                     self._plain(_page(printed.get(entry.id))), self._plain(_page(real.get(entry.id))),
                     self._plain(status)]
            comment = QTableWidgetItem(review_item.comment if review_item else "")
            comment.setFlags(flags | (Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags))
            cells.append(comment)
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
            if bad:
                self.table.item(row, COLUMNS.index("status")).setForeground(QBrush(QColor(176, 30, 30)))
        self.table.resizeColumnToContents(COLUMNS.index("tick"))

    def row_of(self, entry_id: str) -> int | None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == entry_id:
                return row
        return None

    def select_entry(self, entry_id: str) -> None:
        row = self.row_of(entry_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollToItem(self.table.item(row, 0))

    @staticmethod
    def _plain(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _status(self, printed, real, article) -> tuple[str, bool]:
        if self.pagemap is None:
            return self.tr("Laying out…"), False
        if article is None:
            return self.tr("No article"), True
        if real is None:
            return self.tr("Not on the pages"), True
        if printed != real:
            return self.tr("Page differs"), True
        return self.tr("Agrees"), False

    def _show_state(self) -> None:
        review = self.doc.issue.review if self.doc else None
        writable = self.doc is not None and not self.doc.read_only
        ticked = sum(1 for i in (review.items if review else []) if i.ticked)
        total = len(self.doc.issue.contents) if self.doc else 0
        signed = bool(review and review.signed_by)
        if signed and self.is_stale:
            text = self.tr("STALE: the pages moved after %1 signed off; review again.").replace("%1", review.signed_by)
            self.state.setStyleSheet(STALE_STYLE)
        elif signed:
            text = self.tr("Signed off by %1 on %2.").replace("%2", short_time(review.signed_at)).replace(
                "%1", review.signed_by)
            self.state.setStyleSheet("color: #1e7a1e;")
        else:
            text = self.tr("%1 of %2 entries ticked; not signed off.").replace("%1", str(ticked)).replace(
                "%2", str(total))
            self.state.setStyleSheet("")
        self.state.setText(text)
        self.sign_button.setEnabled(writable and self.pagemap is not None and total > 0 and ticked == total
                                    and (not signed or self.is_stale))
        self.sign_button.setToolTip("" if ticked == total else self.tr("Tick every entry before signing off."))
        self.withdraw_button.setEnabled(writable and signed)
        self.print_button.setEnabled(self.pagemap is not None)
        if signed and not self.name.text():
            self.name.setText(review.signed_by)

    # -- edits -----------------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.doc is None or self.doc.read_only:
            return
        entry = self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if item.column() == COLUMNS.index("tick"):
            self.doc.push(set_ticked(self.doc, entry, item.checkState() == Qt.CheckState.Checked))
        elif item.column() == COLUMNS.index("comment"):
            self.doc.push(set_comment(self.doc, entry, item.text().strip()))

    def sign(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.name.setFocus()
            self.state.setText(self.tr("Enter the proofreader's name first."))
            return
        if self.doc is None or self.signature is None:
            return
        now = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
        self.doc.push(sign_off(self.doc, name, now, self.signature))

    def withdraw(self) -> None:
        if self.doc is not None:
            self.doc.push(sign_off(self.doc, None, None, None))

    # -- the sheet -------------------------------------------------------------------------------
    def choose_and_print(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the review sheet"),
                                              str(Path.home() / self.tr("review-sheet.pdf")), "PDF (*.pdf)")
        if path:
            self.print_sheet(Path(path))

    def print_sheet(self, path: Path) -> Path | None:
        if self.doc is None or self.pagemap is None:
            return None
        issue = self.doc.issue
        return write_contents_sheet(toc_entries(issue, self.pagemap), path, label=issue.meta.label.strip(),
                                    review=issue.review, stale=self.is_stale)


def _page(n: int | None) -> str:
    return f"{n:02d}" if n is not None else "--"

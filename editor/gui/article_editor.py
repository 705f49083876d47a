"""The article editor: title block fields, and the body as a list of blocks whose paragraphs and
sub-heads can be edited in place. Sidebars, notes and figures show as one line each."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QStyledItemDelegate, QVBoxLayout, QWidget)

from editor.model import Figure, Note, Paragraph, Run, Sidebar, Subhead, Table, JumpLine

from .display_fonts import serif_font
from .field_form import FieldForm
from .undo import SetBlock


class ParagraphDelegate(QStyledItemDelegate):
    """Paragraphs are long: they are edited in a wrapping box over the item. Enter finishes the
    edit (a paragraph has no line breaks of its own), Esc cancels it."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        editor = QPlainTextEdit(parent)
        editor.setObjectName("paragraphEditor")
        editor.setFont(option.font)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        editor.setPlainText(index.data())
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, " ".join(editor.toPlainText().split("\n")).strip())

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802 - Qt API
        rect = option.rect
        rect.setHeight(max(rect.height() + 24, 96))
        editor.setGeometry(rect)

    def eventFilter(self, editor, event):  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)


class ArticleEditor(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("articleEditor")
        self.doc, self.article_id = None, None
        layout = QVBoxLayout(self)
        self.fields = FieldForm("article", [
            ("kicker", self.tr("Kicker"), True),
            ("title", self.tr("Title"), False),
            ("subtitle", self.tr("Subtitle"), True),
            ("short_title", self.tr("Contents title"), True),
            ("source", self.tr("Source"), True),
        ], self)
        layout.addWidget(self.fields)
        self.body_label = QLabel(self.tr("Body (double-click a paragraph to edit it)"), self)
        layout.addWidget(self.body_label)
        self.body = QListWidget(self)
        self.body.setObjectName("articleBody")
        self.body.setWordWrap(True)
        self.body.setSpacing(3)
        self.body.setFont(serif_font())
        self.body.setItemDelegate(ParagraphDelegate(self.body))
        self.body.itemChanged.connect(self._item_edited)
        layout.addWidget(self.body, 1)

    def load(self, doc, article_id: str) -> None:
        self.doc, self.article_id = doc, article_id
        self.fields.load(doc, article_id)
        self._fill_body()

    def _fill_body(self) -> None:
        article = self.doc.issue.article(self.article_id)
        self.body.blockSignals(True)
        self.body.clear()
        for index, block in enumerate(article.blocks):
            item = QListWidgetItem(self._block_text(block))
            item.setData(Qt.ItemDataRole.UserRole, index)
            editable = isinstance(block, (Paragraph, Subhead)) and not self.doc.read_only
            if editable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if isinstance(block, Subhead):
                font = QFont(self.body.font())
                font.setBold(True)
                item.setFont(font)
            elif isinstance(block, Paragraph) and block.run_in_head:
                item.setToolTip(self.tr("Starts with the run-in head: %1").replace("%1", block.run_in_head))
            elif not editable:
                item.setForeground(Qt.GlobalColor.darkBlue)
            self.body.addItem(item)
        self.body.blockSignals(False)

    def _block_text(self, block) -> str:
        if isinstance(block, (Paragraph, Subhead)):
            return block.text
        if isinstance(block, Figure):
            return self.tr("[Photo] %1").replace("%1", block.full_caption or block.id)
        if isinstance(block, Sidebar):
            return self.tr("[Sidebar] %1").replace("%1", block.title)
        if isinstance(block, Note):
            return self.tr("[Note] %1").replace("%1", block.title or self._inner_text(block))
        if isinstance(block, Table):
            return self.tr("[Table] %1").replace("%1", block.title)
        if isinstance(block, JumpLine):
            return self.tr("[Jump line]")
        return str(block)

    @staticmethod
    def _inner_text(block) -> str:
        text = " ".join(b.text for b in block.blocks)
        return text if len(text) < 40 else text[:39] + "…"

    def _item_edited(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        old = self.doc.issue.article(self.article_id).blocks[index]
        text = item.text()
        if text == old.text:
            return
        if isinstance(old, Subhead):
            new = Subhead(text)
        else:
            head = old.run_in_head
            # A run-in head stays bold while the editor keeps it at the start of the paragraph.
            if head and text.startswith(head):
                new = Paragraph([Run(head, bold=True)] + ([Run(text[len(head):])] if text[len(head):] else []))
            else:
                new = Paragraph([Run(text)])
        self.doc.push(SetBlock(self.doc, self.article_id, index, new))

    def select_block(self, index: int) -> None:
        self.body.setCurrentRow(index)

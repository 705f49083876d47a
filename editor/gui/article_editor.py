"""The article editor: title block fields, and the body as a list of blocks whose paragraphs and
sub-heads can be edited in place. Sidebars, notes and figures show as one line each."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QSpinBox, QStyledItemDelegate, QVBoxLayout, QWidget)

from editor.model import Figure, Note, Paragraph, Run, Sidebar, Subhead, Table, JumpLine

from .display_fonts import serif_font
from .field_form import FieldForm
from .box_dialog import BoxDialog
from .undo import InsertBlock, RemoveBlock, SetBlock, SetField


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
        layout.addLayout(self._placement_row())
        self.body_label = QLabel(self.tr("Body (double-click a paragraph to edit it)"), self)
        layout.addWidget(self.body_label)
        self.body = QListWidget(self)
        self.body.setObjectName("articleBody")
        self.body.setWordWrap(True)
        self.body.setSpacing(3)
        self.body.setFont(serif_font())
        self.body.setItemDelegate(ParagraphDelegate(self.body))
        self.body.itemChanged.connect(self._item_edited)
        self.body.itemDoubleClicked.connect(self._open_box)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.block_actions = {}
        for key, text, shortcut, slot in (
                ("paragraph", self.tr("Insert Paragraph After"), "Ctrl+Return", lambda: self.insert_after(Paragraph([Run("")]))),
                ("subhead", self.tr("Insert Sub-head After"), "Ctrl+Shift+Return", lambda: self.insert_after(Subhead(""))),
                ("toggle", self.tr("Sub-head ⇄ Paragraph"), "Ctrl+T", self.toggle_subhead),
                ("runin", self.tr("Bold Run-in Head On/Off"), "Ctrl+B", self.toggle_run_in_head),
                ("delete", self.tr("Delete Block"), "Ctrl+Delete", self.delete_block)):
            action = QAction(text, self.body)
            action.setObjectName(f"actionBlock_{key}")
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.body.addAction(action)
            self.block_actions[key] = action
        layout.addWidget(self.body, 1)

    def _placement_row(self) -> QHBoxLayout:
        """Pin the article to a start page and send the rest on to a later page (0: the layout decides)."""
        row = QHBoxLayout()
        self.placement: dict[str, QSpinBox] = {}
        for name, label in (("start_page", self.tr("Start on page")), ("continue_page", self.tr("Continue on page")),
                            ("break_after", self.tr("after block"))):
            box = QSpinBox(self)
            box.setObjectName(f"placement_{name}")
            box.setRange(0, 999)
            box.setSpecialValueText(self.tr("auto"))
            box.editingFinished.connect(lambda n=name, b=box: self._placement_edited(n, b))
            form = QFormLayout()
            form.addRow(label, box)
            row.addLayout(form)
            self.placement[name] = box
        row.addStretch(1)
        return row

    def _placement_edited(self, name: str, box: QSpinBox) -> None:
        if self.doc is None or self.doc.read_only:
            return
        article = self.doc.issue.article(self.article_id)
        # break_after counts blocks from 1 on screen; the model counts from 0.
        value = box.value() or None
        if name == "break_after" and value is not None:
            value -= 1
        if getattr(article.placement, name) != value:
            self.doc.push(SetField(self.doc, "article", self.article_id, "placement",
                                   replace(article.placement, **{name: value}), self.tr("Change placement")))

    def load(self, doc, article_id: str) -> None:
        self.doc, self.article_id = doc, article_id
        self.fields.load(doc, article_id)
        placement = doc.issue.article(article_id).placement
        for name, box in self.placement.items():
            value = getattr(placement, name)
            box.blockSignals(True)
            box.setValue(0 if value is None else value + (1 if name == "break_after" else 0))
            box.blockSignals(False)
            box.setEnabled(not doc.read_only)
        for action in self.block_actions.values():
            action.setEnabled(not doc.read_only)
        row = self.body.currentRow()
        self._fill_body()
        if 0 <= row < self.body.count():
            self.body.setCurrentRow(row)

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

    # -- block commands --------------------------------------------------------------------------
    def _writable(self) -> bool:
        return self.doc is not None and not self.doc.read_only and self.article_id is not None

    def insert_after(self, block) -> None:
        if not self._writable():
            return
        index = self.body.currentRow() + 1 if self.body.currentRow() >= 0 else self.body.count()
        self.doc.push(InsertBlock(self.doc, self.article_id, index, block))
        self.body.setCurrentRow(index)
        self.body.editItem(self.body.item(index))

    def delete_block(self) -> None:
        index = self.body.currentRow()
        if self._writable() and index >= 0:
            self.doc.push(RemoveBlock(self.doc, self.article_id, index))
            self.body.setCurrentRow(min(index, self.body.count() - 1))

    def toggle_subhead(self) -> None:
        index = self.body.currentRow()
        if not self._writable() or index < 0:
            return
        block = self.doc.issue.article(self.article_id).blocks[index]
        if isinstance(block, Subhead):
            new = Paragraph([Run(block.text)])
        elif isinstance(block, Paragraph):
            new = Subhead(block.text)
        else:
            return
        self.doc.push(SetBlock(self.doc, self.article_id, index, new, self.tr("Change block kind")))

    def toggle_run_in_head(self) -> None:
        """The first sentence of a paragraph becomes its bold run-in head (聚焦开放，打造……。),
        or an existing run-in head goes back to plain text."""
        index = self.body.currentRow()
        if not self._writable() or index < 0:
            return
        block = self.doc.issue.article(self.article_id).blocks[index]
        if not isinstance(block, Paragraph):
            return
        text = block.text
        if block.run_in_head:
            new = Paragraph([Run(text)])
        else:
            end = min((i for i in (text.find(m) for m in "。！？") if i >= 0), default=-1)
            if end < 0 or end == len(text) - 1:
                return   # one sentence only: nothing would follow the head
            new = Paragraph([Run(text[:end + 1], bold=True), Run(text[end + 1:])])
        self.doc.push(SetBlock(self.doc, self.article_id, index, new, self.tr("Run-in head")))

    def _open_box(self, item: QListWidgetItem) -> None:
        """Sidebars and notes open in a dialog; paragraphs are edited in place."""
        index = item.data(Qt.ItemDataRole.UserRole)
        block = self.doc.issue.article(self.article_id).blocks[index]
        if not isinstance(block, (Sidebar, Note)):
            return
        dialog = BoxDialog(block, self)
        if dialog.exec() and self._writable():
            new = dialog.result_block()
            if new != block:
                self.doc.push(SetBlock(self.doc, self.article_id, index, new, self.tr("Edit sidebar or note")))

"""Undo commands of the page views: pinning an article to a page (the flatplan) and the
proofreader's review of the contents. A pin is a plain field edit, so it is GUI-1's SetField;
the review is replaced whole, the way the metadata dialog's edits are."""
from __future__ import annotations

import copy
import warnings
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from editor.model import ContentsReview, ReviewItem

from .qt_text import translate
from .undo import SetField


def follow_edits(old_doc, new_doc, slot) -> None:
    """Call `slot` after every command, undo and redo of `new_doc` only. A bound method of a
    QObject, so Qt drops the connection when its owner goes."""
    if old_doc is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)   # never connected: nothing to undo
            try:
                old_doc.stack.indexChanged.disconnect(slot)
            except (RuntimeError, TypeError):   # the stack is gone with its document
                pass
    if new_doc is not None:
        new_doc.stack.indexChanged.connect(slot)


def pin_to_page(doc, article_id: str, folio: int | None) -> SetField:
    """The command that makes `article_id` start on printed page `folio` (None: let it flow)."""
    article = doc.issue.article(article_id)
    placement = replace(article.placement, start_page=folio)
    label = (translate("undo_pages", "Move “{title}” to page {page}").format(title=article.title, page=folio)
             if folio is not None else translate("undo_pages", "Unpin “{title}”").format(title=article.title))
    return SetField(doc, "article", article_id, "placement", placement, label)


class ReplaceReview(QUndoCommand):
    """One change of the contents review (a tick, a comment, a sign-off), undone as one."""

    def __init__(self, doc, review: ContentsReview | None, label: str):
        super().__init__(label)
        self.doc = doc
        self.old, self.new = copy.deepcopy(doc.issue.review), copy.deepcopy(review)

    def _apply(self, review) -> None:
        self.doc.issue.review = copy.deepcopy(review)
        self.doc.item_changed.emit("review", "")

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


def _review_with_item(review: ContentsReview | None, entry_id: str) -> tuple[ContentsReview, ReviewItem]:
    review = copy.deepcopy(review) if review is not None else ContentsReview()
    item = next((i for i in review.items if i.entry == entry_id), None)
    if item is None:
        item = ReviewItem(entry_id)
        review.items.append(item)
    return review, item


def set_ticked(doc, entry_id: str, ticked: bool) -> ReplaceReview:
    review, item = _review_with_item(doc.issue.review, entry_id)
    item.ticked = ticked
    label = (translate("undo_pages", "Tick contents entry") if ticked
             else translate("undo_pages", "Untick contents entry"))
    return ReplaceReview(doc, review, label)


def set_comment(doc, entry_id: str, comment: str) -> ReplaceReview:
    review, item = _review_with_item(doc.issue.review, entry_id)
    item.comment = comment
    return ReplaceReview(doc, review, translate("undo_pages", "Comment on contents entry"))


def sign_off(doc, name: str | None, signed_at: str | None, signature: str | None) -> ReplaceReview:
    """Sign the review (name given) or withdraw the signature (name None)."""
    review = copy.deepcopy(doc.issue.review) if doc.issue.review is not None else ContentsReview()
    review.signed_by, review.signed_at = name, signed_at if name else None
    review.pages_signature = signature if name else None
    label = (translate("undo_pages", "Sign off the contents") if name
             else translate("undo_pages", "Withdraw the sign-off"))
    return ReplaceReview(doc, review, label)

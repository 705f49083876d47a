"""Footnotes, comments and tracked changes: nothing an author wrote is dropped silently.
Footnotes become notes at the end of the article, marked ①②… in the text; comments and tracked
changes are reported (the changes themselves are accepted by the paragraph reader)."""
from __future__ import annotations

from .ns import W
from .paragraphs import ParagraphReader


def footnote_texts(root, reader: ParagraphReader) -> dict[str, str]:
    """Footnote id -> its text (the separator pseudo-notes left out)."""
    out = {}
    if root is None:
        return out
    for note in root.iter(W + "footnote"):
        if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        parts = []
        for p in note.iter(W + "p"):
            parts.append(reader.read(p).clean)
        text = "\n".join(x for x in parts if x)
        if text:
            out[note.get(W + "id", "")] = text
    return out


def comment_texts(root) -> list[tuple[str, str]]:
    """(author, text) of each comment."""
    out = []
    if root is None:
        return out
    for comment in root.iter(W + "comment"):
        text = "".join(t.text or "" for t in comment.iter(W + "t")).strip()
        out.append((comment.get(W + "author", ""), text))
    return out


def tracked_changes(body) -> tuple[int, int]:
    """How many insertions and deletions (moves counted with them) were accepted."""
    ins = sum(1 for _ in body.iter(W + "ins", W + "moveTo"))
    dels = sum(1 for _ in body.iter(W + "del", W + "moveFrom"))
    return ins, dels

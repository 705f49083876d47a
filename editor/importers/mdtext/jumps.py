"""Continuations: the text after ■（上接第M页） belongs to the article that jumped there with
■（下转第N页）, wherever the OCR put it. The owner is found by the page numbers on both jump
lines and by the text that goes on mid-sentence, never by what happens to stand before it."""
from __future__ import annotations

from dataclasses import dataclass

from editor.model import Article, JumpLine, Paragraph

from .body import Body, append_text, is_plain, last_paragraph_before
from .textkey import is_finished


@dataclass
class Continuation:
    body: Body                 # starts with the 'from' JumpLine
    first_line: int
    pages: tuple[int, int]     # printed pages of the articles around it: where it must stand
    text_lines: list[tuple[int, str]]


@dataclass
class Candidate:
    article: Article
    pages: tuple[int, int]     # its first page and the first page of the next article


def _open_to_jump(article: Article) -> int | None:
    """Index of the article's 'to' jump line that has no continuation after it yet."""
    blocks = article.blocks
    for k, block in enumerate(blocks):
        if isinstance(block, JumpLine) and block.direction == "to":
            after = blocks[k + 1] if k + 1 < len(blocks) else None
            if not (isinstance(after, JumpLine) and after.direction == "from"):
                return k
    return None


def _score(cont: Continuation, cand: Candidate) -> int:
    jump_from = cont.body.blocks[0]
    k = _open_to_jump(cand.article)
    score = 0
    low, high = cand.pages
    if jump_from.page is not None and low <= jump_from.page <= max(low, high):
        score += 1
    if k is not None:
        to = cand.article.blocks[k]
        if to.page is not None and min(cont.pages) <= to.page <= max(cont.pages):
            score += 1
        cut = last_paragraph_before(cand.article.blocks, k)
        first = next((b for b in cont.body.blocks[1:] if isinstance(b, Paragraph)), None)
        if cut is not None and first is not None and not is_finished(cut.text) and is_plain(first):
            score += 1
    return score


def place_continuation(cont: Continuation, candidates: list[Candidate]) -> Article | None:
    """Attach the continuation to its article; None when no article fits (the caller reports it)."""
    scored = sorted(((_score(cont, c), n) for n, c in enumerate(candidates)), reverse=True)
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    owner = candidates[scored[0][1]].article
    _attach(owner, cont.body)
    return owner


def _attach(article: Article, body: Body) -> None:
    k = _open_to_jump(article)
    blocks = body.blocks
    if k is None:
        article.blocks.extend(blocks)
        return
    cut = last_paragraph_before(article.blocks, k)
    rest = list(blocks[1:])
    first = rest[0] if rest else None
    if cut is not None and isinstance(first, Paragraph) and not is_finished(cut.text) and is_plain(first):
        # One sentence across the jump: join it; both jump lines stand after the joined paragraph.
        append_text(cut, first)
        rest = rest[1:]
    article.blocks[k + 1:k + 1] = [blocks[0], *rest]
    if body.source and not article.source:
        article.source = body.source
    if body.lead_mark:
        article.lead_mark = True

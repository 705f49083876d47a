"""From the paragraphs and tables of a Word file to an article: the title block (kicker, title,
subtitle, by style or by direct formatting), then the body — paragraphs with run-in heads,
sub-heads, figures with their captions, sidebars, boxed notes, tables and the source line."""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from editor.model import Article, Figure, Note, Paragraph, Run, Sidebar, Subhead, Table

from .drawings import PictureRef
from .paragraphs import BLANK, Para

SOURCE_LINE = re.compile(r"^■?\s*[（(]\s*([^（）()]{1,30}?)\s*[）)]$")
BOX_LABEL = re.compile(r"^■?\s*([^\s■>》]{1,6})\s*(?:>>|》|＞＞)\s*$")
CREDIT = re.compile(r"(（[^（）]{0,20}(?:摄|供图|图片|提供)[^（）]{0,6}）)$")
END_PUNCT = "。！？；：，、…”"
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


@dataclass
class TableItem:
    rows: list[list[list]]            # rows of cells; a cell is a list of items (Para/TableItem)
    header_rows: int = 0


@dataclass
class Built:
    article: Article
    pictures: list[tuple[Figure, PictureRef]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    untitled: bool = False


def _flat(text: str) -> str:
    """A line break inside body text: nothing between Chinese characters, a space otherwise."""
    def repl(m):
        a, b = m.string[max(m.start() - 1, 0):m.start()], m.string[m.end():m.end() + 1]
        return "" if (CJK.match(a or " ") or CJK.match(b or " ")) else " "
    return re.sub(r"[\n\t]+", repl, text)


def clean_runs(runs: list[Run]) -> list[Run]:
    runs = [Run(_flat(r.text), r.bold, r.italic) for r in runs]
    while runs and not runs[0].text.lstrip(BLANK):
        runs.pop(0)
    while runs and not runs[-1].text.rstrip(BLANK):
        runs.pop()
    if runs:
        runs[0] = Run(runs[0].text.lstrip(BLANK), runs[0].bold, runs[0].italic)
        runs[-1] = Run(runs[-1].text.rstrip(BLANK), runs[-1].bold, runs[-1].italic)
    return [r for r in runs if r.text]


def split_caption(text: str) -> tuple[str, str | None, bool]:
    """(caption, credit, group_end) from 智慧工厂（陈曦摄） or 武进国家高新区 ■."""
    text = _flat(text).strip(BLANK)
    group_end = text.endswith("■")
    if group_end:
        text = text[:-1].rstrip(BLANK)
    credit = None
    m = CREDIT.search(text)
    if m:
        credit, text = m.group(1), text[:m.start()].rstrip(BLANK)
    return text, credit, group_end


class ArticleBuilder:
    def __init__(self, items: list, reader):
        self.items = items
        self.reader = reader
        sizes = [p.size for p in self._paras(items) if p.size and len(p.clean) > 40]
        self.body_size = statistics.median(sizes) if sizes else 10.5
        self.built = Built(Article(id="", title=""))
        self.blocks = self.built.article.blocks
        self.pending: list[Figure] = []        # figures still looking for their caption
        self.note_paras: list[Para] = []

    @staticmethod
    def _paras(items):
        return [i for i in items if isinstance(i, Para)]

    # -- title block ------------------------------------------------------------------------
    def _head(self) -> int:
        """Fill kicker/title/subtitle; return the index where the body starts."""
        art = self.built.article
        head = []
        for i, item in enumerate(self.items):
            if not isinstance(item, Para) or item.objects:
                break
            if not item.empty:
                head.append((i, item))
            if len(head) == 4:
                break
        if not head:
            self.built.untitled = True
            return 0
        title = next(((i, p) for i, p in head if p.kind == "title"), None) \
            or next(((i, p) for i, p in head[:3] if p.kind == "heading1"), None)
        if title is None:
            big = [(i, p) for i, p in head[:3] if p.size and p.size >= self.body_size + 3
                   and len(p.clean) <= 60]
            title = max(big, key=lambda ip: ip[1].size, default=None) if big else None
            if title is None:
                title = head[0]
                self.built.untitled = not (head[0][1].all_bold or head[0][1].centred)
        t_index, t_para = title
        art.title = "\n".join(line.strip(BLANK) for line in t_para.text.split("\n")).strip()
        kicker = [p.clean for i, p in head if i < t_index and len(p.clean) <= 60]
        art.kicker = " ".join(kicker) or None
        # Longer text above the title is no kicker (an editor's note?): kept, not dropped.
        self.blocks += [Paragraph(clean_runs(p.runs)) for i, p in head
                        if i < t_index and len(p.clean) > 60]
        start = t_index + 1
        nxt = next(((i, p) for i, p in head if i > t_index), None)
        if nxt and self._is_subtitle(nxt[1]):
            art.subtitle = _flat(nxt[1].clean)
            start = nxt[0] + 1
        return start

    def _is_subtitle(self, p: Para) -> bool:
        if p.kind == "subtitle":
            return True
        text = p.clean
        if p.kind not in ("normal", "body") or len(text) > 60 or text[-1:] in "。；":
            return False
        dash = text.startswith("——")
        return dash or (p.centred and (p.all_bold or (p.size or 0) > self.body_size))

    # -- body -------------------------------------------------------------------------------
    def build(self) -> Built:
        start = self._head()
        self._body(self.items[start:])
        self._flush_note()
        self._lead_mark()
        return self.built

    def _body(self, items) -> None:
        for item in items:
            if isinstance(item, TableItem):
                self._flush_note()
                self._table(item)
                continue
            if item.empty:
                continue
            if item.clean:
                self._text(item)
            for obj in item.objects:
                if isinstance(obj, PictureRef):
                    self._flush_note()
                    fig = Figure(id="", width_mm=obj.width_mm, height_mm=obj.height_mm)
                    self.blocks.append(fig)
                    self.built.pictures.append((fig, obj))
                    self.pending.append(fig)
                else:
                    self._box(obj.content)

    def _is_caption(self, p: Para) -> bool:
        if p.kind == "caption":
            return True
        return (p.kind in ("normal", "body") and len(p.clean) <= 60 and p.centred
                and not p.all_bold and p.clean[-1:] not in "。")

    def _text(self, p: Para) -> None:
        if self.pending and self._is_caption(p):
            fig = self.pending.pop()
            fig.caption, fig.credit, fig.group_end = split_caption(p.text)
            self.pending.clear()
            return
        self.pending.clear()
        if p.kind == "caption":
            last = self.blocks[-1] if self.blocks else None
            if isinstance(last, Figure) and not last.caption:
                last.caption, last.credit, last.group_end = split_caption(p.text)
                return
        if p.bordered:
            self.note_paras.append(p)
            return
        self._flush_note()
        source = SOURCE_LINE.match(p.clean)
        if source and p.align in ("right", "end", None) or (source and p.clean.startswith("■")):
            self.built.article.source = source.group(1)
            return
        if p.kind.startswith("heading") or p.kind == "title" or self._looks_like_subhead(p):
            self.blocks.append(Subhead(_flat(p.clean)))
            return
        runs = clean_runs(p.runs)
        if runs:
            self.blocks.append(Paragraph(runs))

    def _looks_like_subhead(self, p: Para) -> bool:
        text = p.clean
        return (p.all_bold and len(text) <= 40 and text[-1:] not in END_PUNCT
                and not BOX_LABEL.match(text))

    def _lead_mark(self) -> None:
        first = next((b for b in self.blocks if isinstance(b, Paragraph)), None)
        if first and first.runs and first.runs[0].text.startswith("■"):
            run = first.runs[0]
            rest = run.text[1:].lstrip(BLANK)
            first.runs[0] = Run(rest, run.bold, run.italic)
            if not rest:
                first.runs.pop(0)
                if first.runs:
                    r0 = first.runs[0]
                    first.runs[0] = Run(r0.text.lstrip(BLANK), r0.bold, r0.italic)
            self.built.article.lead_mark = True

    # -- boxes ------------------------------------------------------------------------------
    def _flush_note(self) -> None:
        if self.note_paras:
            paras, self.note_paras = self.note_paras, []
            self.blocks.append(self._boxed(paras, default="note"))

    def _box(self, content) -> None:
        from .body import block_items
        items = block_items(content, self.reader)
        if any(isinstance(i, Para) and i.pictures for i in items):
            # A frame holding a picture and its caption: the picture joins the body.
            self._body(items)
            return
        paras = _all_paras(items)
        if any(not p.empty for p in paras):
            self.blocks.append(self._boxed(paras, default="sidebar"))

    def _boxed(self, paras: list[Para], default: str):
        paras = [p for p in paras if not p.empty]
        label = None
        if paras:
            m = BOX_LABEL.match(paras[0].clean)
            if m:
                label = m.group(1)
                paras = paras[1:]
        title = ""
        if paras and len(paras) > 1 and len(paras[0].clean) <= 60 and (
                paras[0].kind.startswith("heading") or paras[0].all_bold or paras[0].centred):
            title = _flat(paras[0].clean)
            paras = paras[1:]
        blocks = []
        for p in paras:
            if p.kind.startswith("heading"):
                blocks.append(Subhead(_flat(p.clean)))
            elif runs := clean_runs(p.runs):
                blocks.append(Paragraph(runs))
        if label == "附注" or (label is None and default == "note"):
            return Note(blocks=blocks, title=title, label=label or "附注")
        return Sidebar(title=title, blocks=blocks, label=label or "链接")

    # -- tables -----------------------------------------------------------------------------
    def _table(self, table: TableItem) -> None:
        self.pending.clear()
        cells = [cell for row in table.rows for cell in row]
        if any(p.pictures for p in _all_paras(cells)):
            # A table that only arranges photos side by side with their captions: its pictures
            # and captions join the body in reading order.
            for cell in cells:
                self._body(cell)
            return
        if len(cells) == 1:
            self.blocks.append(self._boxed(_all_paras(cells[0]), default="sidebar"))
            return
        rows = [[" ".join(p.clean for p in _all_paras(cell) if p.clean) for cell in row]
                for row in table.rows]
        title = ""
        last = self.blocks[-1] if self.blocks else None
        if isinstance(last, (Subhead, Paragraph)) and len(last.text) <= 60:
            title = last.text
            self.blocks.pop()
        block = Table(rows=rows, header_rows=table.header_rows, title=title)
        self.blocks.append(block)
        self.built.tables.append(block)


def _all_paras(items) -> list[Para]:
    """Every paragraph in items, descending into tables; a list of cells counts as items too."""
    out = []
    for item in items:
        if isinstance(item, list):
            out += _all_paras(item)
            continue
        if isinstance(item, Para):
            out.append(item)
        else:
            for row in item.rows:
                for cell in row:
                    out += _all_paras(cell)
    return out

"""Reading one .docx into an article with its pictures, all in memory: nothing is written
until every file of an import has been read without a problem."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.errors import UserError
from editor.model import Article, Figure, Note, Paragraph

from ..images import PreparedImage, prepare_image
from .body import block_items
from .findings import Finding
from .notes import comment_texts, footnote_texts, tracked_changes
from .ns import W
from .package import open_package, refuse
from .paragraphs import ParagraphReader
from .structure import ArticleBuilder
from .styles import Styles


@dataclass
class PendingImage:
    figure: Figure
    image: PreparedImage | None     # None: a linked picture whose file is not in the document
    source: str                     # where it came from inside the .docx (for messages)


@dataclass
class DocxArticle:
    path: Path
    article: Article
    images: list[PendingImage] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def read_docx(path) -> DocxArticle:
    path = Path(path)
    pkg = open_package(path)
    try:
        return _read(pkg, path)
    finally:
        pkg.close()


def _read(pkg, path: Path) -> DocxArticle:
    doc = pkg.xml(pkg.main)
    body = doc.find(W + "body")
    if body is None:
        raise refuse(path, "文档没有正文。", "the document has no body.")
    styles_part = pkg.related("/styles")
    styles = Styles(pkg.xml(styles_part) if styles_part else None)
    reader = ParagraphReader(styles)
    items = block_items(body, reader)
    built = ArticleBuilder(items, reader).build()
    article = built.article
    result = DocxArticle(path, article)
    find = result.findings.append

    if not article.title:
        raise refuse(path, "文档中没有文字。", "the document holds no text.")
    if built.untitled:
        find(Finding("DOCX-TITLE", "未能确认标题，暂用第一段：“{title}”", "No title recognised; the first "
                     "paragraph is used: {title}", {"title": article.title}))

    for fig, ref in built.pictures:
        rel = pkg.rels.get(ref.rid)
        where = f"{path.name}: {ref.name or ref.rid}"
        if rel is None or rel[2] == "External" or not pkg.has(rel[1]):
            result.images.append(PendingImage(fig, None, where))
            find(Finding("DOCX-IMAGE-LINKED", "图片“{name}”只是链接，没有嵌入文档，请另行提供。",
                         "Picture {name} is only linked, not embedded; supply the file.", {"name": where}))
            continue
        try:
            prepared = prepare_image(pkg.read(rel[1]), where)
        except UserError as exc:
            raise refuse(path, "{why}", "{why}", why=exc.message) from None
        fig.info = prepared.info
        result.images.append(PendingImage(fig, prepared, rel[1]))
        if not fig.caption:
            find(Finding("DOCX-IMAGE-CAPTION", "图片“{name}”没有图注。", "Picture {name} has no caption.",
                         {"name": where}))

    for table in built.tables:
        find(Finding("DOCX-TABLE", "表格“{title}”（{rows} 行 × {cols} 列）已作为表格块导入，请检查版式。",
                     "Table {title!r} ({rows} rows × {cols} columns) was imported as a table block; check "
                     "its layout.", {"title": table.title or "—", "rows": len(table.rows),
                                     "cols": max((len(r) for r in table.rows), default=0)}))

    fn_part = pkg.related("/footnotes")
    notes = footnote_texts(pkg.xml(fn_part) if fn_part else None, reader)
    for fid, mark in reader.footnote_marks.items():
        if fid in notes:
            article.blocks.append(Note(blocks=[Paragraph.of(mark + notes[fid])], label="注"))
            find(Finding("DOCX-FOOTNOTE", "脚注 {mark} 已改为文末注释。", "Footnote {mark} became a note at "
                         "the end of the article.", {"mark": mark}, "info"))

    cm_part = pkg.related("/comments")
    for author, text in comment_texts(pkg.xml(cm_part) if cm_part else None):
        find(Finding("DOCX-COMMENT", "批注（{author}）：{text}——请处理后再付印。",
                     "Comment ({author}): {text} — deal with it before print.",
                     {"author": author or "?", "text": text}))

    numbered = sum(1 for i in items if getattr(i, "numbered", False) and not i.empty)
    if numbered:
        find(Finding("DOCX-NUMBERING", "{n} 个段落使用了 Word 自动编号，编号本身未导入，请核对。",
                     "{n} paragraphs use Word's automatic numbering; the numbers themselves were not "
                     "imported: check them.", {"n": numbered}))

    ins, dels = tracked_changes(body)
    if ins or dels:
        find(Finding("DOCX-TRACKED", "文档含修订：已接受 {ins} 处插入、{dels} 处删除。",
                     "The document has tracked changes: {ins} insertions and {dels} deletions accepted.",
                     {"ins": ins, "dels": dels}, "info"))
    return result

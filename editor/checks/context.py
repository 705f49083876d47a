"""What the rules share while they run over one issue: the issue, the PageMap (or None), the
issue folder, and lookups computed once (texts with their places, contents by article, printed
page evidence)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from editor.model import Article, Figure, Issue, JumpLine, block_texts


@dataclass(frozen=True)
class TextPiece:
    """One piece of printable text and where it stands."""
    text: str
    kind: str                      # title, kicker, subtitle, source, paragraph, caption, meta …
    article: str | None = None
    block: int | None = None
    figure: str | None = None
    field: str | None = None
    entry: str | None = None       # a line of the printed contents
    section: str | None = None     # a section's name

    @property
    def location(self) -> dict:
        loc = {"article": self.article, "block": self.block, "figure": self.figure,
               "field": self.field, "entry": self.entry, "section": self.section}
        return {k: v for k, v in loc.items() if v is not None}


class CheckContext:
    def __init__(self, issue: Issue, pagemap=None, folder: str | Path | None = None):
        self.issue = issue
        self.pagemap = pagemap
        self.folder = Path(folder) if folder is not None else None

    # -- articles and contents -------------------------------------------------------------------
    @cached_property
    def articles(self) -> list[Article]:
        return list(self.issue.articles())

    @cached_property
    def article_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @cached_property
    def section_of(self) -> dict[str, str]:
        """article id -> section id (locations name sections by id, as they name articles)"""
        return {a.id: s.id for s in self.issue.sections for a in s.articles}

    @cached_property
    def entries_by_article(self) -> dict[str, list]:
        out: dict[str, list] = {}
        for e in self.issue.contents:
            if e.article:
                out.setdefault(e.article, []).append(e)
        return out

    def printed_page(self, article_id: str) -> int | None:
        """The page the printed contents give for the article (the first entry that has one)."""
        return next((e.page for e in self.entries_by_article.get(article_id, ()) if e.page), None)

    @cached_property
    def from_print(self) -> bool:
        """An issue imported from a printed copy: it carries what was printed (page numbers in
        the contents, jump lines, imprints), and the checks judge that."""
        return bool(self.issue.imprints or any(e.page for e in self.issue.contents)
                    or any(isinstance(b, JumpLine) for a in self.articles for b in a.blocks))

    # -- texts --------------------------------------------------------------------------------------
    @cached_property
    def texts(self) -> list[TextPiece]:
        """Every piece of printable text of the issue, in reading order."""
        out: list[TextPiece] = []
        meta = self.issue.meta
        cover = meta.cover
        for i, line in enumerate(cover.lines):
            out.append(TextPiece(line, "cover-line", field=f"cover.lines[{i}]"))
        for name in ("slogan", "description", "credit"):
            if getattr(cover, name):
                out.append(TextPiece(getattr(cover, name), "meta", field=f"cover.{name}"))
        out.extend(self._colophon_texts())
        for page in self.issue.photo_pages:
            if page.title:
                out.append(TextPiece(page.title, "title", field=f"photo_page:{page.id}"))
            for fig in page.figures:
                out.extend(_figure_texts(fig, None, None))
        for section in self.issue.sections:
            if section.articles:      # an empty section is not printed
                out.append(TextPiece(section.name, "section", section=section.id))
        for art in self.articles:
            for kind, value in (("kicker", art.kicker), ("title", art.title),
                                ("subtitle", art.subtitle)):
                if value:
                    out.append(TextPiece(value, kind, article=art.id, field=kind))
            for i, block in enumerate(art.blocks):
                if isinstance(block, Figure):
                    out.extend(_figure_texts(block, art.id, i))
                    continue
                for label, txt in block_texts(block):
                    out.append(TextPiece(txt, label, article=art.id, block=i))
            if art.source:
                out.append(TextPiece(art.source, "source", article=art.id, field="source"))
        return out

    def _colophon_texts(self) -> list[TextPiece]:
        """The printed words of the colophon and the board (names, roles, address, printer …)."""
        meta = self.issue.meta
        out = []
        if meta.permit:
            out.append(TextPiece(meta.permit, "meta", field="permit"))
        for group, roles in (("publishers", meta.publishers), ("board", meta.board)):
            for i, role in enumerate(roles):
                for value in [role.role, role.note, *role.names]:
                    if value:
                        out.append(TextPiece(value, "meta", field=f"{group}[{i}]"))
        for name in ("printer", "distribution", "print_date", "cycle", "internal_marking"):
            value = getattr(meta, name)
            if value:
                out.append(TextPiece(value, "meta", field=name))
        if meta.contact.address:
            out.append(TextPiece(meta.contact.address, "meta", field="contact.address"))
        return out

    @cached_property
    def printed_texts(self) -> list[TextPiece]:
        """`texts`, and what only a printed copy holds beside them: the lines of its contents page
        and the cover lines repeated inside, where they read otherwise than the text they name.
        For the rules on how marks are printed; counting rules keep to `texts`, where each
        title stands once."""
        known = {p.text for p in self.texts}
        out = list(self.texts)
        for entry in self.issue.contents:
            # Whole, not line by line: a quote may open on one line of an entry and close on the next.
            if entry.title.strip() and not all(part in known for part in entry.title.split("\n")):
                out.append(TextPiece(entry.title, "contents", entry=entry.id))
        for k, imp in enumerate(self.issue.imprints):
            for i, line in enumerate(imp.lines):
                if line.strip() and line not in known:
                    out.append(TextPiece(line, "cover-line", field=f"imprints[{k}].lines[{i}]"))
        return out

    @cached_property
    def body_text(self) -> str:
        """All printable text joined, for rules that count over the whole issue."""
        return "\n".join(p.text for p in self.texts)


def _figure_texts(fig: Figure, article: str | None, block: int | None) -> list[TextPiece]:
    out = []
    if fig.caption:
        out.append(TextPiece(fig.caption, "caption", article, block, fig.id))
    if fig.credit:
        out.append(TextPiece(fig.credit, "credit", article, block, fig.id))
    return out

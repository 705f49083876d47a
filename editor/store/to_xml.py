"""The model written as the issue file's XML (format version 1). The reader is from_xml.py;
the schema both follow is resources/schema/issue-1.rng.

Rule of the format: text the office typed goes in element content (exact whitespace), numbers,
flags and ids in attributes; an optional value that is None is left out, so None and "" differ."""
from __future__ import annotations

from lxml import etree

from editor.model import (Article, ContentsEntry, ContentsReview, Figure, Imprint, Issue,
                          IssueMeta, JumpLine, Note, Paragraph, PhotoPage, Role, Section, Sidebar,
                          Subhead, Table)

from .migrate import CURRENT as FORMAT_VERSION
from .xmltext import NS, opt_text_el, q, set_attr, text_el


def _sub(parent, tag: str, **attrs) -> etree._Element:
    """A child element with attributes (keyword names with _ for -); None values left out."""
    el = etree.SubElement(parent, q(tag))
    for name, value in attrs.items():
        set_attr(el, name.replace("_", "-"), value)
    return el


def issue_to_element(issue: Issue) -> etree._Element:
    root = etree.Element(q("issue"), nsmap={None: NS})
    root.set("format", str(FORMAT_VERSION))
    _meta(root, issue.meta)
    sections = _sub(root, "sections")
    for section in issue.sections:
        _section(sections, section)
    pages = _sub(root, "photo-pages")
    for page in issue.photo_pages:
        _photo_page(pages, page)
    contents = _sub(root, "contents")
    for entry in issue.contents:
        _entry(contents, entry)
    imprints = _sub(root, "imprints")
    for imprint in issue.imprints:
        _imprint(imprints, imprint)
    if issue.review is not None:
        _review(root, issue.review)
    return root


def issue_to_xml(issue: Issue) -> bytes:
    """The issue file's bytes (UTF-8, indented). Does not validate; the store does before writing."""
    return element_bytes(issue_to_element(issue))


def element_bytes(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _meta(root, meta: IssueMeta) -> None:
    el = _sub(root, "meta", year=meta.year, number=meta.number, cumulative=meta.cumulative,
              print_run=meta.print_run)
    text_el(el, "title", meta.title)
    text_el(el, "layout", meta.layout)
    opt_text_el(el, "permit", meta.permit)
    opt_text_el(el, "internal-marking", meta.internal_marking)
    _roles(el, "publishers", meta.publishers)
    _roles(el, "board", meta.board)
    c = _sub(el, "contact")
    for name in ("address", "postcode", "phone", "fax", "website", "email"):
        opt_text_el(c, name, getattr(meta.contact, name))
    opt_text_el(el, "printer", meta.printer)
    opt_text_el(el, "print-date", meta.print_date)
    opt_text_el(el, "cycle", meta.cycle)
    opt_text_el(el, "distribution", meta.distribution)
    cover = _sub(el, "cover")
    opt_text_el(cover, "image", meta.cover.image)
    opt_text_el(cover, "description", meta.cover.description)
    opt_text_el(cover, "credit", meta.cover.credit)
    for line in meta.cover.lines:
        text_el(cover, "line", line)
    opt_text_el(cover, "slogan", meta.cover.slogan)
    if meta.previous is not None:
        _sub(el, "previous", year=meta.previous.year, number=meta.previous.number,
             cumulative=meta.previous.cumulative)


def _roles(parent, tag: str, roles: list[Role]) -> None:
    group = _sub(parent, tag)
    for role in roles:
        el = _sub(group, "role")
        text_el(el, "label", role.role)
        for name in role.names:
            text_el(el, "name", name)
        opt_text_el(el, "note", role.note)


def _section(parent, section: Section) -> None:
    el = _sub(parent, "section", id=section.id)
    text_el(el, "name", section.name)
    for article in section.articles:
        _article(el, article)


def _article(parent, art: Article) -> None:
    el = _sub(parent, "article", id=art.id, lead_mark=art.lead_mark, columns=art.columns)
    opt_text_el(el, "kicker", art.kicker)
    text_el(el, "title", art.title)
    opt_text_el(el, "subtitle", art.subtitle)
    opt_text_el(el, "short-title", art.short_title)
    opt_text_el(el, "source", art.source)
    p = art.placement
    if not p.is_default:
        _sub(el, "placement", start_page=p.start_page, continue_page=p.continue_page,
             break_after=p.break_after)
    body = _sub(el, "body")
    for block in art.blocks:
        _block(body, block)


def _block(parent, block) -> None:
    if isinstance(block, Paragraph):
        el = _sub(parent, "p")
        for run in block.runs:
            r = text_el(el, "r", run.text)
            if run.bold:
                r.set("bold", "true")
            if run.italic:
                r.set("italic", "true")
    elif isinstance(block, Subhead):
        text_el(parent, "subhead", block.text)
    elif isinstance(block, Figure):
        _figure(parent, block)
    elif isinstance(block, (Sidebar, Note)):
        el = _sub(parent, "sidebar" if isinstance(block, Sidebar) else "note")
        text_el(el, "label", block.label)
        text_el(el, "title", block.title)
        for inner in block.blocks:
            _block(el, inner)
    elif isinstance(block, Table):
        el = _sub(parent, "table", header_rows=block.header_rows)
        text_el(el, "title", block.title)
        for row in block.rows:
            row_el = _sub(el, "row")
            for cell in row:
                text_el(row_el, "cell", cell)
    elif isinstance(block, JumpLine):
        el = _sub(parent, "jump", page=block.page)
        text_el(el, "direction", block.direction)
    else:
        raise TypeError(f"not a block: {block!r}")


def _figure(parent, fig: Figure) -> None:
    el = _sub(parent, "figure", id=fig.id, group_end=fig.group_end, width_mm=fig.width_mm,
              height_mm=fig.height_mm)
    opt_text_el(el, "image", fig.image)
    text_el(el, "caption", fig.caption)
    opt_text_el(el, "credit", fig.credit)
    if fig.info is not None:
        info = _sub(el, "image-info", width_px=fig.info.width_px, height_px=fig.info.height_px,
                    dpi_x=fig.info.dpi_x, dpi_y=fig.info.dpi_y)
        text_el(info, "mode", fig.info.mode)
        opt_text_el(info, "icc", fig.info.icc)


def _photo_page(parent, page: PhotoPage) -> None:
    el = _sub(parent, "photo-page", id=page.id)
    text_el(el, "position", page.position)
    text_el(el, "title", page.title)
    for fig in page.figures:
        _figure(el, fig)


def _entry(parent, entry: ContentsEntry) -> None:
    el = _sub(parent, "entry", id=entry.id, page=entry.page, article=entry.article)
    text_el(el, "section", entry.section)
    text_el(el, "title", entry.title)


def _imprint(parent, imp: Imprint) -> None:
    el = _sub(parent, "imprint", year=imp.year, number=imp.number, cumulative=imp.cumulative)
    text_el(el, "place", imp.place)
    opt_text_el(el, "title", imp.title)
    for line in imp.lines:
        text_el(el, "line", line)


def _review(root, review: ContentsReview) -> None:
    el = _sub(root, "review")
    opt_text_el(el, "signed-by", review.signed_by)
    opt_text_el(el, "signed-at", review.signed_at)
    opt_text_el(el, "pages-signature", review.pages_signature)
    for item in review.items:
        it = _sub(el, "item", entry=item.entry, ticked=item.ticked)
        text_el(it, "comment", item.comment)

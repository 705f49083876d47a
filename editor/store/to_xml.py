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


def issue_to_element(issue: Issue) -> etree._Element:
    root = etree.Element(q("issue"), nsmap={None: NS})
    root.set("format", str(FORMAT_VERSION))
    _meta(root, issue.meta)
    sections = etree.SubElement(root, q("sections"))
    for section in issue.sections:
        _section(sections, section)
    pages = etree.SubElement(root, q("photo-pages"))
    for page in issue.photo_pages:
        _photo_page(pages, page)
    contents = etree.SubElement(root, q("contents"))
    for entry in issue.contents:
        _entry(contents, entry)
    imprints = etree.SubElement(root, q("imprints"))
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
    el = etree.SubElement(root, q("meta"))
    set_attr(el, "year", meta.year)
    set_attr(el, "number", meta.number)
    set_attr(el, "cumulative", meta.cumulative)
    set_attr(el, "print-run", meta.print_run)
    text_el(el, "title", meta.title)
    text_el(el, "layout", meta.layout)
    opt_text_el(el, "permit", meta.permit)
    opt_text_el(el, "internal-marking", meta.internal_marking)
    _roles(el, "publishers", meta.publishers)
    _roles(el, "board", meta.board)
    c = etree.SubElement(el, q("contact"))
    for name in ("address", "postcode", "phone", "fax", "website", "email"):
        opt_text_el(c, name, getattr(meta.contact, name))
    opt_text_el(el, "printer", meta.printer)
    opt_text_el(el, "print-date", meta.print_date)
    opt_text_el(el, "cycle", meta.cycle)
    opt_text_el(el, "distribution", meta.distribution)
    cover = etree.SubElement(el, q("cover"))
    opt_text_el(cover, "image", meta.cover.image)
    opt_text_el(cover, "description", meta.cover.description)
    opt_text_el(cover, "credit", meta.cover.credit)
    for line in meta.cover.lines:
        text_el(cover, "line", line)
    opt_text_el(cover, "slogan", meta.cover.slogan)
    if meta.previous is not None:
        prev = etree.SubElement(el, q("previous"))
        set_attr(prev, "year", meta.previous.year)
        set_attr(prev, "number", meta.previous.number)
        set_attr(prev, "cumulative", meta.previous.cumulative)


def _roles(parent, tag: str, roles: list[Role]) -> None:
    group = etree.SubElement(parent, q(tag))
    for role in roles:
        el = etree.SubElement(group, q("role"))
        text_el(el, "label", role.role)
        for name in role.names:
            text_el(el, "name", name)
        opt_text_el(el, "note", role.note)


def _section(parent, section: Section) -> None:
    el = etree.SubElement(parent, q("section"))
    set_attr(el, "id", section.id)
    text_el(el, "name", section.name)
    for article in section.articles:
        _article(el, article)


def _article(parent, art: Article) -> None:
    el = etree.SubElement(parent, q("article"))
    set_attr(el, "id", art.id)
    set_attr(el, "lead-mark", art.lead_mark)
    set_attr(el, "columns", art.columns)
    opt_text_el(el, "kicker", art.kicker)
    text_el(el, "title", art.title)
    opt_text_el(el, "subtitle", art.subtitle)
    opt_text_el(el, "short-title", art.short_title)
    opt_text_el(el, "source", art.source)
    p = art.placement
    if not p.is_default:
        pl = etree.SubElement(el, q("placement"))
        set_attr(pl, "start-page", p.start_page)
        set_attr(pl, "continue-page", p.continue_page)
        set_attr(pl, "break-after", p.break_after)
    body = etree.SubElement(el, q("body"))
    for block in art.blocks:
        _block(body, block)


def _block(parent, block) -> None:
    if isinstance(block, Paragraph):
        el = etree.SubElement(parent, q("p"))
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
        el = etree.SubElement(parent, q("sidebar" if isinstance(block, Sidebar) else "note"))
        text_el(el, "label", block.label)
        text_el(el, "title", block.title)
        for inner in block.blocks:
            _block(el, inner)
    elif isinstance(block, Table):
        el = etree.SubElement(parent, q("table"))
        set_attr(el, "header-rows", block.header_rows)
        text_el(el, "title", block.title)
        for row in block.rows:
            row_el = etree.SubElement(el, q("row"))
            for cell in row:
                text_el(row_el, "cell", cell)
    elif isinstance(block, JumpLine):
        el = etree.SubElement(parent, q("jump"))
        set_attr(el, "page", block.page)
        text_el(el, "direction", block.direction)
    else:
        raise TypeError(f"not a block: {block!r}")


def _figure(parent, fig: Figure) -> None:
    el = etree.SubElement(parent, q("figure"))
    set_attr(el, "id", fig.id)
    set_attr(el, "group-end", fig.group_end)
    set_attr(el, "width-mm", fig.width_mm)
    set_attr(el, "height-mm", fig.height_mm)
    opt_text_el(el, "image", fig.image)
    text_el(el, "caption", fig.caption)
    opt_text_el(el, "credit", fig.credit)
    if fig.info is not None:
        info = etree.SubElement(el, q("image-info"))
        set_attr(info, "width-px", fig.info.width_px)
        set_attr(info, "height-px", fig.info.height_px)
        set_attr(info, "dpi-x", fig.info.dpi_x)
        set_attr(info, "dpi-y", fig.info.dpi_y)
        text_el(info, "mode", fig.info.mode)
        opt_text_el(info, "icc", fig.info.icc)


def _photo_page(parent, page: PhotoPage) -> None:
    el = etree.SubElement(parent, q("photo-page"))
    set_attr(el, "id", page.id)
    text_el(el, "position", page.position)
    text_el(el, "title", page.title)
    for fig in page.figures:
        _figure(el, fig)


def _entry(parent, entry: ContentsEntry) -> None:
    el = etree.SubElement(parent, q("entry"))
    set_attr(el, "id", entry.id)
    set_attr(el, "page", entry.page)
    set_attr(el, "article", entry.article)
    text_el(el, "section", entry.section)
    text_el(el, "title", entry.title)


def _imprint(parent, imp: Imprint) -> None:
    el = etree.SubElement(parent, q("imprint"))
    set_attr(el, "year", imp.year)
    set_attr(el, "number", imp.number)
    set_attr(el, "cumulative", imp.cumulative)
    text_el(el, "place", imp.place)
    opt_text_el(el, "title", imp.title)
    for line in imp.lines:
        text_el(el, "line", line)


def _review(root, review: ContentsReview) -> None:
    el = etree.SubElement(root, q("review"))
    opt_text_el(el, "signed-by", review.signed_by)
    opt_text_el(el, "signed-at", review.signed_at)
    opt_text_el(el, "pages-signature", review.pages_signature)
    for item in review.items:
        it = etree.SubElement(el, q("item"))
        set_attr(it, "entry", item.entry)
        set_attr(it, "ticked", item.ticked)
        text_el(it, "comment", item.comment)

"""The issue file's XML read back into the model. Runs on a tree that already passed the
schema (safe_parse.py), so it trusts the structure and only converts values."""
from __future__ import annotations

from editor.model import (Article, Contact, ContentsEntry, ContentsReview, Cover, Figure,
                          ImageInfo, Imprint, Issue, IssueMeta, JumpLine, Note, Paragraph,
                          PhotoPage, Placement, PreviousIssue, ReviewItem, Role, Run, Section,
                          Sidebar, Subhead, Table)

from lxml import etree

from .xmltext import attr_bool, attr_float, attr_int, el_text, local, q


def _children(el, tag: str | None = None):
    """The child elements, or those named `tag`: lxml picks them in C (etree.Element: every
    element, no comment or PI). The schema admits elements of our namespace only."""
    return list(el.iterchildren(q(tag) if tag else etree.Element))


def _child(el, tag: str):
    return next(el.iterchildren(q(tag)), None)


def _text(el, tag: str) -> str:
    child = _child(el, tag)
    return "" if child is None else el_text(child)


def _opt_text(el, tag: str) -> str | None:
    child = _child(el, tag)
    return None if child is None else el_text(child)


def _texts(el, tag: str) -> list[str]:
    return [el_text(c) for c in _children(el, tag)]


def element_to_issue(root) -> Issue:
    review_el = _child(root, "review")
    return Issue(
        meta=_meta(_child(root, "meta")),
        sections=[_section(s) for s in _children(_child(root, "sections"), "section")],
        photo_pages=[_photo_page(p) for p in _children(_child(root, "photo-pages"), "photo-page")],
        contents=[_entry(e) for e in _children(_child(root, "contents"), "entry")],
        imprints=[_imprint(i) for i in _children(_child(root, "imprints"), "imprint")],
        review=None if review_el is None else _review(review_el),
    )


def _meta(el) -> IssueMeta:
    c = _child(el, "contact")
    cover = _child(el, "cover")
    prev = _child(el, "previous")
    return IssueMeta(
        title=_text(el, "title"), year=attr_int(el, "year"), number=attr_int(el, "number"),
        cumulative=attr_int(el, "cumulative"), permit=_opt_text(el, "permit"),
        internal_marking=_opt_text(el, "internal-marking"),
        publishers=_roles(_child(el, "publishers")), board=_roles(_child(el, "board")),
        contact=Contact(**{name: _opt_text(c, name) for name in
                           ("address", "postcode", "phone", "fax", "website", "email")}),
        printer=_opt_text(el, "printer"), print_run=attr_int(el, "print-run"),
        print_date=_opt_text(el, "print-date"), cycle=_opt_text(el, "cycle"),
        distribution=_opt_text(el, "distribution"),
        cover=Cover(image=_opt_text(cover, "image"), description=_opt_text(cover, "description"),
                    credit=_opt_text(cover, "credit"), lines=_texts(cover, "line"),
                    slogan=_opt_text(cover, "slogan")),
        layout=_text(el, "layout"),
        previous=None if prev is None else PreviousIssue(
            attr_int(prev, "year"), attr_int(prev, "number"), attr_int(prev, "cumulative")),
    )


def _roles(el) -> list[Role]:
    return [Role(role=_text(r, "label"), names=_texts(r, "name"), note=_opt_text(r, "note"))
            for r in _children(el, "role")]


def _section(el) -> Section:
    return Section(id=el.get("id"), name=_text(el, "name"),
                   articles=[_article(a) for a in _children(el, "article")])


def _article(el) -> Article:
    pl = _child(el, "placement")
    placement = Placement() if pl is None else Placement(
        attr_int(pl, "start-page"), attr_int(pl, "continue-page"), attr_int(pl, "break-after"))
    return Article(
        id=el.get("id"), title=_text(el, "title"), kicker=_opt_text(el, "kicker"),
        subtitle=_opt_text(el, "subtitle"), short_title=_opt_text(el, "short-title"),
        source=_opt_text(el, "source"), lead_mark=attr_bool(el, "lead-mark"),
        columns=attr_int(el, "columns"), placement=placement,
        blocks=[_block(b) for b in _children(_child(el, "body"))],
    )


def _block(el):
    kind = local(el.tag)
    if kind == "p":
        return Paragraph([Run(el_text(r), bold=attr_bool(r, "bold"), italic=attr_bool(r, "italic"))
                          for r in _children(el, "r")])
    if kind == "subhead":
        return Subhead(el_text(el))
    if kind == "figure":
        return _figure(el)
    if kind in ("sidebar", "note"):
        inner = [_block(b) for b in _children(el) if local(b.tag) in ("p", "subhead")]
        cls = Sidebar if kind == "sidebar" else Note
        return cls(title=_text(el, "title"), blocks=inner, label=_text(el, "label"))
    if kind == "table":
        return Table(rows=[_texts(r, "cell") for r in _children(el, "row")],
                     header_rows=attr_int(el, "header-rows"), title=_text(el, "title"))
    if kind == "jump":
        return JumpLine(direction=_text(el, "direction"), page=attr_int(el, "page"))
    raise ValueError(f"unknown block <{kind}>")   # the schema keeps this from happening


def _figure(el) -> Figure:
    info = _child(el, "image-info")
    return Figure(
        id=el.get("id"), image=_opt_text(el, "image"), caption=_text(el, "caption"),
        credit=_opt_text(el, "credit"), group_end=attr_bool(el, "group-end"),
        width_mm=attr_float(el, "width-mm"), height_mm=attr_float(el, "height-mm"),
        info=None if info is None else ImageInfo(
            width_px=attr_int(info, "width-px"), height_px=attr_int(info, "height-px"),
            dpi_x=attr_float(info, "dpi-x"), dpi_y=attr_float(info, "dpi-y"),
            mode=_text(info, "mode"), icc=_opt_text(info, "icc")),
    )


def _photo_page(el) -> PhotoPage:
    return PhotoPage(id=el.get("id"), title=_text(el, "title"), position=_text(el, "position"),
                     figures=[_figure(f) for f in _children(el, "figure")])


def _entry(el) -> ContentsEntry:
    return ContentsEntry(id=el.get("id"), section=_text(el, "section"), title=_text(el, "title"),
                         page=attr_int(el, "page"), article=el.get("article"))


def _imprint(el) -> Imprint:
    return Imprint(place=_text(el, "place"), title=_opt_text(el, "title"),
                   year=attr_int(el, "year"), number=attr_int(el, "number"),
                   cumulative=attr_int(el, "cumulative"), lines=_texts(el, "line"))


def _review(el) -> ContentsReview:
    return ContentsReview(
        items=[ReviewItem(entry=i.get("entry"), ticked=attr_bool(i, "ticked"),
                          comment=_text(i, "comment")) for i in _children(el, "item")],
        signed_by=_opt_text(el, "signed-by"), signed_at=_opt_text(el, "signed-at"),
        pages_signature=_opt_text(el, "pages-signature"))

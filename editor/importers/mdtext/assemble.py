"""Putting the pieces together: front matter, contents page, articles by their contents entries,
continuations to their owners, and the report of what found no place."""
from __future__ import annotations

from editor.errors import UserError
from editor.model import Article, Issue, IssueMeta, Section

from .anchors import Anchor, find_anchors
from .body import jump_of, read_body
from .captions import FigureIds
from .contentspage import ContentsPage, is_contents_heading, read_contents_page
from .frontmatter import read_front_matter
from .jumps import Candidate, Continuation, place_continuation
from .reader import Unit, split_lines, units_of
from .result import ImportResult, Unplaced


def build_issue(text: str, name: str = "") -> ImportResult:
    units = units_of(split_lines(text))
    start = next((k for k, u in enumerate(units) if is_contents_heading(u)), None)
    if not units or start is None:
        raise UserError("这不像一期杂志：找不到目录（“目录”或 CONTENTS 标题）：{name}",
                        "This does not look like a magazine issue: no contents heading (目录 / CONTENTS): {name}",
                        name=name)
    meta = IssueMeta()
    page = read_contents_page(units, start, meta)
    if not page.entries:
        raise UserError("这不像一期杂志：目录中没有任何条目：{name}",
                        "This does not look like a magazine issue: the contents list nothing: {name}", name=name)
    ids = FigureIds()
    front = read_front_matter(units[:start], meta, page.entries, ids)
    unplaced = front.unplaced + page.unplaced
    issue = Issue(meta=meta, photo_pages=front.photo_pages, contents=page.entries, imprints=front.imprints)
    body_units = units[page.end:]
    anchors = find_anchors(body_units, page.entries)
    unplaced += _before_first(body_units, anchors)
    _build_articles(issue, page, body_units, anchors, ids, unplaced)
    for entry in page.entries:
        if entry.article is None:
            unplaced.append(Unplaced(page.entry_lines[entry.id], entry.title.replace("\n", " "),
                                     "目录条目找不到对应的文章"))
    unplaced.sort(key=lambda u: u.line)
    return ImportResult(issue=issue, unplaced=unplaced)


def _before_first(units: list[Unit], anchors: list[Anchor]) -> list[Unplaced]:
    stop = anchors[0].first if anchors else len(units)
    return [Unplaced(line.number, line.text, "正文前的文字，不属于任何文章")
            for u in units[:stop] for line in u.lines]


def _sections(issue: Issue, page: ContentsPage) -> dict[str, Section]:
    names = list(page.sections)
    for entry in page.entries:
        if entry.section not in names:
            names.append(entry.section)
    by_name = {}
    for n, name in enumerate(names, start=1):
        by_name[name] = Section(id=f"s{n:02d}", name=name or "（未分栏）")
        issue.sections.append(by_name[name])
    return by_name


def _build_articles(issue: Issue, page: ContentsPage, units: list[Unit], anchors: list[Anchor],
                    ids: FigureIds, unplaced: list[Unplaced]) -> None:
    sections = _sections(issue, page)
    order = {e.id: n for n, e in enumerate(page.entries)}
    by_entry: dict[str, Article] = {}
    # Article ids follow the contents; figure ids follow the file, so bodies are read in file order.
    numbered = {a.entry.id: f"a{k:02d}" for k, a in
                enumerate(sorted(anchors, key=lambda a: order[a.entry.id]), start=1)}
    continuations: list[Continuation] = []
    candidates: list[Candidate] = []
    for n, anchor in enumerate(anchors):
        stop = anchors[n + 1].first if n + 1 < len(anchors) else len(units)
        segment = units[anchor.stop:stop]
        cut = next((k for k, u in enumerate(segment) if (j := jump_of(u)) and j.direction == "from"), None)
        own = segment if cut is None else segment[:cut]
        body = read_body(own, ids)
        article = Article(id=numbered[anchor.entry.id], title=anchor.title, kicker=anchor.kicker,
                          subtitle=anchor.subtitle, source=body.source, lead_mark=body.lead_mark,
                          blocks=body.blocks)
        unplaced.extend(body.unplaced)
        anchor.entry.article = article.id
        by_entry[anchor.entry.id] = article
        next_page = anchors[n + 1].entry.page if n + 1 < len(anchors) else None
        here = anchor.entry.page or 0
        candidates.append(Candidate(article, (here, next_page if next_page is not None else here)))
        if cut is not None:
            rest = segment[cut:]
            continuations.append(Continuation(
                read_body(rest, ids, continuation=True), rest[0].number,
                (here, next_page if next_page is not None else here + 4),
                [(line.number, line.text) for u in rest for line in u.lines]))
    for cont in continuations:
        if place_continuation(cont, candidates) is None:
            unplaced.extend(Unplaced(num, text, "续文（上接）找不到转出的文章") for num, text in cont.text_lines)
        else:
            unplaced.extend(cont.body.unplaced)
    for entry in page.entries:
        if entry.id in by_entry:
            sections[entry.section].articles.append(by_entry[entry.id])

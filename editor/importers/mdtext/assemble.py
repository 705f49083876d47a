"""Putting the pieces together: front matter, contents page, articles by their contents entries,
continuations to their owners, and the report of what found no place."""
from __future__ import annotations

from editor.errors import UserError
from editor.i18n import t
from editor.model import Article, Issue, IssueMeta, Section

from .anchors import Anchor, find_anchors, unlisted_starts
from .body import JUMP, jump_of, read_body
from .colophon import colophon_field
from .captions import FigureIds
from .contentspage import ContentsPage, is_contents_heading, read_contents_page
from .frontmatter import photo_page, photo_page_end, read_front_matter
from .furniture import strip_furniture
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
    result = ImportResult(Issue(meta=meta, photo_pages=front.photo_pages, contents=page.entries,
                                imprints=front.imprints))
    result.unplaced += front.unplaced + page.unplaced
    body_units, heads, folios = strip_furniture(units[page.end:], meta.title)
    result.issue.imprints += heads
    result.unplaced += folios
    anchors = find_anchors(body_units, page.entries)
    body_units = _back_photo_pages(result.issue, body_units, anchors, ids)
    anchors = sorted(anchors + unlisted_starts(body_units, anchors), key=lambda a: a.first)
    result.unplaced += _before_first(body_units, anchors)
    _build_articles(result, page, body_units, anchors, ids)
    for entry in page.entries:
        if entry.article is None:
            result.unplaced.append(Unplaced(page.entry_lines[entry.id], entry.title.replace("\n", " "),
                                            "目录条目找不到对应的文章"))
    result.unplaced.sort(key=lambda u: u.line)
    result.notes += _half_width_in_structure(units)
    return result


def _half_width_in_structure(units: list[Unit]) -> list[str]:
    """Half-width marks printed where the model keeps no text (a jump line, a field's label):
    the checks cannot see them, so the import says so."""
    notes = []
    for line in (line for u in units for line in u.lines):
        text = line.text.strip()
        if JUMP.match(text) and any(ch in text for ch in "()"):
            what = t("转页行", "jump line")
        elif ":" in text.split("：")[0][:12] and colophon_field(IssueMeta(), text):
            what = t("版权信息的标签", "colophon label")
        else:
            continue
        notes.append(t("第{line}行：{what}“{text}”用了半角标点；排版时按全角重排，检查看不到这一处",
                       "line {line}: the {what} “{text}” has half-width marks; the layout sets them "
                       "full-width, the checks do not see them", line=line.number, what=what, text=text))
    return notes


def _back_photo_pages(issue: Issue, units: list[Unit], anchors: list[Anchor], ids: FigureIds) -> list[Unit]:
    """Photo pages after the last article (封三, 封底): a top-level heading with nothing but captions
    after it to the end of the file, or to the next such page. Returns the units without them."""
    last = max((a.stop for a in anchors), default=0)
    starts = []
    i = len(units) - 1
    end = len(units)
    while i >= last:
        if units[i].level == 1 and photo_page_end(units, i) == end:
            starts.insert(0, (i, end))
            end = i
        i -= 1
    positions = ["inside-back", "back"] if len(starts) > 1 else ["inside-back"]
    for k, (begin, stop) in enumerate(starts):
        position = positions[min(k, len(positions) - 1)]
        issue.photo_pages.append(photo_page(units[begin:stop], f"p{len(issue.photo_pages) + 1:02d}",
                                            ids, position))
    return units[:starts[0][0]] if starts else units


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


def _article_ids(page: ContentsPage, anchors: list[Anchor]) -> dict[int, str]:
    """Listed articles are numbered in contents order, unlisted ones after them in file order."""
    order = {e.id: n for n, e in enumerate(page.entries)}
    listed = sorted((a for a in anchors if a.entry), key=lambda a: order[a.entry.id])
    unlisted = [a for a in anchors if a.entry is None]
    return {id(a): f"a{k:02d}" for k, a in enumerate(listed + unlisted, start=1)}


def _build_articles(result: ImportResult, page: ContentsPage, units: list[Unit], anchors: list[Anchor],
                    ids: FigureIds) -> None:
    issue = result.issue
    sections = _sections(issue, page)
    numbered = _article_ids(page, anchors)
    continuations: list[Continuation] = []
    candidates: list[Candidate] = []
    placed: list[tuple[Anchor, Article]] = []
    here = 0
    for n, anchor in enumerate(anchors):
        stop = anchors[n + 1].first if n + 1 < len(anchors) else len(units)
        segment = units[anchor.stop:stop]
        cut = next((k for k, u in enumerate(segment) if (j := jump_of(u)) and j.direction == "from"), None)
        body = read_body(segment if cut is None else segment[:cut], ids)
        article = Article(id=numbered[id(anchor)], title=anchor.title, kicker=anchor.kicker,
                          subtitle=anchor.subtitle, source=body.source, lead_mark=body.lead_mark,
                          blocks=body.blocks)
        result.unplaced += body.unplaced
        placed.append((anchor, article))
        here = anchor.entry.page if anchor.entry and anchor.entry.page is not None else here
        later = next((a.entry.page for a in anchors[n + 1:] if a.entry and a.entry.page is not None), None)
        candidates.append(Candidate(article, (here, later if later is not None else here)))
        if cut is not None:
            rest = segment[cut:]
            continuations.append(Continuation(
                read_body(rest, ids, continuation=True), rest[0].number,
                (here, later if later is not None else here + 4),
                [(line.number, line.text) for u in rest for line in u.lines]))
    for cont in continuations:
        if place_continuation(cont, candidates) is None:
            result.unplaced += [Unplaced(num, text, "续文（上接）找不到转出的文章") for num, text in cont.text_lines]
        else:
            result.unplaced += cont.body.unplaced
    _file_articles(result, sections, page, placed, units)


def _file_articles(result: ImportResult, sections: dict[str, Section], page: ContentsPage,
                   placed: list[tuple[Anchor, Article]], units: list[Unit]) -> None:
    """Listed articles go to their entry's section in contents order; an unlisted one follows the
    article it stands after in the file."""
    by_entry = {a.entry.id: art for a, art in placed if a.entry}
    for entry in page.entries:
        if entry.id in by_entry:
            entry.article = by_entry[entry.id].id
            sections[entry.section].articles.append(by_entry[entry.id])
    previous = None
    for anchor, article in placed:
        if anchor.entry is not None:
            previous = article
            continue
        section = result.issue.section_of(previous.id) if previous else result.issue.sections[0]
        at = section.articles.index(previous) + 1 if previous in section.articles else len(section.articles)
        section.articles.insert(at, article)
        previous = article
        result.notes.append(t("第{line}行：文章“{title}”不在目录中，已放入栏目“{section}”",
                              "line {line}: the article “{title}” is not in the contents; put in section “{section}”",
                              line=units[anchor.first].number, title=article.title, section=section.name))

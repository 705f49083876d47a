"""Rules on the contents page: entries against the articles they announce."""
from __future__ import annotations

import bisect

from editor.i18n import t

from .fold import describe_difference, fold, short
from .registry import finding, rule
from .titles import best_headline, headline_forms


def _name(section: str | None) -> str:
    return fold(section).lstrip("■")


def _entry_text(title: str) -> str:
    """A contents entry's text on one line, short enough for a message."""
    return short(title.replace("\n", " "), 30)


@rule("TOC-PAGE", "error", "contents",
      title=("目录页码与文章起始页不符", "Contents page differs from the article's first page"),
      explain=("目录中每个条目的页码必须是文章真正开始的那一页。排版后与实际页面比对；对印刷版导入的期刊，"
               "依据印出的目录页码和文章在刊中的先后次序判断：一篇文章的页码若比它前面的文章还小、"
               "或比它后面的文章还大，必有一处印错。改正目录页码，或调整文章位置。",
               "Every contents entry must give the page where its article really starts. With the "
               "laid-out pages it is compared with them; on an issue imported from print, with the "
               "printed page numbers and the order of the articles in the issue: an article whose page "
               "is below the one before it or above the one after it was misprinted. Correct the "
               "number, or move the article."))
def toc_page(ctx):
    pm = ctx.pagemap
    if pm is not None:
        yield from _against_layout(ctx, pm)
    if ctx.from_print:
        yield from _printed_sequence(ctx)


def _against_layout(ctx, pm):
    """The contents our layout prints (or the page numbers set in the issue) against the pages
    where the layout starts each article."""
    if pm.contents:
        lines = [(c.entry, c.article, c.title, c.folio) for c in pm.contents]
    elif not ctx.from_print:
        lines = [(e.id, e.article, e.title, e.page) for e in ctx.issue.contents]
    else:
        return     # printed numbers speak of the printed issue, not of our pages
    for entry, article, title, printed in lines:
        start = pm.start_folio(article) if article else None
        if printed is not None and start is not None and printed != start:
            yield finding("TOC-PAGE", t(
                "目录“{title}”印第{printed}页，文章从第{start}页开始",
                "Contents “{title}” says page {printed}, the article starts on page {start}",
                title=_entry_text(title), printed=printed, start=start),
                entry=entry, article=article, page=printed, data={"printed": printed, "start": start})


def _printed_sequence(ctx):
    """The articles stand in the issue in print order, so their printed pages never go down.
    The entries outside the longest non-decreasing run are the misprints."""
    seq = [(a.id, ctx.printed_page(a.id)) for a in ctx.articles]
    seq = [(aid, p) for aid, p in seq if p is not None]
    if len(seq) < 3:
        return
    keep = _longest_non_decreasing([p for _, p in seq])
    for i, (aid, page) in enumerate(seq):
        if i in keep:
            continue
        before = max((seq[j][1] for j in keep if j < i), default=None)
        after = min((seq[j][1] for j in keep if j > i), default=None)
        entry = ctx.entries_by_article[aid][0]
        yield finding("TOC-PAGE", t(
            "目录“{title}”印第{page}页，但这篇文章排在第{lo}页与第{hi}页的文章之间",
            "Contents “{title}” says page {page}, but the article stands between the articles of "
            "pages {lo} and {hi}", title=_entry_text(entry.title), page=page,
            lo=before if before is not None else "—", hi=after if after is not None else "—"),
            entry=entry.id, article=aid, page=page, data={"printed": page, "between": [before, after]})


def _longest_non_decreasing(values: list) -> set[int]:
    """Indexes of one longest non-decreasing subsequence (patience sorting, O(n log n))."""
    tails: list = []             # tails[k]: value ending the best run of length k+1
    tail_idx: list[int] = []
    prev = [-1] * len(values)
    for i, v in enumerate(values):
        k = bisect.bisect_right(tails, v)
        if k == len(tails):
            tails.append(v)
            tail_idx.append(i)
        else:
            tails[k], tail_idx[k] = v, i
        prev[i] = tail_idx[k - 1] if k else -1
    out, i = set(), tail_idx[-1] if tail_idx else -1
    while i >= 0:
        out.add(i)
        i = prev[i]
    return out


@rule("TOC-TITLE", "warning", "contents",
      title=("目录文字与文章标题不一致", "Contents text differs from the article's title"),
      explain=("目录条目的文字应与文章标题一致（可带引题或副题）。比较时不计空格、换行，全角与半角视为相同。"
               "如有意让目录用短标题，请在文章上设置“目录标题”。",
               "A contents entry should read as the article's title (its kicker or subtitle may "
               "come with it). Spaces, line breaks and full-width/half-width forms do not count. "
               "If the contents should read differently on purpose, set the article's short title."))
def toc_title(ctx):
    for e in ctx.issue.contents:
        art = ctx.article_by_id.get(e.article) if e.article else None
        if art is None:
            continue
        printed = fold(e.title)
        if printed in headline_forms(art):
            continue
        _, _, closest = best_headline(e.title, [art])
        yield finding("TOC-TITLE", t(
            "目录“{entry}”与标题“{title}”不一致：{diff}", "Contents “{entry}” differs from the title “{title}”: {diff}",
            entry=_entry_text(e.title), title=short(art.title, 30),
            diff=describe_difference(printed, closest, ("目录", "the contents"))),
            entry=e.id, article=art.id, data={"printed": e.title, "title": art.title})


def _unlisted(ctx) -> list:
    """Articles the contents leave out. Our layout gives every article a line (the entries only
    set its text), so only a laid-out contents or a printed one (an issue imported from print)
    can leave one out."""
    if ctx.pagemap is not None and ctx.pagemap.contents:
        listed = {c.article for c in ctx.pagemap.contents if c.article}
    elif ctx.from_print and ctx.issue.contents:
        listed = {e.article for e in ctx.issue.contents if e.article}
    else:
        return []
    return [a for a in ctx.articles if a.id not in listed]


def _orphans(ctx) -> list:
    return [e for e in ctx.issue.contents if not e.article or e.article not in ctx.article_by_id]


def _orphan_matches(ctx) -> dict:
    """orphan entry id -> the unlisted article it most likely announces (same headline, near)."""
    unlisted = _unlisted(ctx)
    out = {}
    for e in _orphans(ctx):
        score, art, _ = best_headline(e.title, unlisted)
        if art is not None and score >= 0.6:
            out[e.id] = art
    return out


@rule("TOC-MISSING", "error", "contents",
      title=("文章未列入目录", "Article left out of the contents"),
      explain=("每篇文章都应在目录中有一条（“链接”“附注”等随文框不列）。在目录中为它加一条，或把它并入别的文章。",
               "Every article needs a contents entry (sidebars and notes are not listed). Add an "
               "entry, or fold the text into another article."))
def toc_missing(ctx):
    matched = {a.id for a in _orphan_matches(ctx).values()}
    for art in _unlisted(ctx):
        if art.id in matched:
            continue     # reported once, as the entry that lost its link (TOC-ORPHAN)
        yield finding("TOC-MISSING", t("文章“{title}”不在目录中", "The article “{title}” is not in the contents",
                                       title=short(art.title, 30)),
                      article=art.id, section=ctx.section_of.get(art.id))


@rule("TOC-ORPHAN", "error", "contents",
      title=("目录条目找不到文章", "Contents entry with no article"),
      explain=("目录中的条目必须对应刊内一篇文章。文章已删除或改了标题时，删去或改正该条目，并把它连到文章上。",
               "Every contents entry must announce an article of the issue. If the article was "
               "removed or renamed, delete or correct the entry and link it to its article."))
def toc_orphan(ctx):
    matches = _orphan_matches(ctx)
    for e in _orphans(ctx):
        art = matches.get(e.id)
        if art is not None:
            msg = t("目录“{entry}”没有连到文章；可能是“{title}”（标题不完全相同）",
                    "Contents “{entry}” is linked to no article; probably “{title}” (the titles differ)",
                    entry=_entry_text(e.title), title=short(art.title, 30))
        else:
            msg = t("目录“{entry}”在刊中找不到对应的文章", "Contents “{entry}” announces no article of the issue",
                    entry=_entry_text(e.title))
        yield finding("TOC-ORPHAN", msg, entry=e.id, page=e.page,
                      article=art.id if art is not None else None)


@rule("TOC-ORDER", "warning", "contents",
      title=("目录次序不对", "Contents out of order"),
      explain=("目录按栏目次序排列，栏目内按页码由小到大。把条目移到它所属栏目的位置，或改正页码。",
               "The contents follow the order of the sections and, within them, the page order. "
               "Move the entry to its section, or correct its page."))
def toc_order(ctx):
    """The entries outside the longest run in (section, page) order are the misplaced ones.
    Judged on the printed contents, or on the laid-out one; the entries of an issue made here
    only give text, the layout puts the lines in order itself."""
    if ctx.from_print:
        lines = [(e.id, e.section, e.title, e.page) for e in ctx.issue.contents]
    elif ctx.pagemap is not None:
        lines = [(c.entry, c.section, c.title, c.folio) for c in ctx.pagemap.contents]
    else:
        return
    order = {_name(s.name): i for i, s in enumerate(ctx.issue.sections)}
    keys, sec, page = [], 0, 0
    for _, section, _, printed in lines:
        sec = order.get(_name(section), sec)
        page = printed if printed is not None else page
        keys.append((sec, page))
    keep = _longest_non_decreasing(keys)
    for i, (entry, section, title, printed) in enumerate(lines):
        if i in keep:
            continue
        prev = max((j for j in keep if j < i), default=None)
        text = _entry_text(title)
        if prev is not None and keys[i][0] < keys[prev][0]:
            msg = t("目录“{entry}”属栏目“{sec}”，却排在栏目“{prev}”之后",
                    "Contents “{entry}” of section “{sec}” comes after section “{prev}”",
                    entry=text, sec=section, prev=lines[prev][1])
        else:
            msg = t("目录“{entry}”（{sec}，第{page}页）不在栏目次序或页码次序上",
                    "Contents “{entry}” ({sec}, page {page}) is out of section or page order",
                    entry=text, sec=section, page=printed)
        yield finding("TOC-ORDER", msg, entry=entry, page=printed)


@rule("SECTION-EMPTY", "warning", "contents",
      title=("栏目本期无文章", "Section with no article"),
      explain=("本期这个栏目没有文章，目录中会略去它。若是有意的，可忽略；否则补上文章或删去栏目。",
               "The section has no article this issue and will be left out of the contents. "
               "Ignore this if it is meant; otherwise add an article or remove the section."))
def section_empty(ctx):
    for s in ctx.issue.sections:
        if not s.articles:
            yield finding("SECTION-EMPTY", t("栏目“{name}”本期没有文章", "Section “{name}” has no article this issue",
                                             name=s.name), section=s.id)


@rule("TOC-REVIEW", "info", "contents",
      title=("目录尚未校对签字", "Contents not signed off"),
      explain=("付印前，校对应逐条核对目录（页码与标题），勾选每一条并签字。在“目录校对”中完成核对并签字。",
               "Before printing, a proofreader checks every contents entry (page and title), ticks "
               "it and signs the contents off. Do it in the contents review."))
def toc_review(ctx):
    if not ctx.issue.contents:
        return
    review = ctx.issue.review
    if review is None or not review.signed_by:
        yield finding("TOC-REVIEW", t("目录尚未经校对签字", "Nobody has signed the contents off yet"))
        return
    ticked = {item.entry for item in review.items if item.ticked}
    open_entries = [e for e in ctx.issue.contents if e.id not in ticked]
    if open_entries:
        yield finding("TOC-REVIEW", t("目录已签字，但有 {n} 条未勾选（如“{entry}”）",
                                      "The contents are signed off, but {n} entries are not ticked (e.g. “{entry}”)",
                                      n=len(open_entries), entry=_entry_text(open_entries[0].title)),
                      entry=open_entries[0].id)

"""Rules on jump lines (转页): ■（下转第N页） at the end of a part, ■（上接第M页） where it goes on."""
from __future__ import annotations

from editor.i18n import t
from editor.model import JumpLine

from .fold import short
from .registry import finding, rule


def _jump_pairs(art):
    """[(to_index, to_line, from_index, from_line)], either side None when it has no partner."""
    pairs, pending = [], None
    for i, b in enumerate(art.blocks):
        if not isinstance(b, JumpLine):
            continue
        if b.direction == "to":
            if pending is not None:
                pairs.append((*pending, None, None))
            pending = (i, b)
        else:
            pairs.append((*(pending or (None, None)), i, b))
            pending = None
    if pending is not None:
        pairs.append((*pending, None, None))
    return pairs


# How many pages the last article of the contents may run to, continuations included.
_LAST_ARTICLE_PAGES = 4


def _next_start(ctx, page: int) -> int | None:
    """The lowest printed contents page above `page`: where the next article starts."""
    return min((e.page for e in ctx.issue.contents if e.page and e.page > page), default=None)


@rule("JUMP-PAIR", "error", "jumps",
      title=("转页行不成对或页码不符", "Jump lines unpaired or disagreeing"),
      explain=("“下转第N页”必须在第N页有对应的“上接第M页”，M是转出的那一页；反之亦然。印刷版导入的期刊依据印出的"
               "目录页码与转页行判断：文章从目录所印的页开始，它的“上接”必须指回那一页（或下一篇文章开始之前的页）。"
               "改正转页行的页码，或补上缺失的一半。",
               "A “continued on page N” needs a “continued from page M” on page N, M being the page "
               "it left; and the reverse. On an issue imported from print the printed contents pages "
               "and jump lines are compared: the continuation must point back to the page where the "
               "contents say the article starts (or a page before the next article starts). Correct the "
               "numbers, or add the missing half."))
def jump_pair(ctx):
    pm = ctx.pagemap
    if pm is not None:
        for j in pm.jumps:
            span = pm.articles.get(j.article)
            folios = set(span.folios) if span else set()
            if span and not ({j.from_folio, j.to_folio} <= folios):
                yield finding("JUMP-PAIR", t(
                    "“{title}”的转页（第{a}页转第{b}页）与它实际所在的页（{pages}）不符",
                    "The jump of “{title}” (page {a} to {b}) does not match its pages ({pages})",
                    title=_title(ctx, j.article), a=j.from_folio, b=j.to_folio,
                    pages=", ".join(map(str, span.folios))), article=j.article, page=j.from_folio)
    for art in ctx.articles:
        start = ctx.printed_page(art.id)
        left_page = start
        for to_i, to_line, from_i, from_line in _jump_pairs(art):
            if from_line is None:
                yield finding("JUMP-PAIR", t(
                    "“{title}”印有“下转第{n}页”，但没有“上接”的部分",
                    "“{title}” says “continued on page {n}” but has no continuation",
                    title=short(art.title), n=to_line.page), article=art.id, block=to_i, page=to_line.page)
                continue
            if to_line is None:
                yield finding("JUMP-PAIR", t(
                    "“{title}”印有“上接第{m}页”，但前面没有“下转”",
                    "“{title}” says “continued from page {m}” but nothing was continued",
                    title=short(art.title), m=from_line.page), article=art.id, block=from_i)
                continue
            yield from _numbers(ctx, art, to_i, to_line, from_i, from_line, left_page)
            left_page = to_line.page


def _numbers(ctx, art, to_i, to_line, from_i, from_line, left_page):
    n, m = to_line.page, from_line.page
    if n is None or m is None:
        return
    if n == m:
        yield finding("JUMP-PAIR", t("“{title}”转到它自己所在的第{n}页",
                                     "“{title}” is continued on its own page {n}",
                                     title=short(art.title), n=n), article=art.id, block=to_i, page=n)
        return
    last = max((e.page for e in ctx.issue.contents if e.page), default=None)
    if last is not None and n > last + _LAST_ARTICLE_PAGES:
        yield finding("JUMP-PAIR", t(
            "“{title}”印“下转第{n}页”，但本期目录最后一篇文章从第{last}页开始，没有第{n}页",
            "“{title}” says “continued on page {n}”, but the last article of the contents starts on "
            "page {last}: there is no page {n}", title=short(art.title), n=n, last=last),
            article=art.id, block=to_i, page=n)
    if left_page is None:
        return
    # The part before the jump stands on its first page and the pages up to the next article's
    # first page: a jump line never stands on a page another article starts on.
    upper = _next_start(ctx, left_page)
    last_page = upper - 1 if upper is not None else None
    if m < left_page or (last_page is not None and m > last_page):
        yield finding("JUMP-PAIR", t(
            "“{title}”的续文印“上接第{m}页”，但文章从第{p}页开始（目录），转出页应是第{p}页{range}",
            "The continuation of “{title}” says “from page {m}”, but the article starts on page {p} "
            "(contents); it can only have left from page {p}{range_en}",
            title=short(art.title), m=m, p=left_page,
            range=f"至第{last_page}页" if last_page and last_page > left_page else "",
            range_en=f" to {last_page}" if last_page and last_page > left_page else ""),
            article=art.id, block=from_i, page=m, data={"from": m, "start": left_page, "to": n})


@rule("JUMP-BACKWARD", "warning", "jumps",
      title=("文章转到前面的页", "Article continued on an earlier page"),
      explain=("文章的续文排在它前面的页上，读者要往回翻。确需如此时可忽略；否则把续文移到后面的页。",
               "The rest of the article stands on an earlier page and the reader must turn back. "
               "Ignore this if it is meant; otherwise move the continuation to a later page."))
def jump_backward(ctx):
    pm = ctx.pagemap
    if pm is not None:
        for j in pm.jumps:
            if j.to_folio < j.from_folio:
                yield _backward(ctx, j.article, j.from_folio, j.to_folio, None)
    for art in ctx.articles:
        for to_i, to_line, _, from_line in _jump_pairs(art):
            if to_line is None or to_line.page is None:
                continue
            here = from_line.page if from_line is not None and from_line.page else ctx.printed_page(art.id)
            if here is not None and to_line.page < here:
                yield _backward(ctx, art.id, here, to_line.page, to_i)


def _backward(ctx, article_id, here, there, block):
    return finding("JUMP-BACKWARD", t(
        "“{title}”从第{a}页转到前面的第{b}页", "“{title}” is continued from page {a} back on page {b}",
        title=_title(ctx, article_id), a=here, b=there), article=article_id, block=block, page=there)


def _title(ctx, article_id) -> str:
    art = ctx.article_by_id.get(article_id)
    return short(art.title) if art else article_id

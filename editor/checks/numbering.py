"""The issue's identity (year, number, cumulative number) wherever it is printed."""
from __future__ import annotations

import re
from collections import Counter

from editor.i18n import t

from .registry import finding, rule

_PLACES = {"meta": ("本期设置", "the issue settings"), "cover": ("封面", "the cover"),
           "masthead": ("内页刊头", "the inner masthead"), "colophon": ("版权页", "the colophon"),
           "running-head": ("页眉", "the running heads"), "back-cover": ("封底", "the back cover"),
           "contents": ("目录页", "the contents page")}
# Where two places disagree and neither has a majority, the one first here is taken as meant.
_TRUST = ("cover", "meta", "masthead", "colophon", "back-cover", "running-head")


def place_name(place: str) -> str:
    zh, en = _PLACES.get(place, (place, place))
    return t(zh, en)


def _show(field: str, value: int) -> str:
    if field == "cumulative":
        return t("总第{v}期", "cumulative no. {v}", v=value)
    if field == "number":
        return t("第{v}期", "no. {v}", v=value)
    return t("{v}年", "{v}", v=value)


@rule("ISSUE-NUMBER", "error", "numbering",
      title=("年份、期号或总期号不一致", "Year, number or cumulative number inconsistent"),
      explain=("年份、期号、总期号在封面、内页刊头、版权页等处必须相同，并且紧接上一期（期号加一，总期号加一）。"
               "核对各处，改正印错的一处。",
               "Year, number and cumulative number must be the same on the cover, the inner "
               "masthead, the colophon and wherever else they are printed, and follow the previous "
               "issue (number + 1, cumulative + 1). Correct the place that is wrong."))
def issue_number(ctx):
    meta = ctx.issue.meta
    places = [("meta", meta.year, meta.number, meta.cumulative)]
    places += [(imp.place, imp.year, imp.number, imp.cumulative) for imp in ctx.issue.imprints]
    for k, field in enumerate(("year", "number", "cumulative"), start=1):
        values = [(p[0], p[k]) for p in places if p[k] is not None]
        counts = Counter(v for _, v in values)
        if len(counts) < 2:
            continue
        top = max(counts.values())
        winners = {v for v, c in counts.items() if c == top}
        if len(winners) > 1:
            trusted = min(values, key=lambda pv: _TRUST.index(pv[0]) if pv[0] in _TRUST else 99)
            winners = {trusted[1]}
        meant = winners.pop()
        agree = [place_name(p) for p, v in values if v == meant]
        for place, value in values:
            if value != meant:
                yield finding("ISSUE-NUMBER", t(
                    "{place}印的是{bad}，{others}是{good}",
                    "{bad} on {place}, {good} on {others}",
                    place=place_name(place), bad=_show(field, value), good=_show(field, meant),
                    others=t("、", ", ").join(agree)),
                    field=f"{place}.{field}", data={"place": place, "field": field,
                                                    "printed": value, "expected": meant})
    yield from _follows_previous(meta)
    yield from _print_year(meta)
    if ctx.pagemap is not None:
        yield from _running_heads(meta, ctx.pagemap)


_HEAD_NUMBER = re.compile(r"(\d{4})\s*年\s*第\s*(\d+)\s*期")


def _running_heads(meta, pagemap):
    """The even pages' running heads print the year and number: once per wrong form."""
    seen = set()
    for page in pagemap.pages:
        m = _HEAD_NUMBER.search(page.running_head or "")
        if not m:
            continue
        printed = (int(m.group(1)), int(m.group(2)))
        if printed != (meta.year, meta.number) and printed not in seen:
            seen.add(printed)
            yield finding("ISSUE-NUMBER", t("页眉印的是{y}年第{n}期，本期是{my}年第{mn}期",
                                            "The running head prints {y} no. {n}; this issue is {my} no. {mn}",
                                            y=printed[0], n=printed[1], my=meta.year, mn=meta.number),
                          page=page.folio, field="running-head")


def _follows_previous(meta):
    prev = meta.previous
    if prev is None:
        return
    same_year = meta.year == prev.year and meta.number == prev.number + 1
    new_year = meta.year == prev.year + 1 and meta.number == 1
    if not (same_year or new_year):
        yield finding("ISSUE-NUMBER", t(
            "上一期是{py}年第{pn}期，本期却是{y}年第{n}期", "The previous issue is {py} no. {pn}, this one {y} no. {n}",
            py=prev.year, pn=prev.number, y=meta.year, n=meta.number), field="number")
    if prev.cumulative is not None and meta.cumulative is not None and meta.cumulative != prev.cumulative + 1:
        yield finding("ISSUE-NUMBER", t(
            "上一期是总第{pc}期，本期应为总第{want}期，却是总第{c}期",
            "The previous issue is cumulative no. {pc}; this one should be {want}, not {c}",
            pc=prev.cumulative, want=prev.cumulative + 1, c=meta.cumulative), field="cumulative")


def _print_year(meta):
    m = re.search(r"(\d{4})\s*年", meta.print_date or "")
    if m and int(m.group(1)) not in (meta.year, meta.year - 1):
        yield finding("ISSUE-NUMBER", t(
            "印刷日期“{date}”与本期年份{y}年不符", "The print date “{date}” does not fit the year {y}",
            date=meta.print_date, y=meta.year), field="print_date")

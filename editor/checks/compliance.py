"""INTERNAL-MARKINGS: what the rules for internal publications (内部资料性出版物管理办法) require
of an issue printed under a 准印证号."""
from __future__ import annotations

import re

from editor.i18n import t

from .fold import fold
from .registry import finding, rule

# A permit as the licensing office issues it: a letter, the year in brackets, the serial number.
_PERMIT = re.compile(r"[A-Z]\s*[(（]\s*\d{4}\s*[)）]\s*\d{6,}")

# (field, zh name, en name, is it there?)
_COLOPHON = (
    ("publishers", "编印单位（主办）", "publishing unit (编印单位)",
     lambda m: any(r.names and ("主办" in r.role or "编印" in r.role) for r in m.publishers)),
    ("distribution", "发送对象", "distribution (发送对象)", lambda m: bool((m.distribution or "").strip())),
    ("printer", "印刷单位", "printer (印刷单位)", lambda m: bool((m.printer or "").strip())),
    ("print_date", "印刷日期", "print date (印刷日期)", lambda m: bool((m.print_date or "").strip())),
    ("print_run", "印数", "print run (印数)", lambda m: bool(m.print_run)),
)


@rule("INTERNAL-MARKINGS", "error", "compliance",
      title=("内部资料缺少规定的标注", "Internal publication lacks required markings"),
      explain=("持准印证号的内部资料性出版物，封面须印完整的准印证号和“内部资料 免费交流”；版权页或封底须印明"
               "编印单位、发送对象、印刷单位、印刷日期、印数和期号（《内部资料性出版物管理办法》）。补全缺少的项目。",
               "An internal publication printed under a permit (准印证号) must carry on its cover the "
               "full permit number and 内部资料 免费交流, and in its colophon or on the back cover the "
               "publishing unit, distribution, printer, print date, print run and issue number "
               "(内部资料性出版物管理办法). Fill in what is missing."))
def internal_markings(ctx):
    meta = ctx.issue.meta
    if not (meta.permit or "").strip():
        return
    if not _PERMIT.search(meta.permit):
        yield finding("INTERNAL-MARKINGS", t("准印证号“{p}”不完整（应如 S(2021)04000025）",
                                             "The permit number “{p}” is incomplete (like S(2021)04000025)",
                                             p=meta.permit), field="permit")
    marking = fold(meta.internal_marking)
    if "内部资料" not in marking or "免费交流" not in marking:
        yield finding("INTERNAL-MARKINGS", t("封面缺少“内部资料 免费交流”字样", "The cover lacks 内部资料 免费交流"),
                      field="internal_marking")
    for field, zh, en, present in _COLOPHON:
        if not present(meta):
            yield finding("INTERNAL-MARKINGS", t("版权页缺少{what}（内部资料必须印明）",
                                                 "The colophon lacks the {what} (required of internal publications)",
                                                 what=t(zh, en)), field=field)

"""The findings as a person reads them: grouped by severity and rule, so that one kind of finding
in many places takes a few lines, not a page."""
from __future__ import annotations

import re

from editor.i18n import t

from .finding import SEVERITIES, count_by_severity
from .fold import short
from .registry import RULES

SHOWN_PER_RULE = 5


def severity_name(severity: str) -> str:
    return {"error": t("错误", "Errors"), "warning": t("警告", "Warnings"), "info": t("提示", "Notes")}[severity]


def group_findings(findings) -> list[tuple[str, list[tuple[str, list]]]]:
    """[(severity, [(rule id, [findings])])], severities in order, rules in catalogue order."""
    order = {rid: i for i, rid in enumerate(RULES)}
    out = []
    for sev in SEVERITIES:
        by_rule: dict[str, list] = {}
        for f in findings:
            if f.severity == sev:
                by_rule.setdefault(f.rule, []).append(f)
        if by_rule:
            out.append((sev, sorted(by_rule.items(), key=lambda kv: order.get(kv[0], 999))))
    return out


_FIELD_WORDS = {"masthead": ("内页刊头", "inner masthead"), "cover": ("封面", "cover"), "meta": ("本期设置", "settings"),
                "colophon": ("版权页", "colophon"), "year": ("年份", "year"), "number": ("期号", "number"),
                "cumulative": ("总期号", "cumulative number"), "distribution": ("发送对象", "distribution"),
                "print_date": ("印刷日期", "print date"), "printer": ("印刷单位", "printer"),
                "print_run": ("印数", "print run"), "permit": ("准印证号", "permit"),
                "internal_marking": ("内部资料标注", "internal marking"), "publishers": ("主办单位", "publishers"),
                "running-head": ("页眉", "running head"), "board": ("编委会", "editorial board"),
                "contact": ("联系方式", "contact"), "address": ("地址", "address"),
                "slogan": ("标语", "slogan"), "description": ("封面说明", "cover description"),
                "credit": ("摄影署名", "credit"), "cycle": ("出版周期", "cycle")}
_ROLE_FIELD = re.compile(r"^(board|publishers)\[(\d+)\]$")


def _field_text(field: str, issue=None) -> str:
    if field.startswith("photo_page:"):
        return t("图片页 {id}", "photo page {id}", id=field.split(":", 1)[1])
    role = _ROLE_FIELD.match(field)
    if role and issue is not None:
        roles = getattr(issue.meta, role.group(1))
        k = int(role.group(2))
        if k < len(roles):
            return f"{t(*_FIELD_WORDS[role.group(1)])} · {roles[k].role}"
    parts = field.split(".")
    if all(p in _FIELD_WORDS for p in parts):
        return " · ".join(t(*_FIELD_WORDS[p]) for p in parts)
    return field


def place_text(location: dict, issue=None) -> str:
    """Where a finding is, in words: article title, block, page, contents entry, field."""
    parts = []
    art = issue.article(location["article"]) if issue is not None and "article" in location else None
    if art is not None:
        parts.append(f"《{short(art.title, 16)}》")
    elif "article" in location:
        parts.append(location["article"])
    if "block" in location:
        parts.append(t("第{n}块", "block {n}", n=location["block"] + 1))
    if "page" in location:
        parts.append(t("第{n}页", "page {n}", n=location["page"]))
    if "entry" in location and "article" not in location:
        parts.append(t("目录条目 {e}", "contents entry {e}", e=location["entry"]))
    if "section" in location and "article" not in location:
        parts.append(t("栏目 {s}", "section {s}", s=location["section"]))
    if "field" in location and not parts:
        parts.append(_field_text(location["field"], issue))
    return " ".join(parts)


def text_report(findings, issue=None, title: str = "") -> str:
    counts = count_by_severity(findings)
    head = t("{title}：错误 {error}，警告 {warning}，提示 {info}", "{title}: {error} errors, {warning} warnings, {info} notes",
             title=title, **counts)
    lines = [head]
    if not findings:
        lines.append(t("没有发现问题。", "Nothing found."))
    for sev, rules in group_findings(findings):
        lines.append("")
        lines.append(f"{severity_name(sev)}")
        for rid, items in rules:
            rule = RULES.get(rid)
            name = rule.title if rule else ""
            more = t("（{n} 处）", " ({n})", n=len(items)) if len(items) > 1 else ""
            lines.append(f"  {rid}  {name}{more}")
            for f in items[:SHOWN_PER_RULE]:
                where = place_text(f.location, issue)
                lines.append(f"    · {f.message}" + (f"  [{where}]" if where else ""))
            rest = items[SHOWN_PER_RULE:]
            if rest:
                places = sorted({place_text(f.location, issue) for f in rest} - {""})
                lines.append("    " + t("…另有 {n} 处：{places}", "… {n} more: {places}", n=len(rest),
                                          places=t("、", ", ").join(places[:12]) + ("…" if len(places) > 12 else "")))
    return "\n".join(lines)

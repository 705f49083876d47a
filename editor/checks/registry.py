"""The registry of rules: each rule is a small function from a CheckContext to findings,
registered with its metadata (id, severity, group, whether it needs pages, title and explanation
in both languages). Rule ids are a public contract (checks.md): never rename one."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from editor.errors import UserError
from editor.i18n import t

from .finding import SEVERITIES, Finding

GROUPS = ("contents", "jumps", "numbering", "cover", "figures", "text", "names", "print",
          "compliance")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str            # the usual severity; a few rules raise or lower it per finding
    group: str
    needs_pages: bool        # True: runs only when a PageMap is given
    title_zh: str
    title_en: str
    explanation_zh: str
    explanation_en: str
    func: Callable

    @property
    def title(self) -> str:
        return t(self.title_zh, self.title_en)

    @property
    def explanation(self) -> str:
        return t(self.explanation_zh, self.explanation_en)


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: str, group: str, *, title: tuple[str, str],
         explain: tuple[str, str], needs_pages: bool = False):
    """Register the decorated function `func(ctx) -> Iterable[Finding]` as rule `rule_id`."""
    if severity not in SEVERITIES or group not in GROUPS:
        raise ValueError(f"{rule_id}: bad severity or group")

    def register(func):
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, group, needs_pages, title[0], title[1],
                              explain[0], explain[1], func)
        return func
    return register


def finding(rule_id: str, message: str, *, severity: str | None = None, data: dict | None = None,
            **location) -> Finding:
    """A finding of a registered rule; its severity defaults to the rule's."""
    loc = {k: v for k, v in location.items() if v is not None}
    message = message[:1].upper() + message[1:]      # English sentences; Chinese is unchanged
    return Finding(rule_id, severity or RULES[rule_id].severity, message, loc, data or {})


def get_rule(rule_id: str) -> Rule:
    key = rule_id.strip().upper()
    if key not in RULES:
        raise UserError("没有这条检查规则：{rule}。已有的规则：{known}",
                        "No such check rule: {rule}. Known rules: {known}",
                        rule=rule_id, known=", ".join(RULES))
    return RULES[key]


def explain(rule_id: str) -> str:
    """What a rule looks for and how to fix what it finds, in the user's language."""
    r = get_rule(rule_id)
    sev = {"error": t("错误", "error"), "warning": t("警告", "warning"), "info": t("提示", "info")}[r.severity]
    pages = t("（需要排版结果）", " (needs the laid-out pages)") if r.needs_pages else ""
    return f"{r.id} · {r.title} · {sev}{pages}\n\n{r.explanation}"


def selected_rules(rules: Iterable[str] | None) -> list[Rule]:
    if rules is None:
        return list(RULES.values())
    wanted = {get_rule(r).id for r in rules}
    return [r for r in RULES.values() if r.id in wanted]      # catalogue order, whatever was asked


def iter_findings(ctx, rules: Iterable[str] | None = None) -> Iterator[Finding]:
    for r in selected_rules(rules):
        if r.needs_pages and ctx.pagemap is None:
            continue
        yield from r.func(ctx)

"""The checks of checks.md: rules that read the issue (and, where they need pages, its PageMap)
and report findings a proofreader can trust.

    run_checks(issue, pagemap=None, *, folder=None, rules=None) -> list[Finding]
    explain(rule) -> str
    RULES: rule id -> Rule (id, severity, group, needs_pages, title, explanation)
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .context import CheckContext
from .finding import SEVERITIES, Finding, count_by_severity
from .registry import RULES, Rule, explain, iter_findings

# Importing the rule modules registers their rules, in the order of the catalogue.
from . import contents, jumps, numbering, cover, figures, text, misprints, names, compliance  # noqa: E402,F401
from . import print as _print_rules  # noqa: E402,F401  (print.py: the page rules)

__all__ = ["run_checks", "explain", "RULES", "Rule", "Finding", "SEVERITIES", "count_by_severity",
           "CheckContext"]


def run_checks(issue, pagemap=None, *, folder: str | Path | None = None,
               rules: Iterable[str] | None = None) -> list[Finding]:
    """Every rule (or the named ones) over the issue. Rules that need pages run only when a
    PageMap is given; the others judge the model, and on an issue imported from print, what
    was printed."""
    ctx = CheckContext(issue, pagemap, folder)
    return list(iter_findings(ctx, rules))

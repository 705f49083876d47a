"""The public face of the checks: registry, findings, explain, rule selection."""
from __future__ import annotations

import pytest

from editor.checks import RULES, Finding, explain, run_checks
from editor.errors import UserError
from editor.model import Article, Issue, Section

CATALOGUE = ["TOC-PAGE", "TOC-TITLE", "TOC-MISSING", "TOC-ORPHAN", "TOC-ORDER", "JUMP-PAIR",
             "JUMP-BACKWARD", "ISSUE-NUMBER", "COVER-LINE", "SECTION-EMPTY", "FIGURE-CAPTION",
             "FIGURE-MISSING", "FIGURE-RES", "FIGURE-COLOR", "TEXT-OVERSET", "PAGE-COUNT",
             "GLYPH-MISSING", "PUNCT-WIDTH", "PUNCT-PAIR", "NUMBER-SPACING", "NAME-VARIANT",
             "INTERNAL-MARKINGS"]


def test_every_catalogue_rule_is_registered_with_metadata():
    for rid in CATALOGUE:
        r = RULES[rid]
        assert r.id == rid and r.severity in ("error", "warning", "info")
        assert r.title_zh and r.title_en and r.explanation_zh and r.explanation_en
    page_rules = {rid for rid, r in RULES.items() if r.needs_pages}
    assert page_rules == {"TEXT-OVERSET", "PAGE-COUNT", "LINE-BREAK"}


def test_explain_speaks_the_users_language(monkeypatch):
    assert "目录" in explain("toc-page")
    monkeypatch.setenv("ISSUEDESK_LANG", "en")
    assert "contents" in explain("TOC-PAGE")
    with pytest.raises(UserError):
        explain("NO-SUCH-RULE")


def test_run_checks_selects_rules_and_returns_findings():
    issue = Issue(sections=[Section("s01", "专稿"), Section("s02", "动态", [Article("a01", "标题")])])
    found = run_checks(issue, rules=["SECTION-EMPTY"])
    assert [f.rule for f in found] == ["SECTION-EMPTY"]
    f = found[0]
    assert isinstance(f, Finding) and f.severity == "warning" and f.location == {"section": "s01"}
    assert "专稿" in f.message
    assert f.to_json() == {"rule": "SECTION-EMPTY", "severity": "warning", "message": f.message,
                           "location": {"section": "s01"}}
    with pytest.raises(UserError):
        run_checks(issue, rules=["BOGUS"])


def test_page_rules_wait_for_a_pagemap():
    from editor.layout.pagemap import PageInfo, PageMap
    issue = Issue()
    assert not [f for f in run_checks(issue) if f.rule == "PAGE-COUNT"]
    pm = PageMap("magazine-16k", pages=[PageInfo(i, i, "article") for i in range(1, 7)])
    found = run_checks(issue, pm, rules=["PAGE-COUNT"])
    assert [f.rule for f in found] == ["PAGE-COUNT"] and "6" in found[0].message


def test_finding_refuses_unknown_location_keys():
    with pytest.raises(ValueError):
        Finding("X", "error", "m", {"paragraph": 1})

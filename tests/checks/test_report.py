"""The text report groups one kind of finding in many places into a few lines."""
from __future__ import annotations

from editor.checks import Finding
from editor.checks.report import group_findings, text_report


def test_many_findings_of_one_rule_take_a_few_lines():
    findings = [Finding("NUMBER-SPACING", "info", f"第{i}处", {"article": f"a{i:02d}"}) for i in range(12)]
    findings.append(Finding("ISSUE-NUMBER", "error", "总期号不一致", {"field": "masthead.cumulative"}))
    report = text_report(findings, None, "常州科技 2021年第3期")
    lines = report.splitlines()
    assert lines[0] == "常州科技 2021年第3期：错误 1，警告 0，提示 12"
    assert report.index("错误") < report.index("提示")
    assert "NUMBER-SPACING  数字前后空格不统一（12 处）" in report
    assert sum("· 第" in line for line in lines) == 5
    assert "…另有 7 处：a05、a06、a07、a08、a09、a10、a11" in report
    assert "[内页刊头 · 总期号]" in report
    assert len(lines) < 15


def test_groups_follow_severity_then_catalogue_order():
    findings = [Finding("PUNCT-PAIR", "warning", "m", {}), Finding("TOC-TITLE", "warning", "m", {}),
                Finding("FIGURE-PENDING", "info", "m", {})]
    groups = group_findings(findings)
    assert [(sev, [rid for rid, _ in rules]) for sev, rules in groups] == [
        ("warning", ["TOC-TITLE", "PUNCT-PAIR"]), ("info", ["FIGURE-PENDING"])]


def test_nothing_found():
    assert "没有发现问题" in text_report([], None, "甲刊")

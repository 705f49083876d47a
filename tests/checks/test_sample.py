"""The real sample: the checks find its real editorial errors, without being told where, and
say nothing about what is correct (model-only rules, as the GUI runs them after each edit)."""
from __future__ import annotations

from pathlib import Path

import pytest

from editor.checks import run_checks

pytestmark = pytest.mark.sample


@pytest.fixture(scope="module")
def sample_findings():
    """Imported once for the module (the `sample_md` fixture is per test)."""
    sample = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "changzhou-keji-2021-03.md"
    if not sample.is_file():
        pytest.skip(f"the real sample is not here: {sample} (it lives in ../shared/samples beside the checkout)")
    from editor.importers.sample_text import import_markdown
    issue = import_markdown(sample).issue
    return issue, run_checks(issue)


def _key(f):
    if f.rule == "NAME-VARIANT":
        return f.rule, tuple(f.data["forms"])
    return f.rule, f.location.get("field") or f.location.get("article")


def test_every_error_and_warning_is_a_real_one(sample_findings):
    _, found = sample_findings
    serious = sorted(_key(f) for f in found if f.severity in ("error", "warning"))
    assert serious == sorted([
        ("ISSUE-NUMBER", "masthead.cumulative"),          # 总第108期 inside, 总第158期 on the cover
        ("INTERNAL-MARKINGS", "distribution"),            # no 发送对象 in the colophon
        ("INTERNAL-MARKINGS", "print_date"),              # no 印刷日期 either
        ("COVER-LINE", "imprints[1].lines[3]"),           # 支持重大科技平台建设: the title says 科技创新平台
        ("JUMP-BACKWARD", "a20"),                         # 金坛…: 下转第24页 from page 25
        ("NAME-VARIANT", ("国立高端装备创新中心", "固立高端装备创新中心")),
        ("NAME-VARIANT", ("上海原能细胞集团有限公司", "上海原能细胞科技集团有限公司")),
        ("NAME-VARIANT", ("世竞液态金属", "世竟液态金属")),
        ("PUNCT-WIDTH", "board[1]"),                      # 副主任 (以姓氏笔画为序): half-width brackets
        ("PUNCT-WIDTH", "board[2]"),                      # 成员 (以姓氏笔画为序) too
        ("PUNCT-DASH", "a26"),                            # “三高—资”型: 三高一资 with the 一 set as a dash
        ("TEXT-BROKEN-WORD", "a22"),                      # T V南德: TÜV lost its Ü
    ])


def test_the_masthead_number_message(sample_findings):
    _, found = sample_findings
    f = next(f for f in found if f.rule == "ISSUE-NUMBER")
    assert f.severity == "error" and "总第108期" in f.message and "总第158期" in f.message


def test_notes_on_style(sample_findings):
    issue, found = sample_findings
    notes = [f for f in found if f.severity == "info"]
    pending = [f for f in notes if f.rule == "FIGURE-PENDING"]
    assert len(pending) == 1 and len(pending[0].data["figures"]) >= 20     # photos lost in print: one note
    spaced = {f.location.get("article") for f in notes if f.rule == "NUMBER-SPACING"}
    assert {"a04", "a11"} <= spaced and "a14" not in spaced               # 2020 年 beside 2020年
    ranges = [e for f in notes if f.rule == "NUMBER-RANGE" for e in f.data["examples"]]
    assert sorted(ranges) == ["15万元-20万元", "30%-40%", "5-7个"]
    assert {f.location["article"] for f in notes if f.rule == "PUNCT-SERIES"} == {"a04", "a19"}


def test_the_demo_issue_is_clean(tmp_path):
    """Our own demo issue is correct text: the model-only checks have nothing to say but notes."""
    from editor.demo import write_demo
    from editor.store import load_issue
    folder = write_demo(tmp_path / "demo")
    found = run_checks(load_issue(folder), folder=folder)
    assert [(f.rule, f.message) for f in found if f.severity != "info"] == []


def test_laid_out_sample_adds_no_contents_or_jump_findings(sample_findings, tmp_path):
    """Laid out by our engine, the imported issue is judged on our pages too: the contents and
    jumps the engine makes agree with themselves, so nothing new is said about them."""
    fonts = pytest.importorskip("editor.layout.fonts")
    if not fonts.fonts_ready():
        pytest.skip("the prepared fonts are not here (issuedesk fonts prepare)")
    from editor.layout.paginate import lay_out
    issue, model_only = sample_findings
    pagemap = lay_out(issue, tmp_path, None).pagemap
    with_pages = run_checks(issue, pagemap, folder=tmp_path)
    before = {(f.rule, f.message) for f in model_only}
    new = [(f.rule, f.message) for f in with_pages if (f.rule, f.message) not in before]
    assert not [n for n in new if n[0].startswith(("TOC-", "JUMP-", "COVER-", "ISSUE-", "NAME-"))]

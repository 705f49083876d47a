"""The sample with one more misprint made on purpose: the checks judge what was printed, so
each planted error is found where it was planted (and a corrected one goes away)."""
from __future__ import annotations

from pathlib import Path

import pytest

from editor.checks import run_checks

pytestmark = pytest.mark.sample

SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "changzhou-keji-2021-03.md"


@pytest.fixture(scope="module")
def sample_text():
    if not SAMPLE.is_file():
        pytest.skip(f"the real sample is not here: {SAMPLE}")
    return SAMPLE.read_text(encoding="utf-8")


def _findings(text):
    from editor.importers.sample_text import import_text
    return run_checks(import_text(text).issue)


def _planted(sample_text, old, new, count=1):
    assert sample_text.count(old) >= count, old
    return _findings(sample_text.replace(old, new, count))


@pytest.fixture(scope="module")
def as_printed(sample_text):
    return {(f.rule, f.message) for f in _findings(sample_text)}


def _new(found, as_printed):
    return [f for f in found if (f.rule, f.message) not in as_printed]


def test_continuation_pointing_at_the_wrong_page(sample_text, as_printed):
    new = _new(_planted(sample_text, "(上接第3页)", "(上接第4页)"), as_printed)
    assert [(f.rule, f.location.get("article"), f.location.get("page")) for f in new] == [("JUMP-PAIR", "a02", 4)]


def test_jump_to_a_page_the_issue_lacks(sample_text, as_printed):
    new = _new(_planted(sample_text, "（下转第8页）", "（下转第88页）"), as_printed)
    assert [(f.rule, f.location.get("page")) for f in new] == [("JUMP-PAIR", 88)]


def test_contents_page_misprinted(sample_text, as_printed):
    new = _new(_planted(sample_text, "- 07 常州高新区发布", "- 17 常州高新区发布"), as_printed)
    rules = {(f.rule, f.location.get("entry")) for f in new}
    assert ("TOC-PAGE", "c05") in rules and all(rule.startswith("TOC-") for rule, _ in rules)


def test_contents_wording_differs_from_the_title(sample_text, as_printed):
    new = _new(_planted(sample_text, "- 22 武进国家高新区：打造机器人产业生态圈", "- 22 武进国家高新区：打造机器人产业生态链"),
               as_printed)
    assert [(f.rule, f.location.get("entry")) for f in new] == [("TOC-TITLE", "c16")]
    assert "目录作“链”，应为“圈”" in new[0].message


def test_cover_line_misprinted_on_the_cover(sample_text, as_printed):
    new = _new(_planted(sample_text, "\n常州市 122 个项目参加集中开工\n", "\n常州市 121 个项目参加集中开工\n"), as_printed)
    assert {f.rule for f in new} == {"COVER-LINE"}
    assert {f.location["field"] for f in new} == {"cover.lines[1]"}


def test_corrected_name_is_no_longer_reported(sample_text, as_printed):
    found = _planted(sample_text, "世竟液态金属", "世竞液态金属")
    forms = [tuple(f.data["forms"]) for f in found if f.rule == "NAME-VARIANT"]
    assert ("世竞液态金属", "世竟液态金属") not in forms and len(forms) == 2
